/**
 * The data the views read, kept in step with IndexedDB (also across tabs): the resident column
 * store of every stored report (identities and the numbers the views sum — not the reports'
 * cells, which stay in IndexedDB: see stores/resident.ts and docs/architecture.md), the office
 * registry and the import batches, and the figures every view shares (the checks, run in the
 * checks worker over the stored pages; the findings index; the office info).
 *
 * A report's full record is read on demand: `officeRecords` (one office's page), `readRecords`
 * (an export of a selection), and import planning reads the stored versions of the reports a file
 * replaces. The store is also the one door for writes: importing, undoing a batch, editing the
 * office registry, backup/restore/clear and the published data are its actions; src/db does the
 * work in transactions and returns what changed, which the store patches into its columns.
 */
import { liveQuery, type Subscription } from 'dexie'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { rowOf, rowsOfOffice, type ReportColumns } from '../analysis/columns'
import type { FixedEntry } from '../analysis/fixes'
import type { OfficeKind } from '../domain/model'
import type { CheckResult } from '../domain/rules'
import type { Finding, Narrative } from '../domain/types'
import { fetchManifest, parseManifest, readPublishedFiles, type Manifest } from '../browser/published'
import * as backups from '../db/backup'
import { importCapacityProblem } from '../db/capacity'
import * as imports from '../db/imports'
import { getDb } from '../db/instance'
import * as registry from '../db/offices'
import { applyPublished, keepPublishedManifest, keptPublishedManifest, publishedHash } from '../db/published'
import type { KeyLocator, PageChange } from '../db/pages'
import type { BoardDatabase, ImportBatch, OfficeRecord } from '../db/schema'
import { describeStorageError, storageProblem, withStorageErrors } from '../db/storage'
import type { ReportRecord } from '../domain/record'
import { reportKey } from '../domain/report'
import { checkStored, type CheckRun } from '../workers/checks'
import { residentColumns } from './resident'

