/**
 * deadline (Article 49 of the Regulations): departments publish by 31 January, a government's own
 * report by 31 March of the following year. Without a publication date the rule is not assessable —
 * an unknown date is never a pass.
 */
import { OFFICE_KINDS, type OfficeKind } from '../model'
import type { Report } from '../types'
import { pushFinding, pushNotAssessable, type CheckResult } from './common'

const DUE: Record<OfficeKind, { month: number; day: number }> = {
  department: { month: 1, day: 31 },
  government: { month: 3, day: 31 },
}
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** The last day (ISO date) a report for `year` may be published. */
export function deadlineFor(year: number, officeKind: OfficeKind): string {
  const { month, day } = DUE[officeKind] ?? DUE.department
  return `${year + 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Today as an ISO date (UTC), the default for CheckOptions.today. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10)
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

function dueText(officeKind: OfficeKind): string {
  const kind = OFFICE_KINDS.find((k) => k.key === officeKind)?.zh ?? officeKind
  const { month, day } = DUE[officeKind] ?? DUE.department
  return `${kind}应于次年 ${month} 月 ${day} 日前发布，《政府信息公开条例》第四十九条`
}

export function checkDeadline(report: Report, out: CheckResult, today: string = todayIso()): void {
  const deadline = deadlineFor(report.year, report.officeKind)
  const published = report.publishedAt
  if (published === null || published === undefined || published === '') {
    const pending = today <= deadline ? `，且法定期限 ${deadline} 尚未届满` : ''
    pushNotAssessable(
      out,
      report,
      'deadline',
      `发布日期未知${pending}，无法判断是否按时发布（${dueText(report.officeKind)}）；请补充发布日期`,
    )
    return
  }
  if (!ISO_DATE.test(published) || Number.isNaN(Date.parse(`${published}T00:00:00Z`))) {
    pushNotAssessable(
      out,
      report,
      'deadline',
      `发布日期“${published}”无法识别，无法判断是否按时发布；请改为 2025-01-20 这样的日期`,
    )
    return
  }
  if (published <= deadline) return
  pushFinding(out, report, 'deadline', {
    field: 'publishedAt',
    expected: deadline,
    actual: published,
    cells: ['publishedAt'],
    message:
      `发布日期 ${published} 晚于法定期限 ${deadline}（${dueText(report.officeKind)}），逾期 ${daysBetween(deadline, published)} 天。` +
      '请核实发布日期；确属逾期的，督促该机关整改。',
  })
}
