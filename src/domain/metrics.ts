/**
 * Metrics (SPEC §4), for one report or summed over many (a region = the sum of its offices).
 *
 * Blank is not zero. Each metric reads a fixed set of cells; a report contributes to a metric only
 * when every one of them holds a number, otherwise it is skipped for that metric and counted in
 * `skipped` (see `sumOf`). So a region's disclosure rate is Σ granted / Σ handled over the offices
 * that printed both, and the UI can say "3 份报告因空白未计入". A count with no contributing report
 * and a rate whose denominator is zero are `null` — never 0, never NaN.
 *
 * Aggregation runs over ~20,000 reports on every filter change: the sub-row lists are taken from
 * model.ts once at module load, and `addToTotals` reads numbers and adds them, allocating nothing.
 * `reportMetrics` reuses one scratch Totals. The overview sums precomputed `sumInputs` columns
 * instead (analysis/columns.ts).
 */
import {
  APPLICANT_COLUMNS,
  APPLICANT_KEYS,
  DISPUTE_GROUPS,
  REQUEST_GROUPS,
  REQUEST_ROWS,
  requestRowsFor,
  type ApplicantColumn,
  type RequestGroup,
  type TemplateId,
} from './model'
import {
  ERROR_CAP_PER_RULE,
  ERROR_PENALTY,
  MISSING_REPORT_PENALTY,
  NOT_ASSESSABLE_CAP_PER_REPORT,
  NOT_ASSESSABLE_PENALTY,
  WARNING_CAP_PER_RULE,
  WARNING_PENALTY,
} from './score'
import type { ApplicantRow, DisputeRow, Report } from './types'

export type MetricId =
  | 'volume'
  | 'handled'
  | 'disclosureRate'
  | 'denialRate'
  | 'unavailableRate'
  | 'notProcessedRate'
  | 'otherHandlingRate'
  | 'backlog'
  | 'disputeCount'
  | 'disputeRate'
  | 'correctionRate'
  | 'complianceScore'
  | 'findingsCount'

export interface MetricInfo {
  readonly id: MetricId
  readonly zh: string
  readonly en: string
  readonly kind: 'count' | 'rate' | 'score'
  readonly better: 'higher' | 'lower' | 'none'
  /** Definition in Chinese, for tooltips and the README. */
  readonly definition: string
}

export interface ReportMetrics {
  volume: number | null
  byApplicant: Record<ApplicantColumn, number | null>
  handled: number | null
  disclosureRate: number | null
  denialRate: number | null
  unavailableRate: number | null
  notProcessedRate: number | null
  otherHandlingRate: number | null
  backlog: number | null
  disputeCount: number | null
  disputeRate: number | null
  correctionRate: number | null
}

/** Metrics read from the tables (the score and findings count come from the rules). */
export type TableMetricId = Exclude<keyof ReportMetrics, 'byApplicant'>
export type SumKey = TableMetricId | `byApplicant.${ApplicantColumn}`

export interface MetricSum {
  /** Σ numerator (for counts: Σ value) over contributing reports. */
  num: number
  /** Σ denominator over contributing reports (0 for counts). */
  den: number
  /** Reports that contributed. */
  included: number
  /** Reports skipped because a needed cell was blank. */
  skipped: number
}

export interface Totals {
  /** Reports added. */
  reports: number
  /** One sum per key of SUM_KEYS, in that order; read them with `sumOf`. */
  readonly sums: MetricSum[]
}

// ---------------------------------------------------------------------------------------------
// Summing. Columns and the top rows are read by their SPEC key names (checked against the Report
// type): named property reads stay fast on 20,000 reports, where reading every cell through a
// list of path strings was several times slower. Only the sub-rows of 三（三）…（六） are looked up
// by key, from lists taken from model.ts once.

