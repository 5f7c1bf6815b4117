/**
 * The supervisor's district map (GeoJSON of their districts) that the overview and rankings shade
 * by a metric: the one the user imported on the data page (kept in the database), else the one a
 * published board names in data/manifest.json (`"map": "districts.geojson"`). Importing and
 * removing are this store's actions (the one door for writes: src/db/districtMap.ts does the work).
 */
import { liveQuery, type Subscription } from 'dexie'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { fetchPublishedMap, readPublishedOrKept } from '../browser/published'
import * as maps from '../db/districtMap'
import { getDb } from '../db/instance'
import { describeStorageError, withStorageErrors } from '../db/storage'
import { checkDistrictMapSize, readDistrictMapText, type DistrictMap } from '../io/districtMap'
import { useDataStore } from './data'

export const useDistrictMapStore = defineStore('districtMap', () => {
  const data = useDataStore()
  const imported = shallowRef<DistrictMap | null>(null)
  /** Why the stored map cannot be used (it came from a hand-edited backup). */
  const unreadable = ref<string | null>(null)
  const published = shallowRef<DistrictMap | null>(null)
  /** Why the published board's map could not be used (shown on the data page). */
  const publishedError = ref<string | null>(null)
  let subscription: Subscription | undefined

  function start() {
    if (subscription) return
    subscription = liveQuery(() => maps.readDistrictMap(getDb())).subscribe({
      next: (stored) => {
        imported.value = stored.map
        unreadable.value = stored.unreadable
      },
      error: (e: unknown) => {
        data.storageError ??= describeStorageError(e)
      },
    })
  }

  // The published board's map, named by the manifest the data store reads.
  watch(
    () => data.manifest?.map,
    (file) => {
      published.value = null
      publishedError.value = null
      if (!file) return
      readPublishedOrKept(() => fetchPublishedMap(file), {
        keep: (map) => maps.keepPublishedMap(getDb(), file, map),
        kept: () => maps.keptPublishedMap(getDb(), file),
      }).then(
        (map) => {
          if (data.manifest?.map === file) published.value = map
        },
        (e: unknown) => {
          if (data.manifest?.map === file) publishedError.value = e instanceof Error ? e.message : String(e)
        },
      )
    },
    { immediate: true },
  )

  /** The map the charts draw, and where it came from. */
  const current = computed<{ map: DistrictMap; source: 'imported' | 'published' } | null>(() => {
    if (imported.value) return { map: imported.value, source: 'imported' }
    if (published.value) return { map: published.value, source: 'published' }
    return null
  })
  const areaNames = computed(() => current.value?.map.areas.map((a) => a.name) ?? [])

  /** A GeoJSON file the user picked: size-checked, read, validated (every bad feature named), stored. */
  async function importMap(file: File): Promise<DistrictMap> {
    checkDistrictMapSize(file.size, file.name)
    const map = readDistrictMapText(await file.text(), file.name)
    await withStorageErrors(() => maps.saveDistrictMap(getDb(), map))
    return map
  }
  const removeMap = () => withStorageErrors(() => maps.deleteDistrictMap(getDb()))

  return { imported, unreadable, published, publishedError, current, areaNames, start, importMap, removeMap }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useDistrictMapStore, import.meta.hot))
