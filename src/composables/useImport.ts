/**
 * Importing files: read and validate in the worker (with progress, cancellable), preview what
 * would change, then commit — through the data store, one transaction per file in one batch that
 * can be undone.
 */
import { computed, getCurrentScope, onScopeDispose, ref, shallowRef } from 'vue'
import type { CommittedBatch, PlannedFile } from '../db/imports'
import { reportKey } from '../domain/report'
import type { Finding } from '../domain/types'
import { sizeProblem, type ReadHints } from '../io/read'
import { useDataStore } from '../stores/data'
import { readFilesInWorker } from '../workers/importClient'
import { fileFailure, type FileOutcome } from '../workers/import-protocol'

export interface ImportItem {
  id: number
  file: File
  hints: ReadHints
  outcome?: FileOutcome
  plan?: PlannedFile
  /** Single-report findings per report key. */
  findings: Map<string, Finding[]>
  /** The rule findings are still being computed (the preview shows "检查中…"; commit need not wait). */
  checking?: boolean
  /** Batch that imported exactly these bytes before. */
  importedBefore?: number
}

export interface CommitSummary extends CommittedBatch {
  unchanged: number
}

export function useImport() {
  const items = shallowRef<ImportItem[]>([])
  const progress = ref<{ done: number; total: number; current: string; reports: number } | null>(null)
  const reading = ref(false)
  const committing = ref(false)
  const cancelled = ref(false)
  const summary = ref<CommitSummary | null>(null)
  let cancelRun: (() => void) | null = null
  let nextId = 1

  /** Items are replaced, never mutated, so the preview components see every change. */
  function patch(id: number, changes: Partial<ImportItem>): ImportItem | undefined {
    let updated: ImportItem | undefined
    items.value = items.value.map((it) => (it.id === id ? (updated = { ...it, ...changes }) : it))
    return updated
  }

  const data = useDataStore()

  async function readFiles(all: ImportItem[]): Promise<void> {
    // A file over the limit is refused before its bytes are loaded into the page.
    const targets = all.filter((it) => {
      const problem = sizeProblem(it.file.size)
      if (problem)
        patch(it.id, { outcome: fileFailure({ name: it.file.name, sha256: '', size: it.file.size }, problem) })
      return !problem
    })
    if (!targets.length) return
    reading.value = true
    cancelled.value = false
    summary.value = null
    progress.value = { done: 0, total: targets.length, current: targets[0].file.name, reports: 0 }
    holdChecks()
    const inputs = await Promise.all(
      targets.map(async (it) => ({ name: it.file.name, bytes: await it.file.arrayBuffer(), hints: it.hints })),
    )
    const run = readFilesInWorker(inputs, {
      onProgress: (done, total, current, reports) => (progress.value = { done, total, current, reports }),
      onFile: async (index, outcome) => {
        const item = targets[index]
        // Synchronously, so the rule findings that follow land on this item.
        patch(item.id, {
          outcome,
          checking: outcome.ok,
          findings: outcome.ok ? byReport(new Map(), outcome.findings) : new Map(),
        })
        if (outcome.ok) {
          const { name, sha256, size, format, records } = outcome
          // Reads only the stored versions of the reports this file would replace.
          patch(item.id, { plan: await data.planImport({ name, sha256, size, format }, records) })
        }
        patch(item.id, { importedBefore: await data.importedBefore(outcome.sha256) })
      },
      onFindings: (index, found) => {
        const current = items.value.find((it) => it.id === targets[index].id)
        if (current) patch(current.id, { findings: byReport(new Map(current.findings), found), checking: false })
      },
    })
    cancelRun = run.cancel
    stopChecks.add(run.cancel)
    void run.checked.then(() => stopChecks.delete(run.cancel))
    try {
      await run.done
    } finally {
      cancelRun = null
      reading.value = false
      if (!ready.value.length) releaseChecks()
    }
  }

  // The checks of what is stored wait from the first file read until the import is committed or
  // dropped: they would compete with it for the CPU (and for IndexedDB), and be stale at once.
  let releaseHold: (() => void) | null = null
  function holdChecks() {
    releaseHold ??= data.holdChecks()
  }
  function releaseChecks() {
    releaseHold?.()
    releaseHold = null
  }
  if (getCurrentScope()) onScopeDispose(releaseChecks)

  /** Findings added to a report-key map. */
  function byReport(map: Map<string, Finding[]>, found: readonly Finding[]): Map<string, Finding[]> {
    for (const f of found) {
      const k = reportKey({ office: f.office ?? '', year: f.year ?? 0 })
      const list = map.get(k)
      if (list) list.push(f)
      else map.set(k, [f])
    }
    return map
  }

  /** Workers still checking files whose preview is on screen: stopped when the preview goes. */
  const stopChecks = new Set<() => void>()
  function stopChecking() {
    for (const stop of stopChecks) stop()
    stopChecks.clear()
  }

  async function add(files: File[]) {
    const fresh = files.map((file): ImportItem => ({ id: nextId++, file, hints: {}, findings: new Map() }))
    items.value = [...items.value, ...fresh]
    await readFiles(fresh)
  }

  /** Read one file again with what the user typed (office, region, year for report texts). */
  async function retry(item: ImportItem, hints: ReadHints) {
    const updated = patch(item.id, { hints, outcome: undefined, plan: undefined, findings: new Map() })
    if (updated) await readFiles([updated])
  }

  function cancel() {
    cancelRun?.()
    cancelRun = null
    reading.value = false
    cancelled.value = true
    progress.value = null
    items.value = items.value.filter((it) => it.outcome)
    if (!ready.value.length) releaseChecks()
  }

  function remove(item: ImportItem) {
    items.value = items.value.filter((it) => it.id !== item.id)
    if (!ready.value.length) releaseChecks()
  }

  function clear() {
    stopChecking()
    items.value = []
    summary.value = null
    progress.value = null
    releaseChecks()
  }

  const ready = computed(() =>
    items.value.filter((it) => it.plan && it.plan.reports.some((p) => p.status !== 'unchanged')),
  )

  async function commit(kind: 'import' | 'demo' = 'import'): Promise<CommitSummary> {
    committing.value = true
    // The preview's findings are of no use once it is committed; the core is (IndexedDB's writes).
    stopChecking()
    try {
      let unchanged = 0
      for (const it of items.value)
        if (it.plan) unchanged += it.plan.reports.filter((p) => p.status === 'unchanged').length
      const files = ready.value.map((it) => it.plan!)
      const committed: CommittedBatch = files.length
        ? await data.commitImport(files, kind)
        : { batchId: null, added: 0, replaced: 0, failed: [] }
      const result: CommitSummary = { ...committed, unchanged }
      summary.value = result
      // A refused import keeps its preview: the user can drop a file and try again.
      if (!result.refused) {
        items.value = []
        releaseChecks()
      }
      return result
    } finally {
      committing.value = false
    }
  }

  return { items, progress, reading, committing, cancelled, summary, ready, add, retry, cancel, remove, clear, commit }
}
