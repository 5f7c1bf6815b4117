/**
 * The earlier versions of stored reports, from the import history, as `checkReports` takes them
 * (`CheckOptions.previousVersions`) for `revised-after-publication`. Each import batch keeps the
 * versions it replaced (ImportBatch.replaced in db/schema.ts); read in batch order, they are the
 * versions of a report oldest first.
 */
import { reportKey } from '../domain/report'
import type { Report } from '../domain/types'

export interface BatchHistory {
  id?: number
  kind: string
  undone?: boolean
  replaced: readonly Report[]
}

/**
 * reportKey → earlier versions, oldest first. An undone batch replaced nothing (undo restored the
 * versions it kept); a restored backup is not a report published again, so its replacements are
 * not versions either.
 */
export function previousVersions(batches: readonly BatchHistory[]): Map<string, Report[]> {
  const versions = new Map<string, Report[]>()
  const ordered = [...batches].sort((a, b) => (a.id ?? 0) - (b.id ?? 0))
  for (const batch of ordered) {
    if (batch.undone || batch.kind === 'restore') continue
    for (const r of batch.replaced) {
      const key = reportKey(r)
      const list = versions.get(key)
      if (list) list.push(r)
      else versions.set(key, [r])
    }
  }
  return versions
}
