/**
 * Rules that compare reports with each other: carry-chain and in-force-chain (year N against
 * year N−1 of the same office) and missing-report (gaps in an office's years).
 */
import { APPLICANT_KEYS, PROACTIVE_ITEMS } from '../model'
import type { Report } from '../types'
import {
  COLUMN_ZH,
  listNames,
  num,
  pushFinding,
  pushNotAssessable,
  requestRow,
  requestRowInfo,
  type CheckOptions,
  type CheckResult,
} from './common'
import { isRecord } from '../objects'
import { deadlineFor, todayIso } from './deadline'

/** office → year → report. A later duplicate of (office, year) replaces an earlier one. */
export function byOfficeAndYear(reports: readonly Report[]): Map<string, Map<number, Report>> {
  const offices = new Map<string, Map<number, Report>>()
  for (const r of reports) {
    let years = offices.get(r.office)
    if (!years) offices.set(r.office, (years = new Map()))
    years.set(r.year, r)
  }
  return offices
}

export function checkCarryChain(report: Report, previous: Report, out: CheckResult): void {
  const over = requestRowInfo(report.template, 'carriedOver')
  const forward = requestRowInfo(previous.template, 'carriedForward')
  const overCells = requestRow(report, over)
  const forwardCells = requestRow(previous, forward)
  const blankColumns: string[] = []
  for (const col of APPLICANT_KEYS) {
    const actual = num(overCells?.[col])
    const expected = num(forwardCells?.[col])
    if (actual === null || expected === null) {
      blankColumns.push(COLUMN_ZH[col])
      continue
    }
    if (actual === expected) continue
    pushFinding(out, report, 'carry-chain', {
      field: over.field,
      column: col,
      expected,
      actual,
      cells: [`${over.field}.${col}`],
      message:
        `“${over.label}”「${COLUMN_ZH[col]}」列为 ${actual}，但 ${previous.year} 年度报告“${forward.label}”同一列为 ${expected}。` +
        `两年报告应当衔接，请核对本年的上年结转数或 ${previous.year} 年度的结转下年度数。`,
    })
  }
  if (blankColumns.length > 0) {
    pushNotAssessable(
      out,
      report,
      'carry-chain',
      `本年“${over.label}”或 ${previous.year} 年度“${forward.label}”的「${listNames(blankColumns)}」列有空白单元格，无法核对结转衔接`,
    )
  }
}

const CHAINED_ITEMS = PROACTIVE_ITEMS['2021'].filter((i) => i.key === 'regulations' || i.key === 'normativeDocuments')
const fieldZh = (key: string) => CHAINED_ITEMS[0].fields.find((f) => f.key === key)?.zh ?? key

function proactiveValue(report: Report, item: string, field: string): number | null {
  const node: unknown = report.proactive?.[item]
  return isRecord(node) ? num(node[field]) : null
}

export function checkInForceChain(report: Report, previous: Report, out: CheckResult): void {
  if (report.template !== '2021' || previous.template !== '2021') return
  const blankItems: string[] = []
  for (const item of CHAINED_ITEMS) {
    const before = proactiveValue(previous, item.key, 'inForce')
    const issued = proactiveValue(report, item.key, 'issued')
    const repealed = proactiveValue(report, item.key, 'repealed')
    const inForce = proactiveValue(report, item.key, 'inForce')
    if (before === null || issued === null || repealed === null || inForce === null) {
      blankItems.push(item.zh)
      continue
    }
    const expected = before + issued - repealed
    if (expected === inForce) continue
    const field = `proactive.${item.key}`
    pushFinding(out, report, 'in-force-chain', {
      field,
      column: 'inForce',
      expected,
      actual: inForce,
      cells: ['inForce', 'issued', 'repealed'].map((f) => `${field}.${f}`),
      message:
        `${item.zh}“${fieldZh('inForce')}”为 ${inForce}，但按 ${previous.year} 年度${fieldZh('inForce')} ${before} + ${fieldZh('issued')} ${issued} − ${fieldZh('repealed')} ${repealed} 应为 ${expected}。` +
        '请核对本年现行有效件数及制发、废止件数（如有清理、失效等其他变动，请在报告中说明）。',
    })
  }
  if (blankItems.length > 0) {
    pushNotAssessable(
      out,
      report,
      'in-force-chain',
      `${listNames(blankItems)}的现行有效、制发或废止件数（本年或 ${previous.year} 年度）有空白，无法核对现行有效件数衔接`,
    )
  }
}

export function checkMissingReports(
  offices: Map<string, Map<number, Report>>,
  options: CheckOptions,
  out: CheckResult,
): void {
  let newest = -Infinity
  for (const years of offices.values()) for (const y of years.keys()) if (y > newest) newest = y
  const today = options.today ?? todayIso()
  for (const [office, years] of offices) {
    const sorted = [...years.keys()].sort((a, b) => a - b)
    const latest = years.get(sorted[sorted.length - 1])!
    const dissolvedFrom = options.dissolved?.get(office) ?? Infinity
    for (let y = sorted[0] + 1; y <= newest; y++) {
      if (years.has(y) || y >= dissolvedFrom) continue
      const deadline = deadlineFor(y, latest.officeKind)
      const at = { office, year: y }
      if (today <= deadline) {
        pushNotAssessable(out, at, 'missing-report', `${y} 年度报告的法定发布期限 ${deadline} 尚未届满，暂不判定缺失`)
        continue
      }
      const earlier = sorted.filter((s) => s < y).map(String)
      pushFinding(out, at, 'missing-report', {
        field: 'report',
        message:
          `缺少 ${y} 年度报告：该机关已有 ${listNames(earlier, 5)} 年度报告，数据中最新年度为 ${newest}，但没有 ${y} 年度报告（法定期限 ${deadline}）。` +
          '请核实该报告是否已发布并导入；如机关已撤销或合并，请标记其撤销年度。',
      })
    }
  }
}
