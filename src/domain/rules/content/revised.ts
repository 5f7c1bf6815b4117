/**
 * `revised-after-publication`: a report imported again with the same publication date but other
 * figures. A published report that changes without a new date (and a note saying what was
 * corrected) is a fault an evaluator marks. The versions come from the import history: each
 * import batch keeps the versions it replaced (ImportBatch.replaced).
 */
import { CELL_BY_PATH } from '../../cells'
import { diffRecords, type CellChange } from '../../diff'
import { recordOf } from '../../record'
import type { Report } from '../../types'
import { pushFinding, showValue, type CheckResult } from '../common'

/** Changes named in the message; every changed cell is in `cells`. */
const NAMED_CHANGES = 3

/**
 * The figures that differ between the version first imported with the report's publication date
 * and the report now; null when there is no such earlier version (or no date) or nothing differs.
 * `previousVersions`: earlier versions of the same office and year, oldest first.
 */
export function revisionSincePublication(
  report: Report,
  previousVersions: readonly Report[],
): { first: Report; changes: CellChange[] } | null {
  if (!report.publishedAt) return null
  const first = previousVersions.find((v) => v.publishedAt === report.publishedAt)
  if (!first) return null
  const changes = diffRecords(recordOf(first), recordOf(report)).filter((c) => CELL_BY_PATH.has(c.path))
  return changes.length > 0 ? { first, changes } : null
}

export function checkRevisedAfterPublication(
  report: Report,
  previousVersions: readonly Report[],
  out: CheckResult,
): void {
  const revision = revisionSincePublication(report, previousVersions)
  if (!revision) return
  const { changes } = revision
  const named = changes
    .slice(0, NAMED_CHANGES)
    .map((c) => `${CELL_BY_PATH.get(c.path)!.zh} ${showValue(c.before)} → ${showValue(c.after)}`)
  pushFinding(out, report, 'revised-after-publication', {
    field: 'report',
    expected: report.publishedAt,
    actual: `${changes.length} 处改动`,
    cells: changes.map((c) => c.path),
    message:
      `发布日期同为 ${report.publishedAt}，报告再次导入时有 ${changes.length} 个数字与先前导入的版本不同：` +
      `${named.join('；')}${changes.length > NAMED_CHANGES ? ` 等` : ''}。` +
      '已发布的报告不应悄悄修改；确需更正的，应重新发布并注明更正日期和更正内容。',
  })
}
