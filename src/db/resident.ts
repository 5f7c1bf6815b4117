/**
 * The reads of the stored reports the data store and the checks worker make: every page's summary (the resident columns, when the board
 * opens or another tab changed the reports), and the full records of some reports (one office,
 * an export, an import's collisions) by page and position — each checked against the generation
 * the caller's columns show, so a position never points at a report that has moved.
 */
import type { StoredRecord } from './record'
import { readDirectory, readPages, unpackPage, type PageSummary } from './pages'
import type { BoardDatabase, ImportBatch } from './schema'

/** Every page's summary, the generation they are of and the import history, read together (for the checks worker). */
export async function readChecksInput(
  db: BoardDatabase,
): Promise<{ generation: number; summaries: PageSummary[]; batches: ImportBatch[] }> {
  return db.transaction('r', [db.summaries, db.directory, db.batches], async () => {
    const { generation } = await readDirectory(db)
    return { generation, summaries: await db.summaries.toArray(), batches: await db.batches.toArray() }
  })
}

/** One page's records, its summary already in hand (the checks worker reads the pages one by one). */
export async function readPageRecords(db: BoardDatabase, summary: PageSummary): Promise<StoredRecord[]> {
  const body = await db.bodies.get(summary.id)
  if (!body) throw new Error(`内部错误：存储页 ${summary.id} 没有单元格`)
  return unpackPage(summary, body)
}

/** Every page's summary and the generation they are of, read together. */
export async function readSummaries(db: BoardDatabase): Promise<{ generation: number; summaries: PageSummary[] }> {
  return db.transaction('r', [db.summaries, db.directory], async () => {
    const { generation } = await readDirectory(db)
    return { generation, summaries: await db.summaries.toArray() }
  })
}

/**
 * The records at these (page, position) places, in the order asked — or null when the stored
 * reports are no longer of `generation` (another tab changed them: the caller reloads first).
 */
export async function readPlaces(
  db: BoardDatabase,
  generation: number,
  places: readonly { page: number; slot: number }[],
): Promise<StoredRecord[] | null> {
  return db.transaction('r', [db.summaries, db.bodies, db.directory], async () => {
    if ((await readDirectory(db)).generation !== generation) return null
    const pages = await readPages(
      db,
      [...new Set(places.map((p) => p.page))].sort((a, b) => a - b),
    )
    return places.map(({ page, slot }) => {
      const record = pages.get(page)?.[slot]
      if (!record) throw new Error(`内部错误：存储页 ${page} 没有第 ${slot + 1} 份报告`)
      // Its own cells: a view into the page's array would keep the whole page alive.
      return { ...record, cells: record.cells.slice() }
    })
  })
}