export const useDataStore = defineStore('data', () => {
  const storageError = ref<string | null>(null)
  const onError = (e: unknown) => {
    storageError.value ??= describeStorageError(e)
  }
  const resident = residentColumns(getDb, onError)
  /** Every stored report as columns (analysis/columns.ts): what the views filter and sum. */
  const columns = resident.columns
  const loaded = resident.loaded
  const offices = shallowRef<OfficeRecord[]>([])
  const batches = shallowRef<ImportBatch[]>([])
  let subscriptions: Subscription[] = []

  let started = false
  function start() {
    if (started) return
    started = true
    const db = getDb()
    void syncPublished()
    resident.start()
    // The registry and the import history (100,000 rows and every batch's keys at 500,000
    // reports) are read once the first view is drawn: the overview needs neither to draw.
    void resident.firstLoad.then(() =>
      afterPaint(() => {
        if (!started) return
        subscriptions = [
          liveQuery(() => registry.readOffices(db)).subscribe({
            next: (rows) => (offices.value = rows),
            error: onError,
          }),
          liveQuery(() => imports.readBatches(db)).subscribe({
            next: (rows) => (batches.value = rows),
            error: onError,
          }),
        ]
      }),
    )
  }

  /** True while data/manifest.json is checked and loaded: the first-run screen waits for it. */
  const publishing = ref(true)
  /** The published board's manifest (null without one): its files, and the scheme it ships. */
  const manifest = shallowRef<Manifest | null>(null)
  /** Fingerprint of the manifest this page loaded (the update prompt compares the server's with it). */
  const manifestHash = ref<string | null>(null)

  function stop() {
    started = false
    resident.stop()
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

  /**
   * Findings of every rule over all stored reports, the year-on-year anomalies (listed for review,
   * never scored) and 已整改: computed in the checks worker, which reads the stored pages itself.
   * With 500,000 reports they take tens of seconds; neither the first paint nor a filter change
   * waits for them, and `checking` says the figures that depend on them are not ready ("…").
   * While files are being read or committed they are held (a run then would only compete with
   * the import for the CPU and be stale at once).
   */
  const checks = shallowRef<CheckResult>({ findings: [], notAssessable: [] })
  const anomalies = shallowRef<Finding[]>([])
  const fixes = shallowRef<FixedEntry[]>([])
  const checking = ref(true)
  const checksHeld = ref(0)
  let checkRun: CheckRun | null = null
  watch(
    [columns, dissolved, loaded, checksHeld],
    () => {
      checkRun?.cancel()
      checkRun = null
      if (!loaded.value) return
      checking.value = true
      if (checksHeld.value > 0) return
      const run = (checkRun = checkStored(getDb(), dissolved.value))
      run.result.then(
        (result) => {
          if (run !== checkRun || !result) return
          const { anomalies: found, fixes: fixed, ...rules } = result
          checks.value = rules
          anomalies.value = found
          fixes.value = fixed
          checking.value = false
        },
        (e: unknown) => {
          if (run !== checkRun) return
          onError(e)
          checking.value = false
        },
      )
    },
    { immediate: true },
  )

  /** Hold the checks while an import reads or writes files; release it when done. */
  function holdChecks(): () => void {
    checksHeld.value++
    let released = false
    return () => {
      if (!released) checksHeld.value--
      released = true
    }
  }

  /**
   * Region and kind of every office name (findings carry only the name): the registry first, else
   * the office's newest report — so findings of any office can be filtered by region and kind.
   */
  const officeInfo = computed(() => {
    const cols = columns.value
    const newest = new Int32Array(cols.offices.length).fill(-1)
    const row = new Int32Array(cols.offices.length)
    for (let i = 0; i < cols.n; i++) {
      const o = cols.office[i]
      if (cols.year[i] > newest[o]) {
        newest[o] = cols.year[i]
        row[o] = i
      }
    }
    const map = new Map<string, { region: string | null; officeKind: OfficeKind }>()
    cols.offices.forEach((name, o) =>
      map.set(name, { region: cols.regions[cols.region[row[o]]], officeKind: cols.kinds[cols.kind[row[o]]] }),
    )
    for (const o of offices.value) map.set(o.name, { region: o.region, officeKind: o.officeKind })
    return map
  })

  /**
   * Every office as the registry lists it: each office with a report (region and kind of its
   * newest report) or with a registry row (which wins: what the user said), by name.
   */
  const officeList = computed<OfficeRecord[]>(() => {
    const rows = new Map(offices.value.map((o) => [o.name, o]))
    const out: OfficeRecord[] = []
    for (const [name, info] of officeInfo.value) {
      out.push(
        rows.get(name) ?? { name, region: info.region, officeKind: info.officeKind, aliases: [], dissolvedFrom: null },
      )
      rows.delete(name)
    }
    for (const o of rows.values()) out.push(o)
    return out
  })

  const isEmpty = computed(() => loaded.value && !publishing.value && columns.value.n === 0)

  // ---- Reads of full records ----

  /** The full records of rows of `cols` (default: the columns now), in that order: for exports. */
  const readRecords = (rows: ArrayLike<number>, cols: ReportColumns = columns.value) =>
    withDb(() => resident.records(cols, rows))

  /** One office's stored records, oldest year first. */
  const officeRecords = (name: string) => readRecords(rowsOfOffice(columns.value, name))

  /** The narrative of one stored report (undefined when it has none or there is no such report). */
  async function narrativeOf(office: string, year: number): Promise<Narrative | undefined> {
    const row = rowOf(columns.value, office, year)
    if (row < 0) return undefined
    const [record] = await readRecords([row])
    return record?.narrative
  }

  // ---- Writes ----

  /** Run work on the database: our own refusals keep their words, IndexedDB's failures are explained. */
  const withDb = <T>(work: (db: BoardDatabase) => Promise<T>): Promise<T> => withStorageErrors(() => work(getDb()))

  /** A write of stored reports: the change it returns is patched into the columns. */
  const writing = (work: (db: BoardDatabase, locator: KeyLocator | undefined) => Promise<PageChange | null>) =>
    withDb((db) =>
      resident.write(async ({ locator, apply }) => {
        const change = await work(db, locator())
        if (change) apply(change)
      }),
    )

  const undoBatch = (id: number) => writing((db, loc) => imports.undoBatch(db, id, loc))
  const editOffice = (name: string, changes: registry.OfficeChanges) =>
    writing((db, loc) => registry.editOffice(db, name, changes, loc))
  const mergeOffices = (from: string, into: string) => writing((db, loc) => registry.mergeOffices(db, from, into, loc))
  const deleteOffice = (name: string) => writing((db, loc) => registry.deleteOffice(db, name, loc))
  const createBackup = () => withDb((db) => backups.createBackup(db))
  const restoreBackup = (backup: backups.Backup) => withDb((db) => backups.restoreBackup(db, backup))
  const clearAll = () => withDb((db) => backups.clearDatabase(db))

  /** The registry's merges (old name → current name), from the registry in memory. */
  const aliases = computed(() => imports.aliasIndexOf(offices.value))

  /**
   * Plan a file's records against what is stored: only the stored versions of the reports it
   * would replace are read (a file of new offices reads nothing).
   */
  async function planImport(
    file: Omit<imports.PlannedFile, 'reports'>,
    records: readonly ReportRecord[],
  ): Promise<imports.PlannedFile> {
    const cols = columns.value
    const names = aliases.value
    const rows: number[] = []
    for (const r of records) {
      const row = rowOf(cols, imports.canonicalOfficeName(r.office, names), r.year)
      if (row >= 0) rows.push(row)
    }
    const existing = new Map((await readRecords(rows, cols)).map((r) => [reportKey(r), r]))
    return imports.planFile(file, records, existing, names)
  }

  /** The batch that imported exactly these bytes before (and was not undone). */
  const importedBefore = (sha256: string) => withDb((db) => imports.findImportedFile(db, sha256))

  /**
   * Store previewed files as one batch (see db/imports.ts commitBatch); failures are per file.
   * Refused whole, before anything is written, when the board would pass what the browser holds
   * (db/capacity.ts).
   */
  async function commitImport(
    files: readonly imports.PlannedFile[],
    kind: 'import' | 'demo',
  ): Promise<imports.CommittedBatch> {
    let adding = 0
    let written = 0
    for (const f of files)
      for (const p of f.reports) {
        if (p.status === 'new') adding++
        if (p.status !== 'unchanged') written++
      }
    const refused = await importCapacityProblem(columns.value.n, adding, written)
    if (refused) return { batchId: null, added: 0, replaced: 0, failed: [], refused }
    const release = holdChecks()
    try {
      return await withDb((db) =>
        resident.write(({ locator, apply }) => imports.commitBatch(db, kind, files, { locator, onWritten: apply })),
      )
    } finally {
      release()
    }
  }

  /**
   * Load the data the board is hosted with (data/manifest.json), replacing the published batch
   * when the manifest changed since it was loaded. A failure is shown like a storage problem.
   */
  async function syncPublished(): Promise<void> {
    try {
      const db = getDb()
      const fetched = await fetchManifest()
      if (!fetched) {
        // No answer (offline, or the server has none now): the published data stays as it was
        // loaded, and so do its manifest's scheme and map.
        const kept = await keptPublishedManifest(db)
        if (kept) {
          manifestHash.value = kept.hash
          manifest.value = parseManifest(JSON.parse(kept.text))
        }
        return
      }
      manifestHash.value = fetched.hash
      manifest.value = parseManifest(JSON.parse(fetched.text))
      await keepPublishedManifest(db, fetched)
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
    columns,
    offices,
    officeList,
    batches,
    loaded,
    storageError,
    publishing,
    manifest,
    manifestHash,
    checks,
    anomalies,
    fixes,
    checking,
    officeInfo,
    isEmpty,
    narrativeOf,
    start,
    stop,
    readRecords,
    officeRecords,
    holdChecks,
    undoBatch,
    editOffice,
    mergeOffices,
    deleteOffice,
    createBackup,
    restoreBackup,
    clearAll,
    planImport,
    importedBefore,
    commitImport,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useDataStore, import.meta.hot))

/** Run `work` when the page is idle after its next paint (at the latest after a second). */
function afterPaint(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 1000 })
  else setTimeout(work, 0)
}
