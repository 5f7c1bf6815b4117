/**
 * Metrics (SPEC §4), for one report or summed over many (a region = the sum of its offices).
 *
 * Blank is not zero. Each metric reads a fixed set of cells; a report contributes to a metric only
 * when every one of them holds a number, otherwise it is skipped for that metric and counted in
 * `skipped` (see `sumOf`). So a region's disclosure rate is Σ granted / Σ handled over the offices
 * that printed both, and the UI can say "3 份报告因空白未计入". A count with no contributing report
 * and a rate whose denominator is zero are `null` — never 0, never NaN.
 *
 * Metrics read a report's compact record: the slots of the cells each metric needs are taken from
 * the format's layout once at module load, so `addToTotals` reads numbers by index and adds them,
 * allocating nothing. `reportMetrics` reuses one scratch Totals. The views sum precomputed
 * `sumInputs` columns instead (analysis/columns.ts).
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
import { CELL_BY_PATH } from './cells'
import { formatLayout, type ReportRecord } from './record'

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
// Summing, on compact records: each metric's cells by slot.

/** The sums besides the per-applicant counts, in the order their slots are numbered. */
const FIGURE_SUMS = [
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
] as const satisfies readonly SumKey[]

export const SUM_KEYS: readonly SumKey[] = [...FIGURE_SUMS, ...APPLICANT_KEYS.map((c) => `byApplicant.${c}` as const)]
const SLOT = new Map<SumKey, number>(SUM_KEYS.map((k, i) => [k, i]))
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
] = FIGURE_SUMS.map(slot)
const [NATURAL, BUSINESS, RESEARCH, NONPROFIT, LEGAL, OTHER_ORG, ALL_APPLICANTS] = (
  ['natural', 'business', 'research', 'nonprofit', 'legal', 'otherOrg', 'total'] as const
).map((c) => slot(`byApplicant.${c}`))

/** The slots of the cells the metrics read, per format (formatLayout's order). */
interface InputSlots {
  received: Int32Array // natural … otherOrg, total
  handled: number
  granted: number
  partiallyGranted: number
  /** The `total` slots of each outcome group's sub-rows. */
  denied: Int32Array
  unavailable: Int32Array
  notProcessed: Int32Array
  otherHandling: Int32Array
  carriedForward: number
  /** review, litigationDirect, litigationAfterReview. */
  disputeTotal: Int32Array
  corrected: Int32Array
  upheld: Int32Array
  otherResult: Int32Array
}

function inputSlots(template: TemplateId): InputSlots {
  const { slotOf } = formatLayout(template)
  const at = (path: string): number => {
    const cell = CELL_BY_PATH.get(path)
    const s = cell ? slotOf[cell.index] : -1
    if (s < 0) throw new Error(`内部错误：${template} 格式没有 ${path}`)
    return s
  }
  const rows = requestRowsFor(template)
  const groupTotals = (group: RequestGroup) =>
    Int32Array.from(rows.filter((r) => r.group === group).map((r) => at(`requests.${r.key}.total`)))
  const disputes = (column: string) => Int32Array.from(DISPUTE_GROUPS.map((g) => at(`${g.key}.${column}`)))
  return {
    received: Int32Array.from(APPLICANT_KEYS.map((c) => at(`requests.received.${c}`))),
    handled: at('requests.total.total'),
    granted: at('requests.granted.total'),
    partiallyGranted: at('requests.partiallyGranted.total'),
    denied: groupTotals('denied'),
    unavailable: groupTotals('unavailable'),
    notProcessed: groupTotals('notProcessed'),
    otherHandling: groupTotals('otherHandling'),
    carriedForward: at('requests.carriedForward.total'),
    disputeTotal: disputes('total'),
    corrected: disputes('corrected'),
    upheld: disputes('upheld'),
    otherResult: disputes('other'),
  }
}
const SLOTS: Record<TemplateId, InputSlots> = { '2019': inputSlots('2019'), '2021': inputSlots('2021') }

