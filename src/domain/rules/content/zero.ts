/**
 * `zero-requests` (review only): an office that reports no new request three years running, or
 * none where the offices like it — same region, same kind, same year — receive a fair number.
 * Not a fault by itself (a small office may truly receive none), but evaluators look at it: a
 * 0 copied from year to year often hides requests never logged. It is listed with the
 * year-on-year anomalies (analysis/anomalies.ts) and costs nothing unless a scheme names it.
 */
import { CELL_BY_PATH } from '../../cells'
import { cellNumber, type ReportRecord } from '../../record'
import type { Finding } from '../../types'
import type { NestedMessage } from '../../../i18n/format'
import { nested, said } from '../../../i18n/said'

/** Years running with 0 new requests that make a finding. */
export const ZERO_YEARS_RUNNING = 3
/** Peers' median of new requests above which a 0 is looked at. */
export const ZERO_PEER_MEDIAN = 10
/** Fewest peers (other offices of the region and kind with a figure that year) for a median. */
export const ZERO_MIN_PEERS = 5

const RECEIVED = CELL_BY_PATH.get('requests.received.total')!

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** What the rule reads of a report: who, where, when, and its new requests (null: blank). */
export interface ZeroFigure {
  office: string
  region: string | null
  officeKind: ReportRecord['officeKind']
  year: number
  received: number | null
}

export const zeroFigureOf = (r: ReportRecord): ZeroFigure => ({
  office: r.office,
  region: r.region,
  officeKind: r.officeKind,
  year: r.year,
  received: cellNumber(r, RECEIVED),
})

/** Zero-requests findings over any set of reports, by office (first appearance) then year. */
export function checkZeroRequests(reports: readonly ReportRecord[]): Finding[] {
  return checkZeroFigures(reports.map(zeroFigureOf))
}

/** checkZeroRequests over what it reads of each report (the checks worker keeps only that, page by page). */
export function checkZeroFigures(reports: readonly ZeroFigure[]): Finding[] {
  const byOffice = new Map<string, Map<number, ZeroFigure>>()
  const peers = new Map<string, { office: string; value: number }[]>()
  for (const r of reports) {
    let years = byOffice.get(r.office)
    if (!years) byOffice.set(r.office, (years = new Map()))
    years.set(r.year, r)
    const value = r.received
    if (r.region === null || value === null) continue
    const key = `${r.region}\u0000${r.officeKind}\u0000${r.year}`
    let list = peers.get(key)
    if (!list) peers.set(key, (list = []))
    list.push({ office: r.office, value })
  }
  const out: Finding[] = []
  for (const years of byOffice.values()) {
    for (const year of [...years.keys()].sort((a, b) => a - b)) {
      const report = years.get(year)!
      if (report.received !== 0) continue
      let running = 1
      while (years.has(year - running) && years.get(year - running)!.received === 0) running++
      const reasons: NestedMessage[] = []
      if (running >= ZERO_YEARS_RUNNING)
        reasons.push(nested('finding.zero-requests.running', { running, from: year - running + 1, year }))
      const others =
        report.region === null
          ? []
          : (peers.get(`${report.region}\u0000${report.officeKind}\u0000${year}`) ?? []).filter(
              (p) => p.office !== report.office,
            )
      const peerMedian = others.length >= ZERO_MIN_PEERS ? median(others.map((p) => p.value)) : null
      if (peerMedian !== null && peerMedian > ZERO_PEER_MEDIAN)
        reasons.push(
          nested('finding.zero-requests.peers', {
            region: report.region,
            peers: others.length,
            officeKind: report.officeKind,
            median: peerMedian,
          }),
        )
      if (reasons.length === 0) continue
      out.push({
        rule: 'zero-requests',
        severity: 'warning',
        field: 'requests.received',
        column: 'total',
        expected: peerMedian,
        actual: 0,
        cells: [RECEIVED.path],
        ...said('finding.zero-requests', { reasons }),
        office: report.office,
        year,
      })
    }
  }
  return out
}
