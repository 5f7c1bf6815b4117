/**
 * The last result of the checks over everything stored, kept with what it depends on: the stored
 * reports' generation, the day (deadlines) and the dissolved offices. Opening a board whose reports
 * did not change since shows the findings at once instead of re-checking 500,000 reports (tens of
 * seconds); any change of the reports gives a new generation, and a stale row is never used.
 */
import type { StoredChecks } from '../workers/checkPages'
import type { BoardDatabase } from './schema'
import { readDirectory } from './pages'

export interface ChecksKey {
  generation: number
  today: string
  /** The dissolved offices, as a canonical string. */
  dissolved: string
}

export interface CachedChecks extends ChecksKey {
  id: 1
  result: StoredChecks
}

export function checksKey(generation: number, today: string, dissolved: ReadonlyMap<string, number>): ChecksKey {
  return { generation, today, dissolved: JSON.stringify([...dissolved].sort((a, b) => (a[0] < b[0] ? -1 : 1))) }
}

const same = (a: ChecksKey, b: ChecksKey) =>
  a.generation === b.generation && a.today === b.today && a.dissolved === b.dissolved

/** The kept result for exactly this key, if any. */
export async function cachedChecks(db: BoardDatabase, key: ChecksKey): Promise<StoredChecks | null> {
  const row = await db.checks.get(1)
  return row && same(row, key) ? row.result : null
}

/** Keep a result — unless the stored reports changed while it was computed (then it is of no generation). */
export async function keepChecks(db: BoardDatabase, key: ChecksKey, result: StoredChecks): Promise<void> {
  await db.transaction('rw', [db.checks, db.directory], async () => {
    if ((await readDirectory(db)).generation === key.generation) await db.checks.put({ id: 1, ...key, result })
  })
}