/** Σ of the cells at these slots: NaN (blank) when any of them is blank. */
function sumAt(cells: Float64Array, slots: Int32Array): number {
  let sum = 0
  for (let i = 0; i < slots.length; i++) sum += cells[slots[i]]
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

/**
 * The distinct quantities of a report that the metric sums read, each one number (NaN when a cell
 * it needs is blank). Several sums share one (every rate's denominator is `handled`), so the
 * column store keeps these, not one column per sum.
 */
export const QUANTITIES = [
  ...APPLICANT_KEYS.map((c) => `received.${c}` as const),
  'handled',
  'disclosed',
  'denied',
  'unavailable',
  'notProcessed',
  'otherHandling',
  'backlog',
  'disputes',
  'corrected',
  'decided',
] as const
type Quantity = (typeof QUANTITIES)[number]
const Q = (q: Quantity) => QUANTITIES.indexOf(q)
const [Q_HANDLED, Q_DISCLOSED, Q_DENIED, Q_UNAVAILABLE, Q_NOT_PROCESSED, Q_OTHER_HANDLING] = (
  ['handled', 'disclosed', 'denied', 'unavailable', 'notProcessed', 'otherHandling'] as const
).map(Q)
const [Q_BACKLOG, Q_DISPUTES, Q_CORRECTED, Q_DECIDED] = (['backlog', 'disputes', 'corrected', 'decided'] as const).map(
  Q,
)
const Q_RECEIVED = APPLICANT_KEYS.map((c) => Q(`received.${c}`))

/** For each sum of SUM_KEYS: the quantity it adds, and the quantity of its denominator (−1: a count; a sum with a denominator is a rate). */
export const SUM_NUMERATOR: readonly number[] = new Array<number>(SUM_KEYS.length)
export const SUM_DENOMINATOR: readonly number[] = new Array<number>(SUM_KEYS.length).fill(-1)
{
  const num = SUM_NUMERATOR as number[]
  const den = SUM_DENOMINATOR as number[]
  const set = (k: number, n: number, d = -1) => ((num[k] = n), (den[k] = d))
  set(VOLUME, Q_RECEIVED[6])
  set(HANDLED, Q_HANDLED)
  set(DISCLOSURE, Q_DISCLOSED, Q_HANDLED)
  set(DENIAL, Q_DENIED, Q_HANDLED)
  set(UNAVAILABLE, Q_UNAVAILABLE, Q_HANDLED)
  set(NOT_PROCESSED, Q_NOT_PROCESSED, Q_HANDLED)
  set(OTHER_HANDLING, Q_OTHER_HANDLING, Q_HANDLED)
  set(BACKLOG, Q_BACKLOG)
  set(DISPUTES, Q_DISPUTES)
  set(DISPUTE_RATE, Q_DISPUTES, Q_HANDLED)
  set(CORRECTION, Q_CORRECTED, Q_DECIDED)
  ;[NATURAL, BUSINESS, RESEARCH, NONPROFIT, LEGAL, OTHER_ORG, ALL_APPLICANTS].forEach((k, i) => set(k, Q_RECEIVED[i]))
}

/**
 * A report's QUANTITIES into `out` (in that order). The one definition of every metric's inputs:
 * `sumInputs` (and so `addToTotals`) reads these, and the page summaries the views sum store them.
 */
export function reportQuantities(r: ReportRecord, out: Float64Array): void {
  const c = r.cells
  const s = SLOTS[r.template]
  for (let i = 0; i < Q_RECEIVED.length; i++) out[Q_RECEIVED[i]] = c[s.received[i]]
  out[Q_HANDLED] = c[s.handled]
  out[Q_DISCLOSED] = c[s.granted] + c[s.partiallyGranted]
  out[Q_DENIED] = sumAt(c, s.denied)
  out[Q_UNAVAILABLE] = sumAt(c, s.unavailable)
  out[Q_NOT_PROCESSED] = sumAt(c, s.notProcessed)
  out[Q_OTHER_HANDLING] = sumAt(c, s.otherHandling)
  out[Q_BACKLOG] = c[s.carriedForward]
  out[Q_DISPUTES] = sumAt(c, s.disputeTotal)
  const corrected = sumAt(c, s.corrected)
  out[Q_CORRECTED] = corrected
  out[Q_DECIDED] = corrected + sumAt(c, s.upheld) + sumAt(c, s.otherResult)
}

const quantities = new Float64Array(QUANTITIES.length)

/** A report's disclosure rate and requests handled, as reportMetrics gives them, without computing the other metrics. */
export function reportDisclosure(r: ReportRecord): Pick<ReportMetrics, 'disclosureRate' | 'handled'> {
  reportQuantities(r, quantities)
  const handled = quantities[Q_HANDLED]
  const disclosed = quantities[Q_DISCLOSED]
  const both = Number.isFinite(handled) && Number.isFinite(disclosed)
  return {
    disclosureRate: both && handled > 0 ? disclosed / handled : null,
    handled: Number.isFinite(handled) ? handled : null,
  }
}

/**
 * What one report adds to each sum: `num[k]` and `den[k]` for slot k of SUM_KEYS (den 0 for
 * counts). A non-finite pair means the report is skipped for that sum: a blank cell is NaN in the
 * record, and NaN poisons every sum it enters.
 */
function sumInputs(r: ReportRecord, num: Float64Array, den: Float64Array): void {
  reportQuantities(r, quantities)
  for (let k = 0; k < SUM_KEYS.length; k++) {
    num[k] = quantities[SUM_NUMERATOR[k]]
    const d = SUM_DENOMINATOR[k]
    den[k] = d < 0 ? 0 : quantities[d]
  }
}

const inputNum = new Float64Array(SUM_KEYS.length)
const inputDen = new Float64Array(SUM_KEYS.length)

export function addToTotals(t: Totals, r: ReportRecord): void {
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
  const k = SLOT.get(key)!
  const s = t.sums[k]
  if (s.included === 0) return null
  if (SUM_DENOMINATOR[k] < 0) return s.num
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

export function reportMetrics(r: ReportRecord): ReportMetrics {
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
