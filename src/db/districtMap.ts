/**
 * The supervisor's district map (GeoJSON they imported), kept in the `meta` table so it survives a
 * reload and travels in a backup. Read back through the map's own checks: a backup is a file, and
 * files are untrusted.
 */
import { describeMapProblem, storedDistrictMap, type DistrictMap } from '../io/districtMap'
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
