/**
 * Importing files: read and validate in the worker (with progress, cancellable), preview what
 * would change, then commit one transaction per file in one batch that can be undone.
 */
import { computed, ref, shallowRef } from 'vue'
import { aliasIndex, commitFile, findImportedFile, planFile, startBatch, type PlannedFile } from '../db/imports'
import { getDb } from '../db/instance'
import { describeStorageError } from '../db/storage'
import { reportKey } from '../domain/report'
import { checkReport } from '../domain/rules'
import type { Finding, Report } from '../domain/types'
import type { ReadHints } from '../io/read'
import type { FileOutcome, FromWorker } from '../workers/protocol'
import ImportWorker from '../workers/import.worker?worker'

export interface ImportItem {
  id: number
  file: File
  hints: ReadHints
  outcome?: FileOutcome
  plan?: PlannedFile
  /** Single-report findings per report key. */
  findings: Map<string, Finding[]>
  /** Batch that imported exactly these bytes before. */
  importedBefore?: number
}

export interface CommitSummary {
  batchId: number | null
  added: number
  replaced: number
  unchanged: number
  failed: { name: string; error: string }[]
}

export function useImport() {
  const items = shallowRef<ImportItem[]>([])
  const progress = ref<{ done: number; total: number; current: string } | null>(null)
  const reading = ref(false)
  const committing = ref(false)
  const cancelled = ref(false)
  const summary = ref<CommitSummary | null>(null)
  let worker: Worker | null = null
  let nextId = 1

  /** Items are replaced, never mutated, so the preview components see every change. */
  function patch(id: number, changes: Partial<ImportItem>): ImportItem | undefined {
    let updated: ImportItem | undefined
    items.value = items.value.map((it) => (it.id === id ? (updated = { ...it, ...changes }) : it))
    return updated
  }

  async function existingReports(): Promise<Map<string, Report>> {
    const db = getDb()
    const all = await db.reports.toArray()
    return new Map(all.map((r) => [reportKey(r), r]))
  }

  async function readFiles(targets: ImportItem[]): Promise<void> {
    if (!targets.length) return
    reading.value = true
    cancelled.value = false
    summary.value = null
    progress.value = { done: 0, total: targets.length, current: targets[0].file.name }
    const inputs = await Promise.all(targets.map(async (it) => ({ name: it.file.name, bytes: await it.file.arrayBuffer(), hints: it.hints })))
    const [existing, aliases] = await Promise.all([existingReports(), aliasIndex(getDb())])
    await new Promise<void>((resolve) => {
      worker = new ImportWorker()
      // File results are processed asynchronously; 'done' waits for all of them.
      const pending: Promise<void>[] = []
      const onFile = async (m: Extract<FromWorker, { type: 'file' }>) => {
        const item = targets[m.index]
        const changes: Partial<ImportItem> = { outcome: m.outcome }
        if (m.outcome.ok) {
          const { name, sha256, size, format, reports } = m.outcome
          const plan = planFile({ name, sha256, size, format }, reports, existing, aliases)
          const findings = new Map(plan.reports.map((p) => [reportKey(p.report), checkReport(p.report).findings]))
          for (const f of m.outcome.parseFindings) {
            const k = reportKey({ office: f.office ?? '', year: f.year ?? 0 })
            findings.set(k, [...(findings.get(k) ?? []), f])
          }
          Object.assign(changes, { plan, findings })
        }
        changes.importedBefore = await findImportedFile(getDb(), m.outcome.sha256)
        patch(item.id, changes)
      }
      worker.onmessage = (e: MessageEvent<FromWorker>) => {
        const m = e.data
        if (m.type === 'progress') progress.value = { done: m.done, total: m.total, current: m.current }
        else if (m.type === 'file') pending.push(onFile(m))
        else if (m.type === 'done') {
          worker?.terminate()
          worker = null
          void Promise.allSettled(pending).then(() => resolve())
        }
      }
      worker.onerror = (e) => {
        for (const it of targets) {
          const current = items.value.find((x) => x.id === it.id)
          if (current && !current.outcome) patch(it.id, { outcome: { ok: false, name: it.file.name, sha256: '', size: it.file.size, error: `读取失败：${e.message}`, problems: [] } })
        }
        worker?.terminate()
        worker = null
        resolve()
      }
      worker.postMessage({ type: 'read', files: inputs }, inputs.map((i) => i.bytes))
    })
    reading.value = false
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
    worker?.terminate()
    worker = null
    reading.value = false
    cancelled.value = true
    progress.value = null
    items.value = items.value.filter((it) => it.outcome)
  }

  function remove(item: ImportItem) {
    items.value = items.value.filter((it) => it.id !== item.id)
  }

  function clear() {
    items.value = []
    summary.value = null
    progress.value = null
  }

  const ready = computed(() => items.value.filter((it) => it.plan && it.plan.reports.some((p) => p.status !== 'unchanged')))

  async function commit(kind: 'import' | 'demo' = 'import'): Promise<CommitSummary> {
    committing.value = true
    const db = getDb()
    const result: CommitSummary = { batchId: null, added: 0, replaced: 0, unchanged: 0, failed: [] }
    try {
      for (const it of items.value) if (it.plan) result.unchanged += it.plan.reports.filter((p) => p.status === 'unchanged').length
      if (ready.value.length) {
        // Re-plan against the database as it is now (another tab may have written meanwhile).
        const [existing, aliases] = await Promise.all([existingReports(), aliasIndex(db)])
        result.batchId = await startBatch(db, kind)
        for (const it of ready.value) {
          const plan = planFile(it.plan!, it.plan!.reports.map((p) => p.report), existing, aliases)
          try {
            const rec = await commitFile(db, result.batchId, plan)
            result.added += rec.added
            result.replaced += rec.replaced
            for (const p of plan.reports) existing.set(reportKey(p.report), p.report)
          } catch (e) {
            result.failed.push({ name: it.file.name, error: describeStorageError(e) })
          }
        }
        const batch = await db.batches.get(result.batchId)
        if (batch && batch.files.length === 0) await db.batches.delete(result.batchId)
      }
      summary.value = result
      items.value = []
      return result
    } finally {
      committing.value = false
    }
  }

  return { items, progress, reading, committing, cancelled, summary, ready, add, retry, cancel, remove, clear, commit }
}
