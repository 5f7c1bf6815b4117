/**
 * Compliance score (SPEC §4): 100 minus penalties, floor 0.
 *
 * Weights (printed by the UI and README from these constants):
 * - each error finding −15, each warning −5;
 * - one rule on one report (same office and year) costs at most 30 for errors and 10 for
 *   warnings, so a table with 30 row-total errors costs 30 — one mistake copied down a column
 *   must not sink the score more than a report that was never published;
 * - a missing report (`missing-report`) costs 40: nothing was published, worse than any single
 *   rule's cap on a published report;
 * - each rule not assessable (blank inputs, unknown date) −2, at most 10 per report: an unknown is
 *   never a pass, but it is not a proven fault either. A report not yet due (`missing-report`
 *   before its deadline) costs nothing.
 *
 * The unit scored is whatever the caller passes: the findings of one report, or of an office over
 * several years (penalties add up, the floor stays 0).
 */
import type { Finding, NotAssessable, Severity } from './types'

export const MAX_SCORE = 100
export const ERROR_PENALTY = 15
export const WARNING_PENALTY = 5
export const ERROR_CAP_PER_RULE = 30
export const WARNING_CAP_PER_RULE = 10
export const MISSING_REPORT_PENALTY = 40
export const NOT_ASSESSABLE_PENALTY = 2
export const NOT_ASSESSABLE_CAP_PER_REPORT = 10

/** Penalty of one finding of a rule. */
export function penaltyFor(rule: string, severity: Severity): number {
  if (rule === 'missing-report') return MISSING_REPORT_PENALTY
  return severity === 'error' ? ERROR_PENALTY : WARNING_PENALTY
}

/** Most one rule can cost on one report. */
export function capFor(rule: string, severity: Severity): number {
  if (rule === 'missing-report') return MISSING_REPORT_PENALTY
  return severity === 'error' ? ERROR_CAP_PER_RULE : WARNING_CAP_PER_RULE
}

const unitKey = (rule: string, office: string | undefined, year: number | undefined) =>
  `${rule}\u0000${office ?? ''}\u0000${year ?? ''}`

export function complianceScore(findings: Finding[], notAssessable: NotAssessable[] = []): number {
  const spent = new Map<string, number>()
  let penalty = 0
  for (const f of findings) {
    const key = unitKey(f.rule, f.office, f.year)
    const used = spent.get(key) ?? 0
    const add = Math.min(penaltyFor(f.rule, f.severity), capFor(f.rule, f.severity) - used)
    if (add <= 0) continue
    spent.set(key, used + add)
    penalty += add
  }
  const unknownSpent = new Map<string, number>()
  for (const n of notAssessable) {
    if (n.rule === 'missing-report') continue // not due yet: nothing is wrong so far
    const key = unitKey('', n.office, n.year)
    const used = unknownSpent.get(key) ?? 0
    const add = Math.min(NOT_ASSESSABLE_PENALTY, NOT_ASSESSABLE_CAP_PER_REPORT - used)
    if (add <= 0) continue
    unknownSpent.set(key, used + add)
    penalty += add
  }
  return Math.max(0, MAX_SCORE - penalty)
}
