/**
 * The agency's own assessment schemes (评分方案), kept in the `meta` table (so a backup carries
 * them): the saved schemes, and which scheme the board scores with. A stored scheme is read back
 * through parseScheme like a file: a backup is a file, and files are untrusted.
 */
import { parseScheme, type AssessmentScheme } from '../domain/scheme'
import { keepPublishedCopy, keptPublishedCopy } from './published'
import type { BoardDatabase } from './schema'

const SAVED_KEY = 'schemes'
const CHOSEN_KEY = 'chosenScheme'

export interface SavedScheme {
  /** Stable id, e.g. `saved-3`. */
  id: string
  scheme: AssessmentScheme
}

export interface StoredSchemes {
  saved: SavedScheme[]
  /** Id of the scheme chosen by the user (a built-in, published or saved one), or null for the default. */
  chosen: string | null
  /** Stored schemes that are not valid any more (from a hand-edited backup), by id, with the reason. */
  unreadable: { id: string; reason: string }[]
}

function isSavedList(v: unknown): v is { id: unknown; scheme: unknown }[] {
  return Array.isArray(v) && v.every((e) => e !== null && typeof e === 'object')
}

export async function readSchemes(db: BoardDatabase): Promise<StoredSchemes> {
  const [saved, chosen] = await Promise.all([db.meta.get(SAVED_KEY), db.meta.get(CHOSEN_KEY)])
  const out: StoredSchemes = {
    saved: [],
    chosen: typeof chosen?.value === 'string' ? chosen.value : null,
    unreadable: [],
  }
  if (!isSavedList(saved?.value)) return out
  for (const entry of saved.value) {
    const id = typeof entry.id === 'string' ? entry.id : ''
    try {
      if (!id) throw new Error('缺少编号')
      out.saved.push({ id, scheme: parseScheme(entry.scheme) })
    } catch (e) {
      out.unreadable.push({ id: id || '?', reason: e instanceof Error ? e.message : String(e) })
    }
  }
  return out
}

/** Save a scheme (replacing the one with the same id), and optionally choose it, in one transaction. */
export async function saveScheme(
  db: BoardDatabase,
  scheme: AssessmentScheme,
  options: { id?: string; choose?: boolean } = {},
): Promise<string> {
  const valid = parseScheme(scheme)
  return db.transaction('rw', db.meta, async () => {
    const current = await db.meta.get(SAVED_KEY)
    const list: { id: string; scheme: unknown }[] = isSavedList(current?.value)
      ? (current.value as { id: string; scheme: unknown }[])
      : []
    let id = options.id
    if (id === undefined) {
      const used = new Set(list.map((e) => e.id))
      for (let n = list.length + 1; ; n++) if (!used.has((id = `saved-${n}`))) break
    }
    const next = list.filter((e) => e.id !== id)
    const at = list.findIndex((e) => e.id === id)
    next.splice(at < 0 ? next.length : at, 0, { id: id!, scheme: valid })
    await db.meta.put({ key: SAVED_KEY, value: next })
    if (options.choose) await db.meta.put({ key: CHOSEN_KEY, value: id })
    return id!
  })
}

export async function deleteScheme(db: BoardDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const current = await db.meta.get(SAVED_KEY)
    if (isSavedList(current?.value))
      await db.meta.put({ key: SAVED_KEY, value: current.value.filter((e) => e.id !== id) })
    const chosen = await db.meta.get(CHOSEN_KEY)
    if (chosen?.value === id) await db.meta.delete(CHOSEN_KEY)
  })
}

/** Choose the scheme the board scores with (null: the published scheme if any, else the default). */
export async function chooseScheme(db: BoardDatabase, id: string | null): Promise<void> {
  if (id === null) await db.meta.delete(CHOSEN_KEY)
  else await db.meta.put({ key: CHOSEN_KEY, value: id })
}

/** Keep the published board's scheme file as last read (for a board opened without network). */
export async function keepPublishedScheme(db: BoardDatabase, name: string, text: string): Promise<void> {
  await keepPublishedCopy(db, 'scheme', name, text)
}

/** The scheme text last read under this name (parsed again by the caller, like any file). */
export async function keptPublishedScheme(db: BoardDatabase, name: string): Promise<string | null> {
  const v = await keptPublishedCopy(db, 'scheme', name)
  return typeof v === 'string' ? v : null
}
