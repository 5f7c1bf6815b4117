/**
 * Compliance figures computed straight from the demo JSON with the rules of SPEC §3 written out
 * again here — independently of the app's rule code — so the compliance view is checked against
 * the data, not against itself.
 */
import type { DemoReport } from './demo-data'

export const COLUMNS = ['natural', 'business', 'research', 'nonprofit', 'legal', 'otherOrg', 'total'] as const

type Row = Record<string, number | null | undefined> | undefined
const rowOf = (r: DemoReport, key: string) => r.requests[key] as Row
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null)

export const keyOf = (office: string, year: number) => `${office}|${year}`

/** The last day a report may be published (Article 49): 31 Jan for departments, 31 Mar for governments. */
export function deadlineOf(r: Pick<DemoReport, 'year' | 'officeKind'>): string {
  return r.officeKind === 'government' ? `${r.year + 1}-03-31` : `${r.year + 1}-01-31`
}

export interface ComplianceFacts {
  /** office|year with no report after the office's first year, up to the newest year. */
  missing: Set<string>
  /** office|year published after the deadline. */
  late: Set<string>
  /** Findings per rule, one per failing column for balance and carry-chain. */
  counts: Record<'balance' | 'deadline' | 'missing-report' | 'carry-chain' | 'outdated-template', number>
  /** Findings per office of those five rules. */
  perOffice: Map<string, Record<string, number>>
}

export function complianceFacts(reports: readonly DemoReport[]): ComplianceFacts {
  const byOffice = new Map<string, Map<number, DemoReport>>()
  let newest = -Infinity
  for (const r of reports) {
    if (!byOffice.has(r.office)) byOffice.set(r.office, new Map())
    byOffice.get(r.office)!.set(r.year, r)
    newest = Math.max(newest, r.year)
  }
  const perOffice = new Map<string, Record<string, number>>()
  const counts = { balance: 0, deadline: 0, 'missing-report': 0, 'carry-chain': 0, 'outdated-template': 0 }
  const add = (office: string, rule: keyof typeof counts) => {
    counts[rule]++
    const o = perOffice.get(office) ?? {}
    o[rule] = (o[rule] ?? 0) + 1
    perOffice.set(office, o)
  }
  const missing = new Set<string>()
  const late = new Set<string>()

  for (const [office, years] of byOffice) {
    const first = Math.min(...years.keys())
    for (let y = first + 1; y <= newest; y++) {
      if (years.has(y)) continue
      missing.add(keyOf(office, y))
      add(office, 'missing-report')
    }
  }
  for (const r of reports) {
    if (r.publishedAt && r.publishedAt > deadlineOf(r)) {
      late.add(keyOf(r.office, r.year))
      add(r.office, 'deadline')
    }
    if (r.year >= 2021 && r.template === '2019') add(r.office, 'outdated-template')
    for (const c of COLUMNS) {
      const parts = ['received', 'carriedOver', 'total', 'carriedForward'].map((k) => num(rowOf(r, k)?.[c]))
      if (parts.some((p) => p === null)) continue
      const [received, over, total, forward] = parts as number[]
      if (received + over !== total + forward) add(r.office, 'balance')
    }
    const previous = byOffice.get(r.office)!.get(r.year - 1)
    if (previous) {
      for (const c of COLUMNS) {
        const over = num(rowOf(r, 'carriedOver')?.[c])
        const forward = num(rowOf(previous, 'carriedForward')?.[c])
        if (over !== null && forward !== null && over !== forward) add(r.office, 'carry-chain')
      }
    }
  }
  return { missing, late, counts, perOffice }
}

/** A copy of the report with 一、本年新收 corrected so that every column balances again. */
export function balancedCopy(report: DemoReport): DemoReport {
  const fixed = structuredClone(report)
  const received = rowOf(fixed, 'received')!
  for (const c of COLUMNS) {
    const over = num(rowOf(fixed, 'carriedOver')?.[c]) ?? 0
    const total = num(rowOf(fixed, 'total')?.[c]) ?? 0
    const forward = num(rowOf(fixed, 'carriedForward')?.[c]) ?? 0
    received[c] = total + forward - over
  }
  return fixed
}
