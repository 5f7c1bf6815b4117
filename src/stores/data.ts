/**
 * The data the views read: every stored report, the office registry and import batches, kept in
 * step with IndexedDB (also across tabs) through Dexie's liveQuery. Big arrays live in shallowRef.
 *
 * It is also the one door for writes: importing, undoing a batch, editing the office registry,
 * backup/restore/clear and the published data are actions of this store. src/db does the work in
 * transactions; no component or composable opens the database. liveQuery brings every change
 * back, so an action returns nothing to merge into the state.
 */
import { liveQuery, type Subscription } from 'dexie'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { checkAnomalies } from '../analysis/anomalies'
import type { OfficeKind } from '../domain/model'
import type { CheckResult } from '../domain/rules'
import type { Finding, Narrative } from '../domain/types'
import { fetchManifest, parseManifest, readPublishedFiles, type Manifest } from '../browser/published'
import * as backups from '../db/backup'
import * as imports from '../db/imports'
import { getDb } from '../db/instance'
import * as registry from '../db/offices'
import { recordsOfPages } from '../db/pages'
import { applyPublished, publishedHash } from '../db/published'
import type { BoardDatabase, ImportBatch, OfficeRecord, StoredRecord } from '../db/schema'
import { describeStorageError, storageProblem } from '../db/storage'
import type { ReportRecord } from '../domain/record'
import { reportKey } from '../domain/report'
import { checkStored } from '../workers/checks'

