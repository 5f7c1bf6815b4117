/// <reference lib="webworker" />
/**
 * The import worker: decoding, parsing and validating files off the main thread, so the page
 * stays responsive. Thin: it calls io + domain and posts results back. Cancel = terminate().
 */
import { InputError } from '../domain/errors'
import { said } from '../i18n/said'
import { readInputFile } from '../io/read'
import { setPdfAssetBase } from '../io/report/pdf-engine'
import { checkReport } from '../domain/rules'
import { todayIso } from '../domain/rules/deadline'
import { packRecords, reportOf, type ReportRecord } from '../domain/record'
import type { Finding } from '../domain/types'
import { sha256Hex } from '../browser/sha256'
import { fileFailure, type FromWorker, type PostedOutcome, type ToWorker } from './import-protocol'

declare const self: DedicatedWorkerGlobalScope

function post(message: FromWorker, transfer: Transferable[] = []) {
  self.postMessage(message, transfer)
}

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const { files, checks, pdfAssets } = event.data
  setPdfAssetBase(pdfAssets)
  let reports = 0
  // The rules run after every file is read: the preview can be planned and committed meanwhile,
  // and the findings fill in as they come (on the other core while the page stores the reports).
  const toCheck: { index: number; records: ReportRecord[] }[] = []
  for (let i = 0; i < files.length; i++) {
    const file = files[i]
    post({ type: 'progress', done: i, total: files.length, current: file.name, reports })
    const hash = await sha256Hex(file.bytes)
    let outcome: PostedOutcome
    try {
      const result = await readInputFile(file.name, new Uint8Array(file.bytes), file.hints)
      outcome = {
        ok: true,
        name: file.name,
        sha256: hash,
        size: file.bytes.byteLength,
        format: result.format,
        // Compact records cross to the page packed: their cells one array, transferred, not copied.
        packed: packRecords(result.records),
        warnings: result.warnings,
        findings: result.parseFindings,
      }
      if (checks) toCheck.push({ index: i, records: result.records })
      reports += result.records.length
    } catch (e) {
      const known = e instanceof InputError
      const error = known ? e : said('read.internal', { why: e instanceof Error ? e.message : String(e) })
      outcome = fileFailure(
        { name: file.name, sha256: hash, size: file.bytes.byteLength },
        error,
        known ? e : undefined,
      )
    }
    post({ type: 'file', index: i, outcome }, outcome.ok ? [outcome.packed.cells.buffer] : [])
  }
  post({ type: 'progress', done: files.length, total: files.length, current: '', reports })
  post({ type: 'read' })
  const today = todayIso() // once, not once per report
  for (const file of toCheck) {
    const findings: Finding[] = []
    // One nested view at a time, for the rules that read reports that way.
    for (const r of file.records) for (const f of checkReport(reportOf(r), { today }).findings) findings.push(f)
    post({ type: 'findings', index: file.index, findings })
  }
  post({ type: 'done' })
}
