/**
 * The supervisor's district map (GeoJSON they imported), kept in the `meta` table so it survives a
 * reload and travels in a backup. Read back through the map's own checks: a backup is a file, and
 * files are untrusted.
 */
import { describeMapProblem, storedDistrictMap, type DistrictMap } from '../io/districtMap'
import { keepPublishedCopy, keptPublishedCopy } from './published'
import type { BoardDatabase } from './schema'

const MAP_KEY = 'districtMap'

export interface StoredDistrictMap {
  map: DistrictMap | null
  /** Why a stored map could not be used (a hand-edited backup). */
  unreadable: string | null
}

export async function readDistrictMap(db: BoardDatabase): Promise<StoredDistrictMap> {
  const row = await db.meta.get(MAP_KEY)
  if (row === undefined) return { map: null, unreadable: null }
  try {
    return { map: storedDistrictMap(row.value), unreadable: null }
  } catch (e) {
    return { map: null, unreadable: describeMapProblem(e) }
  }
}

/** Replace the stored map (the caller has checked it with parseDistrictMap). */
export async function saveDistrictMap(db: BoardDatabase, map: DistrictMap): Promise<void> {
  await db.meta.put({ key: MAP_KEY, value: map })
}

export async function deleteDistrictMap(db: BoardDatabase): Promise<void> {
  await db.meta.delete(MAP_KEY)
}

/** Keep the published map last read (named by the manifest's `map`), for a board opened offline. */
export async function keepPublishedMap(db: BoardDatabase, name: string, map: DistrictMap): Promise<void> {
  await keepPublishedCopy(db, 'map', name, map)
}

/** The published map last read under this name, checked again (the database is not trusted more than a file). */
export async function keptPublishedMap(db: BoardDatabase, name: string): Promise<DistrictMap | null> {
  const v = await keptPublishedCopy(db, 'map', name)
  if (v === undefined) return null
  try {
    return storedDistrictMap(v)
  } catch {
    return null
  }
}
