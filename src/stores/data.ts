/**
 * The data the views read: every stored report, the office registry and import batches, kept in
 * step with IndexedDB (also across tabs) through Dexie's liveQuery. Big arrays live in shallowRef.
 */
import { liveQuery, type Subscription } from 'dexie'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { checkReports, type CheckResult } from '../domain/rules'
import { getDb } from '../db/instance'
import type { ImportBatch, OfficeRecord, StoredReport } from '../db/schema'
import { describeStorageError } from '../db/storage'

export const useDataStore = defineStore('data', () => {
  const reports = shallowRef<StoredReport[]>([])
  const offices = shallowRef<OfficeRecord[]>([])
  const batches = shallowRef<ImportBatch[]>([])
  const loaded = ref(false)
  const storageError = ref<string | null>(null)
  let subscriptions: Subscription[] = []

  function start() {
    if (subscriptions.length) return
    const db = getDb()
    const onError = (e: unknown) => {
      storageError.value = describeStorageError(e)
      loaded.value = true
    }
    subscriptions = [
      liveQuery(() => db.reports.toArray()).subscribe({
        next: (rows) => {
          reports.value = Object.freeze(rows) as StoredReport[]
          loaded.value = true
        },
        error: onError,
      }),
      liveQuery(() => db.offices.toArray()).subscribe({ next: (rows) => (offices.value = rows), error: onError }),
      liveQuery(() => db.batches.orderBy('id').reverse().toArray()).subscribe({ next: (rows) => (batches.value = rows), error: onError }),
    ]
  }

  function stop() {
    for (const s of subscriptions) s.unsubscribe()
    subscriptions = []
  }

  const dissolved = computed(() => {
    const map = new Map<string, number>()
    for (const o of offices.value) if (o.dissolvedFrom) map.set(o.name, o.dissolvedFrom)
    return map
  })

  /** Findings of every rule over all stored reports (cross-report rules need them all). */
  const checks = computed<CheckResult>(() => checkReports(reports.value, { dissolved: dissolved.value }))

  const isEmpty = computed(() => loaded.value && reports.value.length === 0)

  return { reports, offices, batches, loaded, storageError, checks, isEmpty, start, stop }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useDataStore, import.meta.hot))
