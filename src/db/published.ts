/**
 * Data published with a hosted board (data/manifest.json beside index.html): held in one
 * read-only "published" batch, replaced as a whole when the manifest changes. Reports a viewer
 * imported themselves are never overwritten by published data.
 */
import { isRecord } from '../domain/objects'
import { reportKey, reportKeyParts } from '../domain/report'
import { startBatch } from './imports'
import { changeRecords, getRecords, locatorNow, recordTables } from './pages'
import type { ReportRecord } from '../domain/record'
import { storedRecord } from './record'
import type { BatchFile, BoardDatabase, StoredRecord } from './schema'

export interface PublishedFile {
  name: string
  sha256: string
  size: number
  format: string
  records: ReportRecord[]
}

export async function publishedHash(db: BoardDatabase): Promise<string | null> {
  const batch = await db.batches
    .where('kind')
    .equals('published')
    .filter((b) => !b.undone)
    .first()
  return batch?.manifestHash ?? null
}

/** Replace the published batch with these files' reports, in one transaction. */
export async function applyPublished(
  db: BoardDatabase,
  manifestHash: string,
  files: PublishedFile[],
): Promise<{ added: number; kept: number }> {
  return db.transaction('rw', [...recordTables(db), db.batches], async () => {
    const previous = await db.batches.where('kind').equals('published').toArray()
    const previousIds = new Set(previous.map((b) => b.id!))
    for (const b of previous) {
      const keys = b.added.map(reportKeyParts)
      const loc = await locatorNow(db)
      const current = await getRecords(db, keys, loc)
      await changeRecords(
        db,
        { remove: keys.filter((_, i) => current[i] && previousIds.has(current[i]!.batchId)) },
        loc,
      )
      await db.batches.delete(b.id!)
    }
    if (files.length === 0) return { added: 0, kept: 0 }
    const batchId = await startBatch(db, 'published', { manifestHash })
    const batch = (await db.batches.get(batchId))!
    let added = 0
    let kept = 0
    for (const file of files) {
      const keys = file.records.map((r) => [r.office, r.year] as [string, number])
      // One reading of where the reports are serves the lookup and the write (each reads every summary).
      const loc = await locatorNow(db)
      const existing = await getRecords(db, keys, loc)
      const rows: StoredRecord[] = []
      file.records.forEach((r, i) => {
        if (existing[i]) {
          kept++ // the viewer's own import wins
          return
        }
        rows.push(storedRecord(r, batchId, file.name))
        batch.added.push(reportKey(r))
      })
      await changeRecords(db, { put: rows }, loc)
      added += rows.length
      const record: BatchFile = {
        name: file.name,
        sha256: file.sha256,
        size: file.size,
        format: file.format,
        added: rows.length,
        replaced: 0,
        unchanged: file.records.length - rows.length,
      }
      batch.files.push(record)
    }
    await db.batches.put(batch)
    return { added, kept }
  })
}

// ---- The published files last read, for a board opened without network ----
// The service worker caches data/ as it is fetched through it, but a first visit is not yet
// under its control: what that visit read is kept in `meta`, so a board opened once works offline
// with the manifest, scheme and district map it was published with. One copy of each kind, under
// the name the manifest gave it.

const COPY_KEYS = { manifest: 'publishedManifest', scheme: 'publishedScheme', map: 'publishedMap' } as const
export type PublishedCopy = keyof typeof COPY_KEYS

/** Keep what was read of a published file (replacing the copy of its kind). */
export async function keepPublishedCopy(db: BoardDatabase, kind: PublishedCopy, name: string, value: unknown) {
  await db.meta.put({ key: COPY_KEYS[kind], value: { name, value } })
}

/** The copy of that kind kept under this name, unchecked (the caller checks it as it would a file); undefined when none. */
export async function keptPublishedCopy(db: BoardDatabase, kind: PublishedCopy, name: string): Promise<unknown> {
  const row = (await db.meta.get(COPY_KEYS[kind]))?.value
  return isRecord(row) && row.name === name ? row.value : undefined
}

const MANIFEST = 'manifest.json'

/** Keep the manifest last loaded (its text and fingerprint). */
export async function keepPublishedManifest(db: BoardDatabase, fetched: { text: string; hash: string }): Promise<void> {
  await keepPublishedCopy(db, 'manifest', MANIFEST, { text: fetched.text, hash: fetched.hash })
}

/** The manifest last loaded, if any (what the server said when it last answered). */
export async function keptPublishedManifest(db: BoardDatabase): Promise<{ text: string; hash: string } | null> {
  const v = await keptPublishedCopy(db, 'manifest', MANIFEST)
  return isRecord(v) && typeof v.text === 'string' && typeof v.hash === 'string' ? { text: v.text, hash: v.hash } : null
}
