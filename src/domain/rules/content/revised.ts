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
import type { NestedMessage } from '../../../i18n/format'
import { asNested, nested, said } from '../../../i18n/said'
import { pushFinding, type CheckResult } from '../common'

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
  const named: NestedMessage[] = changes
    .slice(0, NAMED_CHANGES)
    .map((c) => nested('finding.revised-after-publication.change', { cell: c.path, before: c.before, after: c.after }))
  const count = changes.length
  const actual = said('finding.revised-after-publication.actual', { count })
  pushFinding(out, report, 'revised-after-publication', {
    field: 'report',
    expected: report.publishedAt,
    actual: actual.message,
    valueWords: { actual: asNested(actual) },
    cells: changes.map((c) => c.path),
    ...said(count > NAMED_CHANGES ? 'finding.revised-after-publication.more' : 'finding.revised-after-publication', {
      published: report.publishedAt,
      count,
      changes: named,
    }),
  })
}
