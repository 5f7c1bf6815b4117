/**
 * deadline (Article 49 of the Regulations): departments publish by 31 January, a government's own
 * report by 31 March of the following year. Without a publication date the rule is not assessable —
 * an unknown date is never a pass.
 */
import type { OfficeKind } from '../model'
import type { Report } from '../types'
import { nested, said } from '../../i18n/said'
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

/** When the office kind must publish, as a message inside the finding's. */
function due(officeKind: OfficeKind) {
  const { month, day } = DUE[officeKind] ?? DUE.department
  return nested('finding.deadline.due', { officeKind, month, day })
}

export function checkDeadline(report: Report, out: CheckResult, today: string = todayIso()): void {
  const deadline = deadlineFor(report.year, report.officeKind)
  const published = report.publishedAt
  if (published === null || published === undefined || published === '') {
    const reason =
      today <= deadline
        ? said('na.deadline.unknownPending', { deadline, due: due(report.officeKind) })
        : said('na.deadline.unknown', { due: due(report.officeKind) })
    pushNotAssessable(out, report, 'deadline', reason)
    return
  }
  if (!ISO_DATE.test(published) || Number.isNaN(Date.parse(`${published}T00:00:00Z`))) {
    pushNotAssessable(out, report, 'deadline', said('na.deadline.unreadable', { published }))
    return
  }
  if (published <= deadline) return
  pushFinding(out, report, 'deadline', {
    field: 'publishedAt',
    expected: deadline,
    actual: published,
    cells: ['publishedAt'],
    ...said('finding.deadline', {
      published,
      deadline,
      due: due(report.officeKind),
      days: daysBetween(deadline, published),
    }),
  })
}
