/**
 * Year-on-year anomaly warnings: figures that are not wrong by any rule of SPEC §3 but that a
 * supervisor should look at — usually a typing slip or a report copied from last year. Each
 * compares an office's report with the same office's report for the year before (a gap year
 * means no comparison).
 *
 * - `yoy-volume`: new requests ×5 or more, or ÷5 or less. Ignored unless the larger of the two
 *   years is at least ANOMALY_MIN_VOLUME (2 → 9 is noise, 20 → 100 is not); 0 → 25 counts.
 * - `yoy-identical`: every cell of tables 三 and 四 equals last year's, and at least one is a
 *   non-zero number (two all-zero or blank reports are a quiet office, not a copy). Table 二 is
 *   left out: 现行有效件数 legitimately repeats and a quiet office prints zeros there every year.
 * - `yoy-disclosure`: the disclosure rate moved more than 50 percentage points. Only judged when
 *   both years handled at least ANOMALY_MIN_HANDLED requests.
 *
 * They are warnings for review, not compliance failures: the catalogue gives them penalty 0, and
 * they should not be passed to complianceScore (which would charge them as warnings).
 */
import { CELL_BY_PATH, cellsFor } from '../domain/cells'
import { reportDisclosure } from '../domain/metrics'
import { REVIEW_RULE_IDS, type RuleInfo } from '../domain/rules'
import { byOfficeAndYear } from '../domain/rules/cross'
import { checkZeroRequests, ZERO_MIN_PEERS, ZERO_PEER_MEDIAN, ZERO_YEARS_RUNNING } from '../domain/rules/content/zero'
import { cellNumber, cellValue, type ReportRecord } from '../domain/record'
import type { Finding } from '../domain/types'
import { nested, said, type Said } from '../i18n/said'

export const ANOMALY_RULE_IDS = REVIEW_RULE_IDS
export type AnomalyRuleId = (typeof ANOMALY_RULE_IDS)[number]

/** The anomaly rules are described like the compliance rules (penalty 0: never scored). */
export type AnomalyRuleInfo = RuleInfo<AnomalyRuleId>

/** yoy-volume: the larger of the two years' new requests must reach this. */
export const ANOMALY_MIN_VOLUME = 20
/** yoy-disclosure: both years must have handled at least this many requests. */
export const ANOMALY_MIN_HANDLED = 10
export const VOLUME_FACTOR = 5
/** As a fraction: 0.5 = 50 percentage points. */
export const DISCLOSURE_JUMP = 0.5

export const ANOMALY_RULES: readonly AnomalyRuleInfo[] = [
  {
    id: 'yoy-volume',
    severity: 'warning',
    scope: 'cross',
    penalty: 0,
    cap: 0,
    zh: '申请量突变',
    en: 'Volume jump',
    description: `同一机关：本年新收申请总数是上一年度的 ${VOLUME_FACTOR} 倍以上或 1/${VOLUME_FACTOR} 以下（两年中较大者不少于 ${ANOMALY_MIN_VOLUME} 件时才判断），可能多填或漏填了数位，请核实。`,
  },
  {
    id: 'yoy-identical',
    severity: 'warning',
    scope: 'cross',
    penalty: 0,
    cap: 0,
    zh: '与上年完全相同',
    en: 'Same as last year',
    description:
      '同一机关：表三、表四的每一个数字都与上一年度报告相同（且不全为 0 或空白），疑似照抄上年报告，请核实。',
  },
  {
    id: 'yoy-disclosure',
    severity: 'warning',
    scope: 'cross',
    penalty: 0,
    cap: 0,
    zh: '公开率突变',
    en: 'Disclosure-rate jump',
    description: `同一机关：公开率（予以公开与部分公开之和 ÷ 办理总数）比上一年度升降超过 ${DISCLOSURE_JUMP * 100} 个百分点（两年办理总数均不少于 ${ANOMALY_MIN_HANDLED} 件时才判断），请核实。`,
  },
  {
    id: 'zero-requests',
    severity: 'warning',
    scope: 'cross',
    penalty: 0,
    cap: 0,
    zh: '申请量为零',
    en: 'No requests',
    description: `本年新收申请连续 ${ZERO_YEARS_RUNNING} 年以上为 0，或为 0 而同地区同类机关（至少 ${ZERO_MIN_PEERS} 个）同年的中位数超过 ${ZERO_PEER_MEDIAN} 件，请核实是否有申请未登记、未统计。`,
  },
]

const COMPARED_CELLS = {
  '2019': cellsFor('2019').filter((c) => c.table !== 'proactive'),
  '2021': cellsFor('2021').filter((c) => c.table !== 'proactive'),
}
const RECEIVED_TOTAL = CELL_BY_PATH.get('requests.received.total')!
const HANDLED_CELLS = ['requests.granted.total', 'requests.partiallyGranted.total', 'requests.total.total']

