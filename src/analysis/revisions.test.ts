import { describe, expect, it } from 'vitest'
import { checkReports } from '../domain/rules'
import { consistentReport, withCells } from '../domain/rules/testReport'
import { previousVersions } from './revisions'

const version = (received: number) =>
  withCells(consistentReport({ office: '某区教育局', year: 2023, publishedAt: '2024-01-20' }), {
    'requests.received.natural': received,
  })

describe('previousVersions', () => {
  it('lists the versions import batches replaced, oldest first, leaving out undone batches and restores', () => {
    const history = previousVersions([
      { id: 3, kind: 'import', replaced: [version(12)] },
      { id: 1, kind: 'import', replaced: [version(10)] },
      { id: 2, kind: 'import', undone: true, replaced: [version(99)] },
      { id: 4, kind: 'restore', replaced: [version(98)] },
    ])
    expect(history.get('某区教育局\u00002023')?.map((r) => r.requests.received?.natural)).toEqual([10, 12])
  })

  it('feeds revised-after-publication: the stored report against the version first imported', () => {
    const stored = version(14)
    const findings = checkReports([stored], {
      today: '2030-01-01',
      previousVersions: previousVersions([{ id: 1, kind: 'import', replaced: [version(10)] }]),
    }).findings
    expect(findings.map((f) => f.rule)).toContain('revised-after-publication')
  })
})
