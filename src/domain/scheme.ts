/**
 * Assessment schemes (SPEC §3a): reading one from JSON with a message naming every bad field,
 * scoring findings with it, and writing it back. The scheme's shape and the built-in schemes are
 * in scheme-builtin.ts.
 */
import { InputError, shorten, type InputProblem } from './errors'
import { isRecord, own } from './objects'
import { RULE_IDS, REVIEW_RULE_IDS, ruleRank } from './rules/info'
import type { AssessmentScheme, SchemeRule } from './scheme-builtin'
import type { Finding, NotAssessable } from './types'
import { said } from '../i18n/said'

export * from './scheme-builtin'

/** The rule id a deduction for rules that could not be assessed is listed under. */
export const NOT_ASSESSABLE_DEDUCTION = 'not-assessable'
const MISSING_REPORT = 'missing-report'

/** Every rule id a scheme may charge: the rules of SPEC §3 (missing-report aside) and the review-only ones. */
export const SCHEME_RULE_IDS: readonly string[] = [...RULE_IDS, ...REVIEW_RULE_IDS].filter(
  (id) => id !== MISSING_REPORT,
)

const MAX_NAME = 100
const MAX_POINTS = 1_000_000
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/
const TOP_KEYS = ['format', 'version', 'name', 'base', 'floor', 'rules', 'missingReport', 'notAssessable']
const RULE_KEYS = ['points', 'maxPerReport']

const isPoints = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_POINTS

/** A scheme file that is not a valid scheme: every problem names its field (e.g. `rules.deadline.points`). */
export class SchemeError extends InputError {
  constructor(problems: InputProblem[], file?: string) {
    super(said('scheme.problems', { count: problems.length }), { problems, file })
    this.name = 'SchemeError'
  }
}

const EXAMPLE =
  '{"format": "assessment-scheme", "version": 1, "name": "…", "base": 100, "floor": 0, "rules": {"deadline": {"points": 15, "maxPerReport": 15}}, "missingReport": 40, "notAssessable": {"points": 2, "maxPerReport": 10}}'
const RULE_EXAMPLE = '{"points": 5, "maxPerReport": 10}'

function readRule(value: unknown, field: string, problems: InputProblem[]): SchemeRule | undefined {
  if (!isRecord(value)) {
    problems.push(said('scheme.ruleObject', { field, example: RULE_EXAMPLE, value: shorten(value) }))
    return undefined
  }
  for (const k of Object.keys(value))
    if (!RULE_KEYS.includes(k)) problems.push(said('scheme.ruleUnknownKey', { field, key: k }))
  let ok = true
  if (!own(value, 'points')) {
    problems.push(said('scheme.noPoints', { field }))
    ok = false
  } else if (!isPoints(value.points)) {
    problems.push(said('scheme.points', { field, value: shorten(value.points) }))
    ok = false
  }
  if (own(value, 'maxPerReport') && value.maxPerReport !== null && !isPoints(value.maxPerReport)) {
    problems.push(said('scheme.maxPerReport', { field, value: shorten(value.maxPerReport) }))
    ok = false
  }
  if (!ok) return undefined
  const rule: SchemeRule = { points: value.points as number }
  if (typeof value.maxPerReport === 'number') rule.maxPerReport = value.maxPerReport
  return rule
}

/**
 * A scheme from its JSON text (or the parsed value). Throws SchemeError listing every problem,
 * each naming its field: `rules.deadline.points 应为不小于 0 的数`, an unknown rule id, a missing key.
 */