export const useDataStore = defineStore('data', () => {
  /**
   * Every stored report as its compact record (cells are views into the page buffers): what the
   * views, the column store and import planning read. A nested report is built only where one is
   * shown (an office's page) or written (JSON).
   */
  const records = shallowRef<readonly StoredRecord[]>([])
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
    void syncPublished()
    subscriptions = [
      liveQuery(() => db.pages.toArray()).subscribe({
        next: (pages) => {
          records.value = recordsOfPages(pages)
          loaded.value = true
        },
        error: onError,
      }),
      liveQuery(() => db.offices.toArray()).subscribe({ next: (rows) => (offices.value = rows), error: onError }),
      liveQuery(() => db.batches.orderBy('id').reverse().toArray()).subscribe({
        next: (rows) => (batches.value = rows),
        error: onError,
      }),
    ]
  }

  /** True while data/manifest.json is checked and loaded: the first-run screen waits for it. */
  const publishing = ref(true)
  /** The published board's manifest (null without one): its files, and the scheme it ships. */
  const manifest = shallowRef<Manifest | null>(null)
  /** Fingerprint of the manifest this page loaded (the update prompt compares the server's with it). */
  const manifestHash = ref<string | null>(null)

  function stop() {
    for (const s of subscriptions) s.unsubscribe()
    subscriptions = []
  }

  // Kept as the same object while the dissolutions are the same, so an unrelated change to the
  // registry (which arrives right after the reports on open) does not re-run every check.
  let dissolvedKey = ''
  let dissolvedMap = new Map<string, number>()
  const dissolved = computed(() => {
    const entries = offices.value
      .filter((o) => o.dissolvedFrom)
      .map((o) => [o.name, o.dissolvedFrom!] as [string, number])
    const key = JSON.stringify(entries)
    if (key !== dissolvedKey) {
      dissolvedKey = key
      dissolvedMap = new Map(entries)
    }
    return dissolvedMap
  })

  /** Findings of every rule over all stored reports (cross-report rules need them all). */
  // Computed in the checks worker: with 20,000 reports they take seconds, and neither the first
  // paint nor a filter change should wait for them. `checking` says the figures that depend on
  // findings are not ready yet (they show "…").
  const checks = shallowRef<CheckResult>({ findings: [], notAssessable: [] })
  const checking = ref(true)
  let checkRun = 0
  watch(
    [records, dissolved, loaded],
    () => {
      if (!loaded.value) return
      const run = ++checkRun
      checking.value = true
      checkStored(getDb().name, records.value, dissolved.value, batches.value).then(
        (result) => {
          if (run !== checkRun) return
          checks.value = result
          checking.value = false
        },
        (e: unknown) => {
          if (run !== checkRun) return
          storageError.value ??= describeStorageError(e)
          checking.value = false
        },
      )
    },
    { immediate: true },
  )

  /** Review-only warnings (year-on-year anomalies, zero-requests): scored only by a scheme that names them. */
  const anomalies = computed<Finding[]>(() => checkAnomalies(records.value))

  /**
   * Region and kind of every office name (findings carry only the name): the registry first, else
   * the office's newest report — so findings of any office can be filtered by region and kind.
   */
  const officeInfo = computed(() => {
    const map = new Map<string, { region: string | null; officeKind: OfficeKind }>()
    const newest = new Map<string, number>()
    for (const r of records.value) {
      if ((newest.get(r.office) ?? -Infinity) >= r.year) continue
      newest.set(r.office, r.year)
      map.set(r.office, { region: r.region, officeKind: r.officeKind })
    }
    for (const o of offices.value) map.set(o.name, { region: o.region, officeKind: o.officeKind })
    return map
  })

  const isEmpty = computed(() => loaded.value && !publishing.value && records.value.length === 0)

  /** The narrative of one stored report (undefined when it has none or there is no such report). */
  async function narrativeOf(office: string, year: number): Promise<Narrative | undefined> {
    return records.value.find((r) => r.office === office && r.year === year)?.narrative
  }

  // ---- Writes ----

  /** Run work on the database: our own refusals keep their words, IndexedDB's failures are explained. */
  async function withDb<T>(work: (db: BoardDatabase) => Promise<T>): Promise<T> {
    try {
      return await work(getDb())
    } catch (e) {
      throw e instanceof Error && !('inner' in e) ? e : new Error(describeStorageError(e), { cause: e })
    }
  }

  const undoBatch = (id: number) => withDb((db) => imports.undoBatch(db, id))
  const editOffice = (name: string, changes: registry.OfficeChanges) =>
    withDb((db) => registry.editOffice(db, name, changes))
  const mergeOffices = (from: string, into: string) => withDb((db) => registry.mergeOffices(db, from, into))
  const deleteOffice = (name: string) => withDb((db) => registry.deleteOffice(db, name))
  const createBackup = () => withDb((db) => backups.createBackup(db))
  const restoreBackup = (backup: backups.Backup) => withDb((db) => backups.restoreBackup(db, backup))
  const clearAll = () => withDb((db) => backups.clearDatabase(db))

  /** What an import is planned against: the stored reports by key, and the registry's aliases. */
  function importBase(): Promise<{ existing: Map<string, ReportRecord>; aliases: Map<string, string> }> {
    return withDb(async (db) => {
      const [existing, aliases] = await Promise.all([
        // Held in memory once loaded (in step with IndexedDB): no second read of every page.
        loaded.value ? new Map(records.value.map((r) => [reportKey(r), r])) : imports.storedRecordsByKey(db),
        imports.aliasIndex(db),
      ])
      return { existing, aliases }
    })
  }

  /** The batch that imported exactly these bytes before (and was not undone). */
  const importedBefore = (sha256: string) => withDb((db) => imports.findImportedFile(db, sha256))

  /** Store previewed files as one batch (see db/imports.ts commitBatch); failures are per file. */
  async function commitImport(
    files: readonly imports.PlannedFile[],
    kind: 'import' | 'demo',
  ): Promise<imports.CommittedBatch> {
    const { existing, aliases } = await importBase()
    return withDb((db) => imports.commitBatch(db, kind, files, existing, aliases))
  }

  /**
   * Load the data the board is hosted with (data/manifest.json), replacing the published batch
   * when the manifest changed since it was loaded. A failure is shown like a storage problem.
   */
  async function syncPublished(): Promise<void> {
    try {
      const fetched = await fetchManifest()
      if (!fetched) return
      manifestHash.value = fetched.hash
      manifest.value = parseManifest(JSON.parse(fetched.text))
      const db = getDb()
      const previous = await publishedHash(db)
      if (previous === fetched.hash) return
      const { files } = manifest.value
      // The build ships an empty manifest (so a board without published data makes no failing request).
      if (files.length === 0 && previous === null) return
      await applyPublished(db, fetched.hash, await readPublishedFiles(files))
    } catch (e) {
      storageError.value ??= storageProblem(e) ?? (e instanceof Error ? e.message : String(e))
    } finally {
      publishing.value = false
    }
  }

  return {
    records,
    offices,
    batches,
    loaded,
    storageError,
    publishing,
    manifest,
    manifestHash,
    checks,
    checking,
    anomalies,
    officeInfo,
    isEmpty,
    narrativeOf,
    start,
    stop,
    undoBatch,
    editOffice,
    mergeOffices,
    deleteOffice,
    createBackup,
    restoreBackup,
    clearAll,
    importBase,
    importedBefore,
    commitImport,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useDataStore, import.meta.hot))
