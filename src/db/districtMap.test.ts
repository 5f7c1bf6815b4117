import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseDistrictMap } from '../io/districtMap'
import { createBackup, restoreBackup } from './backup'
import { deleteDistrictMap, readDistrictMap, saveDistrictMap } from './districtMap'
import { BoardDatabase } from './schema'

let db: BoardDatabase
let n = 0
beforeEach(async () => {
  db = new BoardDatabase(`district-map-test-${++n}`)
  await db.open()
})
afterEach(async () => {
  db.close()
  await db.delete()
})

const map = parseDistrictMap(
  {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name: '东城区' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        },
      },
    ],
  },
  'city.geojson',
)

describe('the stored district map', () => {
  it('is saved, read back, carried by a backup, and removed', async () => {
    expect(await readDistrictMap(db)).toEqual({ map: null, unreadable: null })
    await saveDistrictMap(db, map)
    expect((await readDistrictMap(db)).map).toEqual(map)

    const backup = await createBackup(db)
    await deleteDistrictMap(db)
    expect((await readDistrictMap(db)).map).toBeNull()
    await restoreBackup(db, JSON.parse(JSON.stringify(backup)))
    expect((await readDistrictMap(db)).map).toEqual(map)
  })

  it('says so when a stored map is no longer valid (a hand-edited backup), and uses none', async () => {
    await db.meta.put({ key: 'districtMap', value: { fileName: 'x', areas: [{ name: '', polygons: [] }] } })
    const stored = await readDistrictMap(db)
    expect(stored.map).toBeNull()
    expect(stored.unreadable).toMatch(/缺少名称/)
  })
})

describe('the published copies kept for a board opened offline', () => {
  it('give back the map, the manifest and the scheme last read, only under the name they were read', async () => {
    const { keepPublishedMap, keptPublishedMap } = await import('./districtMap')
    const { keepPublishedManifest, keptPublishedManifest } = await import('./published')
    const { keepPublishedScheme, keptPublishedScheme } = await import('./schemes')
    expect(await keptPublishedMap(db, 'districts.geojson')).toBeNull()
    expect(await keptPublishedManifest(db)).toBeNull()
    await keepPublishedMap(db, 'districts.geojson', map)
    await keepPublishedManifest(db, { text: '{"files":[]}', hash: 'abc' })
    await keepPublishedScheme(db, 'scheme.json', '{"name":"x"}')
    expect(await keptPublishedMap(db, 'districts.geojson')).toEqual(map)
    expect(await keptPublishedMap(db, 'other.geojson')).toBeNull()
    expect(await keptPublishedManifest(db)).toEqual({ text: '{"files":[]}', hash: 'abc' })
    expect(await keptPublishedScheme(db, 'scheme.json')).toBe('{"name":"x"}')
    expect(await keptPublishedScheme(db, 'other.json')).toBeNull()
    // The imported map is another thing: it is not replaced by the published copy.
    expect((await readDistrictMap(db)).map).toBeNull()
  })

  it('a damaged kept map reads as none (it is checked again like a file)', async () => {
    const { keptPublishedMap } = await import('./districtMap')
    await db.meta.put({ key: 'publishedMap', value: { name: 'districts.geojson', value: { fileName: 1 } } })
    expect(await keptPublishedMap(db, 'districts.geojson')).toBeNull()
  })
})