const percent = (v: number) => `${(v * 100).toFixed(1)}%`
const times = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(1))

function finding(
  report: ReportRecord,
  rule: AnomalyRuleId,
  body: Omit<Finding, 'rule' | 'severity' | 'office' | 'year' | 'message'> & Said,
): Finding {
  return { rule, severity: 'warning', ...body, office: report.office, year: report.year }
}

function volumeJump(report: ReportRecord, previous: ReportRecord): Finding | null {
  const now = cellNumber(report, RECEIVED_TOTAL)
  const before = cellNumber(previous, RECEIVED_TOTAL)
  if (now === null || before === null || Math.max(now, before) < ANOMALY_MIN_VOLUME) return null
  const up = now >= before * VOLUME_FACTOR
  const down = now * VOLUME_FACTOR <= before
  if (!up && !down) return null
  const ratio = up
    ? before === 0
      ? nested('empty')
      : nested('finding.yoy-volume.times', { times: times(now / before) })
    : now === 0
      ? nested('finding.yoy-volume.toZero')
      : nested('finding.yoy-volume.fraction', { times: times(before / now) })
  return finding(report, 'yoy-volume', {
    field: 'requests.received',
    column: 'total',
    expected: before,
    actual: now,
    cells: [RECEIVED_TOTAL.path],
    ...said('finding.yoy-volume', { now, previousYear: previous.year, before, ratio }),
  })
}

function identical(report: ReportRecord, previous: ReportRecord): Finding | null {
  if (report.template !== previous.template) return null
  let nonZero: number | null = null
  const cells = COMPARED_CELLS[report.template] ?? COMPARED_CELLS['2021']
  for (const cell of cells) {
    const a = cellValue(report, cell)
    const b = cellValue(previous, cell)
    if (a !== b) return null
    if (typeof a === 'number' && a !== 0 && nonZero === null) nonZero = a
  }
  if (nonZero === null) return null
  const received = cellNumber(report, RECEIVED_TOTAL)
  return finding(report, 'yoy-identical', {
    field: 'requests',
    ...said('finding.yoy-identical', { count: cells.length, previousYear: previous.year, received }),
  })
}

function disclosureJump(report: ReportRecord, previous: ReportRecord): Finding | null {
  const now = reportDisclosure(report)
  const before = reportDisclosure(previous)
  if (now.disclosureRate === null || before.disclosureRate === null) return null
  if ((now.handled ?? 0) < ANOMALY_MIN_HANDLED || (before.handled ?? 0) < ANOMALY_MIN_HANDLED) return null
  const delta = now.disclosureRate - before.disclosureRate
  if (Math.abs(delta) <= DISCLOSURE_JUMP) return null
  return finding(report, 'yoy-disclosure', {
    field: 'requests.total',
    column: 'total',
    expected: percent(before.disclosureRate),
    actual: percent(now.disclosureRate),
    cells: HANDLED_CELLS,
    ...said(delta > 0 ? 'finding.yoy-disclosure.up' : 'finding.yoy-disclosure.down', {
      previousYear: previous.year,
      before: percent(before.disclosureRate),
      handledBefore: before.handled,
      now: percent(now.disclosureRate),
      handledNow: now.handled,
      points: Math.abs(delta * 100).toFixed(1),
    }),
  })
}

/** The anomaly findings of one report against the same office's report of the year before, in rule order. */
export function anomaliesOfPair(report: ReportRecord, previous: ReportRecord): Finding[] {
  const out: Finding[] = []
  for (const f of [volumeJump(report, previous), identical(report, previous), disclosureJump(report, previous)])
    if (f) out.push(f)
  return out
}

/** Anomaly findings (zero-requests included) over any set of reports, ordered by office (first appearance), year, rule. */
export function checkAnomalies(reports: readonly ReportRecord[]): Finding[] {
  const offices = byOfficeAndYear(reports)
  const out: Finding[] = []
  for (const years of offices.values())
    for (const [year, report] of years) {
      const previous = years.get(year - 1)
      if (previous) for (const f of anomaliesOfPair(report, previous)) out.push(f)
    }
  for (const f of checkZeroRequests(reports)) out.push(f)
  return orderAnomalies(out, new Map([...offices.keys()].map((office, i) => [office, i])))
}

/** Anomaly findings in checkAnomalies' order: office (by `officeOrder`), year, rule. */
export function orderAnomalies(findings: Finding[], officeOrder: ReadonlyMap<string, number>): Finding[] {
  const rule = (f: Finding) => ANOMALY_RULE_IDS.indexOf(f.rule as AnomalyRuleId)
  return findings.sort(
    (a, b) =>
      (officeOrder.get(a.office ?? '') ?? 0) - (officeOrder.get(b.office ?? '') ?? 0) ||
      (a.year ?? 0) - (b.year ?? 0) ||
      rule(a) - rule(b),
  )
}
