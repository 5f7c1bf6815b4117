/**
 * The resident column store (analysis/columns.ts) kept in step with IndexedDB, for the data store:
 * read from every page's summary when the board opens or another tab changed the reports (Dexie's
 * liveQuery watches the one directory row, whose generation every change adds to), and patched —
 * not read back — after this tab's own changes, which return what they changed (db/pages.ts
 * PageChange). A 100,000-report import into a 400,000-report board so costs a copy of the columns,
 * not a re-read of 500 summaries.
 */
import { liveQuery, type Subscription } from 'dexie'
import { ref, shallowRef } from 'vue'
import { columnsOfPages, patchColumns, rowOf, rowsOfOffice, type ReportColumns } from '../analysis/columns'
import { readDirectory, type KeyLocator, type PageChange } from '../db/pages'
import type { StoredRecord } from '../db/record'
import { readPlaces, readSummaries } from '../db/resident'
import type { BoardDatabase } from '../db/schema'

const EMPTY = columnsOfPages([], -1)

/** Where the columns say each stored report is (for db/pages.ts changes). */
export function locatorOf(cols: ReportColumns): KeyLocator {
  return {
    generation: cols.generation,
    pageOf(office, year) {
      const row = rowOf(cols, office, year)
      return row < 0 ? undefined : cols.page[row]
    },
    yearsOf: (office) => Array.from(rowsOfOffice(cols, office), (i) => cols.year[i]),
  }
}

export function residentColumns(getDb: () => BoardDatabase, onError: (e: unknown) => void) {
  const columns = shallowRef<ReportColumns>(EMPTY)
  const loaded = ref(false)
  let firstLoaded: () => void = () => {}
  /** Resolves once the columns were first read (or the read failed). */
  const firstLoad = new Promise<void>((resolve) => (firstLoaded = resolve))
  /** The newest generation the directory announced. */
  let announced = -1
  /** Writes of this tab in flight: their changes are patched in when they return. */
  let writes = 0
  /** A change could not be patched in (another tab's came between): read everything again. */
  let stale = false
  let loading: Promise<void> | null = null
  let subscription: Subscription | null = null

  function reload(): Promise<void> {
    loading ??= (async () => {
      try {
        do {
          const { generation, summaries } = await readSummaries(getDb())
          columns.value = columnsOfPages(summaries, generation)
          stale = false
        } while (announced > columns.value.generation && writes === 0)
      } catch (e) {
        onError(e)
      } finally {
        loaded.value = true
        loading = null
        firstLoaded()
      }
    })()
    return loading
  }

  function start(): void {
    subscription ??= liveQuery(() => readDirectory(getDb())).subscribe({
      next: (dir) => {
        announced = dir.generation
        if (writes === 0 && announced !== columns.value.generation) void reload()
      },
      error: onError,
    })
  }

  function stop(): void {
    subscription?.unsubscribe()
    subscription = null
  }

  /** Patch one change of this tab in (a change that does not follow on the columns marks them stale). */
  function apply(change: PageChange): void {
    if (!stale && change.generation === columns.value.generation + 1)
      columns.value = patchColumns(columns.value, change)
    else stale = true
  }

  /**
   * Run a write of this tab. It gets a locator over the columns (undefined once they are stale: the
   * database then finds the pages itself) and reports each change through `apply`.
   */
  async function write<T>(
    work: (tools: { locator: () => KeyLocator | undefined; apply: (change: PageChange) => void }) => Promise<T>,
  ): Promise<T> {
    writes++
    try {
      return await work({ locator: () => (stale ? undefined : locatorOf(columns.value)), apply })
    } finally {
      writes--
      if (writes === 0 && (stale || announced > columns.value.generation)) await reload()
    }
  }

  /**
   * The full records of these rows of `cols` (the columns the caller computed them from), in that
   * order. If the reports changed meanwhile the rows are found again by office and year.
   */
  async function records(cols: ReportColumns, rows: ArrayLike<number>): Promise<StoredRecord[]> {
    const places = Array.from(rows, (i) => ({ page: cols.page[i], slot: cols.slot[i] }))
    const found = await readPlaces(getDb(), cols.generation, places)
    if (found) return found
    const keys = Array.from(rows, (i) => ({ office: cols.offices[cols.office[i]], year: cols.year[i] }))
    await reload()
    const now = columns.value
    const again = keys.map((k) => rowOf(now, k.office, k.year)).filter((i) => i >= 0)
    return (
      (await readPlaces(
        getDb(),
        now.generation,
        Array.from(again, (i) => ({ page: now.page[i], slot: now.slot[i] })),
      )) ?? []
    )
  }

  return { columns, loaded, firstLoad, start, stop, reload, write, records }
}