export const SUM_KEYS: readonly SumKey[] = [
  'volume',
  'handled',
  'disclosureRate',
  'denialRate',
  'unavailableRate',
  'notProcessedRate',
  'otherHandlingRate',
  'backlog',
  'disputeCount',
  'disputeRate',
  'correctionRate',
  ...APPLICANT_KEYS.map((c) => `byApplicant.${c}` as const),
]
const SLOT = new Map<SumKey, number>(SUM_KEYS.map((k, i) => [k, i]))
const RATES = new Set<SumKey>([
  'disclosureRate',
  'denialRate',
  'unavailableRate',
  'notProcessedRate',
  'otherHandlingRate',
  'disputeRate',
  'correctionRate',
])
const slot = (k: SumKey) => SLOT.get(k)!
const [
  VOLUME,
  HANDLED,
  DISCLOSURE,
  DENIAL,
  UNAVAILABLE,
  NOT_PROCESSED,
  OTHER_HANDLING,
  BACKLOG,
  DISPUTES,
  DISPUTE_RATE,
  CORRECTION,
] = (
  [
    'volume',
    'handled',
    'disclosureRate',
    'denialRate',
    'unavailableRate',
    'notProcessedRate',
    'otherHandlingRate',
    'backlog',
    'disputeCount',
    'disputeRate',
    'correctionRate',
  ] as const
).map(slot)
const [NATURAL, BUSINESS, RESEARCH, NONPROFIT, LEGAL, OTHER_ORG, ALL_APPLICANTS] = (
  ['natural', 'business', 'research', 'nonprofit', 'legal', 'otherOrg', 'total'] as const
).map((c) => slot(`byApplicant.${c}`))

type GroupLeaves = Readonly<Record<RequestGroup, readonly string[]>>
function leavesOf(template: TemplateId): GroupLeaves {
  const out = {} as Record<RequestGroup, string[]>
  for (const g of REQUEST_GROUPS) {
    out[g.key] = requestRowsFor(template)
      .filter((r) => r.group === g.key)
      .map((r) => r.key.slice(g.key.length + 1))
  }
  return out
}
const LEAVES: Record<TemplateId, GroupLeaves> = { '2019': leavesOf('2019'), '2021': leavesOf('2021') }

type MaybeRow = Partial<ApplicantRow> | null | undefined
type MaybeDispute = Partial<DisputeRow> | null | undefined

/** A cell as a number; blank, text or absent → NaN, which then poisons every sum it enters. */
const n = (v: unknown): number => (typeof v === 'number' ? v : NaN)

/** Σ of the `total` column over a group's sub-rows. */
function groupTotal(group: unknown, leaves: readonly string[]): number {
  if (group === null || typeof group !== 'object') return NaN
  let sum = 0
  for (let i = 0; i < leaves.length; i++) {
    const row = (group as Record<string, MaybeRow>)[leaves[i]]
    sum += row ? n(row.total) : NaN
  }
  return sum
}

/** Adds one report's inputs to a sum, or counts it as skipped. */
function add(s: MetricSum, num: number, den: number): void {
  // Non-finite means a blank (NaN) or a broken value (Infinity): the report is skipped, not zeroed.
  if (Number.isFinite(num) && Number.isFinite(den)) {
    s.num += num
    s.den += den
    s.included++
  } else s.skipped++
}

export function emptyTotals(): Totals {
  return { reports: 0, sums: SUM_KEYS.map(() => ({ num: 0, den: 0, included: 0, skipped: 0 })) }
}

/** Sums whose denominator is a quantity of the report (the rates); counts add 0. */
export const SUM_HAS_DENOMINATOR: readonly boolean[] = SUM_KEYS.map((k) => RATES.has(k))

/**
 * What one report adds to each sum: `num[k]` and `den[k]` for slot k of SUM_KEYS (den 0 for
 * counts). A non-finite pair means the report is skipped for that sum. The one definition of every
 * metric's inputs: `addToTotals` adds these, and analysis/columns.ts stores them per report.
 */
