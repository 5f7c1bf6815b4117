/**
 * The data the analysis SQL is tested on: the demo city (its planted gaps trip balance,
 * carry-chain, deadline, missing-report and outdated-template), plus a few slips of our own so
 * that every rule the SQL reproduces has findings and blank cells reach every metric:
 * a row that does not add up, a review group that does not add up, blank cells in tables 三 and 四
 * (one of them 三（七）总计, so that report drops out of every rate), a broken in-force chain, and
 * an office whose region is blank.
 */
import { generateDemo } from '../../src/demo/generate'
import type { Report } from '../../src/domain/types'

export function demoWithSlips(): Report[] {
  const reports = structuredClone(generateDemo().reports)
  const byKey = new Map(reports.map((r) => [`${r.office}|${r.year}`, r]))
  const has = (r: Report, year: number, template = r.template) =>
    byKey.get(`${r.office}|${year}`)?.template === template
  // Reports of 2023 in the 2021 format whose office also reported in 2022 and 2024 in that format.
  const chained = reports.filter((r) => r.year === 2023 && r.template === '2021' && has(r, 2022) && has(r, 2024))
  if (chained.length < 6) throw new Error('the demo changed: too few chained 2021-format reports')
  const [rowSlip, reviewSlip, blankCells, blankHandled, inForceSlip, blankDispute] = chained

  // row-total (and outcome-sum in the natural column).
  rowSlip.requests.denied!.stateSecret!.natural! += 1
  // review-sum.
  reviewSlip.review.total = (reviewSlip.review.total ?? 0) + 2
  // complete; row-total and outcome-sum not assessable for what the blanks touch; the overview's
  // 予以公开 sums the other reports' cells; the disclosure rate skips this report.
  blankCells.requests.granted!.business = null
  blankCells.requests.granted!.total = null
  // 三（七）总计 blank: the report is skipped by every rate and by outcome-sum's total column.
  blankHandled.requests.total!.total = null
  // in-force-chain, this year and the next.
  const regulations = inForceSlip.proactive.regulations
  regulations.inForce = (regulations.inForce as number) + 1
  // complete in table 四; correction rate unaffected (pending is not part of it).
  blankDispute.litigationDirect.pending = null

  // An office without a region: 「（未填地区）」 in rankings, "—" on the overview.
  const regionless = reports.find((r) => r.year === 2024 && r.officeKind === 'department')!.office
  for (const r of reports) if (r.office === regionless) r.region = null
  return reports
}
