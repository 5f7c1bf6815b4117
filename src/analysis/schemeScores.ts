/**
 * Scores of every office-year under an assessment scheme (SPEC §3a), for the CLI's `score` and
 * for any view or export that lists scores with their deductions.
 *
 * The office-years scored: every report, and every office-year with a `missing-report` finding
 * (it scores base − missingReport). An office-year not yet due (only a not-assessable
 * `missing-report`) is not scored. Findings of every kind may be passed — rule findings and the
 * review-only anomalies alike: the scheme decides what each costs, and the default scheme charges
 * neither content findings nor anomalies.
 */
import { scoreWith, type AssessmentScheme, type Deduction } from '../domain/scheme'
import type { Finding, NotAssessable } from '../domain/types'

export interface OfficeYearScore {
  office: string
  year: number
  score: number
  deductions: Deduction[]
}

/** One entry per office-year, offices in order of first appearance (reports first), then by year. */
export function scoreOfficeYears(
  scheme: AssessmentScheme,
  reports: readonly { office: string; year: number }[],
  findings: readonly Finding[],
  notAssessable: readonly NotAssessable[] = [],
): OfficeYearScore[] {
  const offices = new Map<string, Map<number, { findings: Finding[]; notAssessable: NotAssessable[] }>>()
  const entry = (office: string, year: number) => {
    let years = offices.get(office)
    if (!years) offices.set(office, (years = new Map()))
    let e = years.get(year)
    if (!e) years.set(year, (e = { findings: [], notAssessable: [] }))
    return e
  }
  for (const r of reports) entry(r.office, r.year)
  for (const f of findings) {
    if (f.office === undefined || f.year === undefined) continue
    const known = offices.get(f.office)?.has(f.year)
    if (known || f.rule === 'missing-report') entry(f.office, f.year).findings.push(f)
  }
  for (const n of notAssessable) offices.get(n.office)?.get(n.year)?.notAssessable.push(n)
  const out: OfficeYearScore[] = []
  for (const [office, years] of offices) {
    for (const year of [...years.keys()].sort((a, b) => a - b)) {
      const e = years.get(year)!
      out.push({ office, year, ...scoreWith(scheme, e.findings, e.notAssessable) })
    }
  }
  return out
}