export function sumInputs(r: Report, num: Float64Array, den: Float64Array): void {
  const q = (r.requests ?? {}) as Partial<Record<string, unknown>>
  const leaves = LEAVES[r.template] ?? LEAVES['2021']
  const received = q.received as MaybeRow
  const handled = n((q.total as MaybeRow)?.total)
  den.fill(0)

  num[VOLUME] = n(received?.total)
  num[HANDLED] = handled
  num[DISCLOSURE] = n((q.granted as MaybeRow)?.total) + n((q.partiallyGranted as MaybeRow)?.total)
  num[DENIAL] = groupTotal(q.denied, leaves.denied)
  num[UNAVAILABLE] = groupTotal(q.unavailable, leaves.unavailable)
  num[NOT_PROCESSED] = groupTotal(q.notProcessed, leaves.notProcessed)
  num[OTHER_HANDLING] = groupTotal(q.otherHandling, leaves.otherHandling)
  den[DISCLOSURE] = den[DENIAL] = den[UNAVAILABLE] = den[NOT_PROCESSED] = den[OTHER_HANDLING] = handled
  num[BACKLOG] = n((q.carriedForward as MaybeRow)?.total)

  const review = r.review as MaybeDispute
  const direct = r.litigationDirect as MaybeDispute
  const after = r.litigationAfterReview as MaybeDispute
  const disputes = n(review?.total) + n(direct?.total) + n(after?.total)
  num[DISPUTES] = disputes
  num[DISPUTE_RATE] = disputes
  den[DISPUTE_RATE] = handled
  const corrected = n(review?.corrected) + n(direct?.corrected) + n(after?.corrected)
  const upheldOrOther =
    n(review?.upheld) + n(direct?.upheld) + n(after?.upheld) + n(review?.other) + n(direct?.other) + n(after?.other)
  num[CORRECTION] = corrected
  den[CORRECTION] = corrected + upheldOrOther

  num[NATURAL] = n(received?.natural)
  num[BUSINESS] = n(received?.business)
  num[RESEARCH] = n(received?.research)
  num[NONPROFIT] = n(received?.nonprofit)
  num[LEGAL] = n(received?.legal)
  num[OTHER_ORG] = n(received?.otherOrg)
  num[ALL_APPLICANTS] = n(received?.total)
}

const inputNum = new Float64Array(SUM_KEYS.length)
const inputDen = new Float64Array(SUM_KEYS.length)

export function addToTotals(t: Totals, r: Report): void {
  t.reports++
  sumInputs(r, inputNum, inputDen)
  const sums = t.sums
  for (let k = 0; k < sums.length; k++) add(sums[k], inputNum[k], inputDen[k])
}

/** The running sum of one quantity, e.g. `sumOf(t, 'disclosureRate').skipped`. */
export function sumOf(t: Totals, key: SumKey): MetricSum {
  return t.sums[SLOT.get(key)!]
}

function value(t: Totals, key: SumKey): number | null {
  const s = t.sums[SLOT.get(key)!]
  if (s.included === 0) return null
  if (!RATES.has(key)) return s.num
  return s.den > 0 ? s.num / s.den : null
}

export function totalsMetrics(t: Totals): ReportMetrics {
  const byApplicant = {} as Record<ApplicantColumn, number | null>
  for (const c of APPLICANT_KEYS) byApplicant[c] = value(t, `byApplicant.${c}`)
  return {
    volume: value(t, 'volume'),
    byApplicant,
    handled: value(t, 'handled'),
    disclosureRate: value(t, 'disclosureRate'),
    denialRate: value(t, 'denialRate'),
    unavailableRate: value(t, 'unavailableRate'),
    notProcessedRate: value(t, 'notProcessedRate'),
    otherHandlingRate: value(t, 'otherHandlingRate'),
    backlog: value(t, 'backlog'),
    disputeCount: value(t, 'disputeCount'),
    disputeRate: value(t, 'disputeRate'),
    correctionRate: value(t, 'correctionRate'),
  }
}

const scratch = emptyTotals()

export function reportMetrics(r: Report): ReportMetrics {
  scratch.reports = 0
  for (const s of scratch.sums) s.num = s.den = s.included = s.skipped = 0
  addToTotals(scratch, r)
  return totalsMetrics(scratch)
}

// ---------------------------------------------------------------------------------------------
// Catalogue

