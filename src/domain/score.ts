/**
 * Compliance score (SPEC §4): the default assessment scheme (scheme-builtin.ts) applied to
 * findings — 100 minus penalties, floor 0.
 *
 * - each error finding −15, each warning −5, of the rules the default scheme names (the national
 *   format's arithmetic and deadlines; content rules and anomalies are listed, not scored);
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
 * several years (penalties add up, the floor stays 0). An agency's own scheme: scoreWith in scheme.ts.
 */
import { DEFAULT_SCHEME, scoreWith } from './scheme'
import type { Finding, NotAssessable } from './types'

export {
  ERROR_CAP_PER_RULE,
  ERROR_PENALTY,
  MAX_SCORE,
  MISSING_REPORT_PENALTY,
  NOT_ASSESSABLE_CAP_PER_REPORT,
  NOT_ASSESSABLE_PENALTY,
  WARNING_CAP_PER_RULE,
  WARNING_PENALTY,
} from './scheme-builtin'

export function complianceScore(findings: readonly Finding[], notAssessable: readonly NotAssessable[] = []): number {
  return scoreWith(DEFAULT_SCHEME, findings, notAssessable).score
}
