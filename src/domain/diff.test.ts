import { describe, expect, it } from 'vitest'
import { diffRecords } from './diff'
import { emptyRecord, recordOf } from './record'
import { emptyReport } from './report'

describe('diffRecords', () => {
  it('lists each changed cell with before and after, and nothing for identical reports', () => {
    const a = emptyReport({ office: '某局', year: 2024, template: '2021' })
    const b = structuredClone(a)
    expect(diffRecords(recordOf(a), recordOf(b))).toEqual([])
    b.requests.received!.natural = 5
    b.publishedAt = '2025-01-10'
    expect(diffRecords(recordOf(a), recordOf(b))).toEqual([
      { path: 'publishedAt', before: null, after: '2025-01-10' },
      { path: 'requests.received.natural', before: null, after: 5 },
    ])
  })

  it('between formats: the cells only one format has read as blank, 0 is not blank, and a changed narrative comes last', () => {
    const old = emptyRecord({
      office: '某局',
      year: 2020,
      region: null,
      officeKind: 'department',
      template: '2019',
      publishedAt: null,
    })
    const now = emptyRecord({ ...old, template: '2021' })
    old.cells[0] = 0
    now.narrative = { overview: '新' }
    const changes = diffRecords(old, now)
    expect(changes[0]).toEqual({ path: 'template', before: '2019', after: '2021' })
    expect(changes[1]).toEqual({ path: 'requests.received.natural', before: 0, after: null })
    expect(changes.at(-1)).toEqual({ path: 'narrative', before: null, after: null })
    expect(changes).toHaveLength(3)
  })
})
