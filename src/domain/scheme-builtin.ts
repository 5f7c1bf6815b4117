/**
 * The assessment scheme (评分方案, SPEC §3a) as data, and the schemes the board ships with.
 *
 * A report's score = base − Σ over rules of min(points × findings, maxPerReport) − the
 * not-assessable part (points per rule that could not be judged, at most maxPerReport per
 * report), never below floor. A missing report (`missing-report`) scores base − missingReport.
 * A rule absent from `rules` costs nothing — neither its findings nor its being not assessable.
 *
 * This file holds no logic and imports no rule code, so the rule catalogue can print the default
 * weights without an import cycle; parsing and scoring are in scheme.ts.
 */

export interface SchemeRule {
  /** Points one finding costs (≥ 0). */
  points: number
  /** Most the rule costs on one report (office and year); absent: no cap. */
  maxPerReport?: number
}

export interface AssessmentScheme {
  format: 'assessment-scheme'
  version: 1
  name: string
  /** Full marks, e.g. 100 or 10. */
  base: number
  /** Lowest score, e.g. 0. */
  floor: number
  /** Rule id → its cost. `missing-report` is not here: see missingReport. */
  rules: Record<string, SchemeRule>
  /** Points a missing report costs (an office-year with a `missing-report` finding). */
  missingReport: number
  /** Each rule of `rules` that could not be assessed on a report. */
  notAssessable: SchemeRule
}

// Today's weights (README "Compliance checks and the compliance score"): the default scheme.
export const MAX_SCORE = 100
export const ERROR_PENALTY = 15
export const WARNING_PENALTY = 5
export const ERROR_CAP_PER_RULE = 30
export const WARNING_CAP_PER_RULE = 10
export const MISSING_REPORT_PENALTY = 40
export const NOT_ASSESSABLE_PENALTY = 2
export const NOT_ASSESSABLE_CAP_PER_REPORT = 10

const error: SchemeRule = { points: ERROR_PENALTY, maxPerReport: ERROR_CAP_PER_RULE }
const warning: SchemeRule = { points: WARNING_PENALTY, maxPerReport: WARNING_CAP_PER_RULE }

/**
 * The board's own scoring: the rules of the national format's arithmetic and deadlines, errors
 * 15 (at most 30 per rule per report), warnings 5 (at most 10), a missing report 40, each rule not
 * assessable 2 (at most 10 per report). The content rules and the review-only anomalies are not
 * in it: they are listed, and an agency's own scheme decides what they cost.
 */
export const DEFAULT_SCHEME: AssessmentScheme = deepFreeze({
  format: 'assessment-scheme',
  version: 1,
  name: '默认评分方案（百分制）',
  base: MAX_SCORE,
  floor: 0,
  rules: {
    'row-total': error,
    'outcome-sum': error,
    balance: error,
    'review-sum': error,
    integer: error,
    complete: warning,
    'carry-chain': error,
    deadline: error,
    'outdated-template': warning,
    'in-force-chain': warning,
  },
  missingReport: MISSING_REPORT_PENALTY,
  notAssessable: { points: NOT_ASSESSABLE_PENALTY, maxPerReport: NOT_ASSESSABLE_CAP_PER_REPORT },
})

/**
 * An example of an agency's own scheme, as local 考核 rules write them: the annual report is worth
 * 10 points; late publication −5, missing parts −5, a copied report −5; no report at all, 0 points.
 */
export const TEN_POINT_SCHEME: AssessmentScheme = deepFreeze({
  format: 'assessment-scheme',
  version: 1,
  name: '示例：年度报告 10 分（逾期、缺项、抄袭各扣 5 分）',
  base: 10,
  floor: 0,
  rules: {
    deadline: { points: 5, maxPerReport: 5 },
    'sections-missing': { points: 5, maxPerReport: 5 },
    'narrative-copy': { points: 5, maxPerReport: 5 },
  },
  missingReport: 10,
  notAssessable: { points: 0, maxPerReport: 0 },
})

export const BUILT_IN_SCHEMES: readonly AssessmentScheme[] = [DEFAULT_SCHEME, TEN_POINT_SCHEME]

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v)
    Object.freeze(value)
  }
  return value
}