export function parseScheme(input: unknown, file?: string): AssessmentScheme {
  let raw = input
  if (typeof input === 'string') {
    try {
      raw = JSON.parse(input.replace(/^\ufeff/, ''))
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e)
      throw new SchemeError([said('scheme.invalidJson', { why })], file)
    }
  }
  const problems: InputProblem[] = []
  const problem = (p: InputProblem) => problems.push(p)
  if (!isRecord(raw)) throw new SchemeError([said('scheme.notObject', { example: EXAMPLE })], file)
  for (const k of Object.keys(raw)) if (!TOP_KEYS.includes(k)) problem(said('scheme.unknownKey', { key: shorten(k) }))
  for (const k of TOP_KEYS) if (!own(raw, k)) problem(said('scheme.missingKey', { key: k }))

  if (own(raw, 'format') && raw.format !== 'assessment-scheme')
    problem(said('scheme.format', { value: shorten(raw.format) }))
  if (own(raw, 'version') && raw.version !== 1) problem(said('scheme.version', { value: shorten(raw.version) }))
  const name = typeof raw.name === 'string' ? raw.name.trim() : ''
  if (own(raw, 'name')) {
    if (typeof raw.name !== 'string' || name === '') problem(said('scheme.name'))
    else if (name.length > MAX_NAME) problem(said('scheme.nameTooLong', { max: MAX_NAME }))
    else if (CONTROL.test(name)) problem(said('scheme.nameControl'))
  }
  const base = raw.base
  if (own(raw, 'base') && (!isPoints(base) || base === 0)) problem(said('scheme.base', { value: shorten(base) }))
  if (own(raw, 'floor')) {
    if (!isPoints(raw.floor)) problem(said('scheme.floor', { value: shorten(raw.floor) }))
    else if (isPoints(base) && raw.floor > base) problem(said('scheme.floorAboveBase', { floor: raw.floor, base }))
  }
  if (own(raw, 'missingReport') && !isPoints(raw.missingReport))
    problem(said('scheme.missingReport', { value: shorten(raw.missingReport) }))
  const notAssessable = own(raw, 'notAssessable') ? readRule(raw.notAssessable, 'notAssessable', problems) : undefined

  const rules: Record<string, SchemeRule> = {}
  if (own(raw, 'rules')) {
    if (!isRecord(raw.rules)) problem(said('scheme.rulesObject', { value: shorten(raw.rules) }))
    else {
      const unknown: string[] = []
      for (const [id, value] of Object.entries(raw.rules)) {
        if (id === MISSING_REPORT) {
          problem(said('scheme.missingReportRule'))
          continue
        }
        if (!SCHEME_RULE_IDS.includes(id)) {
          unknown.push(shorten(id))
          continue
        }
        const rule = readRule(value, `rules.${id}`, problems)
        if (rule) rules[id] = rule
      }
      if (unknown.length > 0) problem(said('scheme.unknownRules', { ids: unknown, known: SCHEME_RULE_IDS }))
    }
  }
  if (problems.length > 0) throw new SchemeError(problems, file)
  return {
    format: 'assessment-scheme',
    version: 1,
    name,
    base: base as number,
    floor: raw.floor as number,
    rules,
    missingReport: raw.missingReport as number,
    notAssessable: notAssessable!,
  }
}

/** The scheme as a JSON file (what export writes and parseScheme reads back). */
export function writeScheme(scheme: AssessmentScheme): string {
  const { format, version, name, base, floor, rules, missingReport, notAssessable } = scheme
  return `${JSON.stringify({ format, version, name, base, floor, rules, missingReport, notAssessable }, null, 1)}\n`
}

/** What one finding of a rule costs under a scheme, and the most it costs per report; undefined: nothing. */
export function schemeCost(scheme: AssessmentScheme, rule: string): SchemeRule | undefined {
  if (rule === MISSING_REPORT) return { points: scheme.missingReport, maxPerReport: scheme.missingReport }
  return own(scheme.rules, rule) ? scheme.rules[rule] : undefined
}

export interface Deduction {
  /** A rule id, or `not-assessable` for the rules that could not be assessed. */
  rule: string
  /** Findings (or not-assessable entries) of the rule. */
  count: number
  /** Points taken off for them, caps applied. */
  points: number
}

export interface SchemeScore {
  score: number
  /** Rules the scheme charges that have findings, in catalogue order; not-assessable last. */
  deductions: Deduction[]
}

// Scores are sums of points like 0.5 or 1.2: rounded, so 10 − 0.1 × 3 is 9.7, not 9.700000000000001.
const round = (v: number) => Math.round(v * 1e6) / 1e6

const unitKey = (rule: string, office: string | undefined, year: number | undefined) =>
  `${rule}\u0000${office ?? ''}\u0000${year ?? ''}`

/**
 * Score findings with a scheme. The unit scored is whatever the caller passes: one report's
 * findings, or an office's over several years (deductions add up; the floor holds). Caps hold per
 * rule per report (office and year). Findings of rules the scheme does not name cost nothing, and
 * so does their being not assessable; a `missing-report` not-assessable entry (not yet due) never
 * costs anything.
 */
export function scoreWith(
  scheme: AssessmentScheme,
  findings: readonly Finding[],
  notAssessable: readonly NotAssessable[] = [],
): SchemeScore {
  const spent = new Map<string, number>()
  const byRule = new Map<string, Deduction>()
  const charge = (rule: string, unit: string, cost: SchemeRule) => {
    let d = byRule.get(rule)
    if (!d) byRule.set(rule, (d = { rule, count: 0, points: 0 }))
    d.count++
    const used = spent.get(unit) ?? 0
    const add = Math.min(cost.points, (cost.maxPerReport ?? Infinity) - used)
    if (add <= 0) return
    spent.set(unit, used + add)
    d.points += add
  }
  for (const f of findings) {
    const cost = schemeCost(scheme, f.rule)
    if (cost) charge(f.rule, unitKey(f.rule, f.office, f.year), cost)
  }
  for (const n of notAssessable) {
    if (n.rule === MISSING_REPORT || !schemeCost(scheme, n.rule)) continue
    charge(NOT_ASSESSABLE_DEDUCTION, unitKey('', n.office, n.year), scheme.notAssessable)
  }
  const deductions = [...byRule.values()]
    .map((d) => ({ ...d, points: round(d.points) }))
    .sort((a, b) => ruleRank(a.rule) - ruleRank(b.rule))
  const penalty = deductions.reduce((s, d) => s + d.points, 0)
  return { score: round(Math.max(scheme.floor, scheme.base - penalty)), deductions }
}
