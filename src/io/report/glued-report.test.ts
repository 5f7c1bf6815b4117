import { describe, expect, it } from 'vitest'
import { withReport } from '../../../test/unit/sample-reports'
import { emptyReport } from '../../domain/report'
import type { ApplicantRow } from '../../domain/types'
import { parseReportText, renderReportText } from './index'

const row = (v: (number | null)[]): ApplicantRow => ({
  natural: v[0],
  business: v[1],
  research: v[2],
  nonprofit: v[3],
  legal: v[4],
  otherOrg: v[5],
  total: v[6],
})
const ZERO = row([0, 0, 0, 0, 0, 0, 0])

/** A consistent 2021 report whose granted row is [0, 9, 0, 0, 22, 0, 31], as a browser copies it. */
function copiedText(blankTotal: boolean): string {
  const report = emptyReport({ office: '某区司法局', year: 2023, template: '2021' })
  const granted = [0, 9, 0, 0, 22, 0, 31]
  for (const key of Object.keys(report.requests) as (keyof typeof report.requests)[]) {
    const node = report.requests[key] as Record<string, ApplicantRow>
    if ('natural' in node) report.requests[key] = { ...ZERO } as never
    else for (const k of Object.keys(node)) node[k] = { ...ZERO }
  }
  report.requests.received = row(granted)
  report.requests.granted = row(granted)
  report.requests.total = blankTotal ? row([null, null, null, null, null, null, null]) : row(granted)
  const text = renderReportText(report, 'row-per-line')
  // The crawler glued the seven cells of 予以公开 into one digit string.
  return text.replace(
    /（一）予以公开(\t[^\n]*)/,
    (_m, cells: string) => `（一）予以公开\t${cells.split('\t').join('')}`,
  )
}

describe('cells glued into one digit string', () => {
  it('recovers the one split the column sums agree with', () => {
    const text = copiedText(false)
    expect(text).toContain('（一）予以公开\t090022031\n')
    const { report, findings } = withReport(parseReportText(text, { office: '某区司法局' }))
    expect(report.requests.granted).toEqual(row([0, 9, 0, 0, 22, 0, 31]))
    expect(findings).toEqual([])
  })

  it('leaves the row blank and lists the candidate splits when several fit', () => {
    const { report, findings } = withReport(parseReportText(copiedText(true), { office: '某区司法局' }))
    expect(report.requests.granted).toEqual(row([null, null, null, null, null, null, null]))
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'parse-ambiguous',
        severity: 'warning',
        field: 'requests.granted',
        actual: '090022031',
        office: '某区司法局',
        year: 2023,
      }),
    ])
    expect(findings[0].message).toContain('0/9/0/0/2/20/31；0/9/0/0/22/0/31')
    expect(findings[0].cells).toHaveLength(7)
  })
})
