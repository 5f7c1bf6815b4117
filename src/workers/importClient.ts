/**
 * Running files through the import worker: one call, results in input order, progress reported,
 * cancellable (the worker is terminated).
 */
import ImportWorker from './import.worker?worker'
import type { Finding } from '../domain/types'
import { unpackRecords } from '../domain/record'
import {
  fileFailure,
  type FileOutcome,
  type FromWorker,
  type PostedOutcome,
  type ToWorker,
  type WorkerFileInput,
} from './import-protocol'
import { said } from '../i18n/said'

export interface WorkerRun {
  /** Resolves when every file has an outcome (or the run was cancelled: missing entries). */
  done: Promise<(FileOutcome | undefined)[]>
  /** Resolves when the rule findings of every file were delivered (or the run ended). */
  checked: Promise<void>
  cancel: () => void
}

export function readFilesInWorker(
  files: WorkerFileInput[],
  handlers: {
    onProgress?: (done: number, total: number, current: string, reports: number) => void
    onFile?: (index: number, outcome: FileOutcome) => void | Promise<void>
    /** With it, the worker also runs the single-report rules once every file is read. */
    onFindings?: (index: number, findings: Finding[]) => void
  } = {},
): WorkerRun {
  const worker = new ImportWorker()
  const outcomes: (FileOutcome | undefined)[] = files.map(() => undefined)
  let read: () => void = () => {}
  let finish: () => void = () => {}
  const pending: Promise<void>[] = []
  const done = new Promise<(FileOutcome | undefined)[]>((resolve) => {
    read = () => void Promise.allSettled(pending).then(() => resolve(outcomes))
  })
  const checked = new Promise<void>((resolve) => {
    finish = () => {
      worker.terminate()
      read()
      resolve()
    }
  })
  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    const m = e.data
    if (m.type === 'progress') handlers.onProgress?.(m.done, m.total, m.current, m.reports)
    else if (m.type === 'file') {
      const outcome = unpackOutcome(m.outcome)
      outcomes[m.index] = outcome
      pending.push(Promise.resolve(handlers.onFile?.(m.index, outcome)))
    } else if (m.type === 'read') read()
    else if (m.type === 'findings') handlers.onFindings?.(m.index, m.findings)
    else if (m.type === 'done') finish()
  }
  worker.onerror = (e) => {
    files.forEach((f, i) => {
      if (outcomes[i]) return
      const error = e.message ? said('read.workerFailed', { why: e.message }) : said('read.workerFailedUnknown')
      outcomes[i] = fileFailure({ name: f.name, sha256: '', size: f.bytes.byteLength }, error)
      pending.push(Promise.resolve(handlers.onFile?.(i, outcomes[i]!)))
    })
    finish()
  }
  const message: ToWorker = {
    type: 'read',
    files,
    checks: handlers.onFindings !== undefined,
    // Beside index.html (the build copies them there), so a board under a sub-path finds them.
    pdfAssets: new URL('pdfjs/', document.baseURI).href,
  }
  worker.postMessage(
    message,
    files.map((f) => f.bytes),
  )
  return { done, checked, cancel: finish }
}

/** A posted outcome with its records unpacked (their cells views into the one transferred array). */
function unpackOutcome(posted: PostedOutcome): FileOutcome {
  if (!posted.ok) return posted
  const { packed, ...rest } = posted
  return { ...rest, records: unpackRecords(packed) }
}