const rowZh = (key: string) => REQUEST_ROWS.find((r) => r.key === key)!.zh
const groupZh = (key: string) => REQUEST_GROUPS.find((g) => g.key === key)!.zh
const HANDLED_ZH = `三（七）${rowZh('total')}`
const DISPUTES_ZH = DISPUTE_GROUPS.map((g) => g.zh).join('、')
const TOTAL_COLUMN = `（均取“${APPLICANT_COLUMNS.find((c) => c.key === 'total')!.zh}”列）`
const share = (numerator: string) => `${numerator} ÷ ${HANDLED_ZH}${TOTAL_COLUMN}`

export const METRICS: readonly MetricInfo[] = [
  {
    id: 'volume',
    zh: '申请量',
    en: 'Requests received',
    kind: 'count',
    better: 'none',
    definition: `“${rowZh('received')}”的总计`,
  },
  {
    id: 'handled',
    zh: '办理总量',
    en: 'Requests handled',
    kind: 'count',
    better: 'none',
    definition: `${HANDLED_ZH}的总计`,
  },
  {
    id: 'disclosureRate',
    zh: '公开率',
    en: 'Disclosure rate',
    kind: 'rate',
    better: 'higher',
    definition: share(`（${rowZh('granted')} + ${rowZh('partiallyGranted')}）`),
  },
  {
    id: 'denialRate',
    zh: '不予公开率',
    en: 'Denial rate',
    kind: 'rate',
    better: 'lower',
    definition: share(`${groupZh('denied')}各项之和`),
  },
  {
    id: 'unavailableRate',
    zh: '无法提供率',
    en: 'Unavailable rate',
    kind: 'rate',
    better: 'none',
    definition: share(`${groupZh('unavailable')}各项之和`),
  },
  {
    id: 'notProcessedRate',
    zh: '不予处理率',
    en: 'Not-processed rate',
    kind: 'rate',
    better: 'none',
    definition: share(`${groupZh('notProcessed')}各项之和`),
  },
  {
    id: 'otherHandlingRate',
    zh: '其他处理率',
    en: 'Other-handling rate',
    kind: 'rate',
    better: 'none',
    definition: share(`${groupZh('otherHandling')}各项之和`),
  },
  {
    id: 'backlog',
    zh: '结转下年',
    en: 'Backlog',
    kind: 'count',
    better: 'lower',
    definition: `“${rowZh('carriedForward')}”的总计`,
  },
  {
    id: 'disputeCount',
    zh: '复议诉讼数',
    en: 'Disputes',
    kind: 'count',
    better: 'lower',
    definition: `${DISPUTES_ZH}三组的总计之和`,
  },
  {
    id: 'disputeRate',
    zh: '复议诉讼率',
    en: 'Dispute rate',
    kind: 'rate',
    better: 'lower',
    definition: `复议诉讼数 ÷ ${HANDLED_ZH}的总计`,
  },
  {
    id: 'correctionRate',
    zh: '被纠错率',
    en: 'Correction rate',
    kind: 'rate',
    better: 'lower',
    definition: `${DISPUTES_ZH}三组：结果纠正之和 ÷（结果维持 + 结果纠正 + 其他结果）之和（不含尚未审结）`,
  },
  {
    id: 'complianceScore',
    zh: '合规得分',
    en: 'Compliance score',
    kind: 'score',
    better: 'higher',
    definition:
      `100 分起扣：每个错误扣 ${ERROR_PENALTY} 分、每个提醒扣 ${WARNING_PENALTY} 分，同一报告同一规则错误最多扣 ${ERROR_CAP_PER_RULE} 分、提醒最多扣 ${WARNING_CAP_PER_RULE} 分；` +
      `缺少一年报告扣 ${MISSING_REPORT_PENALTY} 分；每项无法判定扣 ${NOT_ASSESSABLE_PENALTY} 分（每份报告最多 ${NOT_ASSESSABLE_CAP_PER_REPORT} 分）；最低 0 分；` +
      '正文内容检查（要素缺失、正文雷同、正文与表格不符、发布后修改）不扣分',
  },
  {
    id: 'findingsCount',
    zh: '问题数',
    en: 'Findings',
    kind: 'count',
    better: 'lower',
    definition: '合规检查发现的错误和提醒条数',
  },
]
