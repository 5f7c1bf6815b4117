/**
 * Running files through the import worker: one call, results in input order, progress reported,
 * cancellable (the worker is terminated).
 */
import type { ReadHints } from '../io/read'
import ImportWorker from './import.worker?worker'
import type { FileOutcome, FromWorker } from './protocol'

export interface FileToRead {
  name: string
  bytes: ArrayBuffer
  hints?: ReadHints
}

export interface WorkerRun {
  /** Resolves when every file has an outcome (or the run was cancelled: missing entries). */
  done: Promise<(FileOutcome | undefined)[]>
  cancel: () => void
}

export function readFilesInWorker(
  files: FileToRead[],
  handlers: {
    onProgress?: (done: number, total: number, current: string, reports: number) => void
    onFile?: (index: number, outcome: FileOutcome) => void | Promise<void>
  } = {},
): WorkerRun {
  const worker = new ImportWorker()
  const outcomes: (FileOutcome | undefined)[] = files.map(() => undefined)
  let finish: () => void = () => {}
  const pending: Promise<void>[] = []
  const done = new Promise<(FileOutcome | undefined)[]>((resolve) => {
    finish = () => {
      worker.terminate()
      void Promise.allSettled(pending).then(() => resolve(outcomes))
    }
  })
  worker.onmessage = (e: MessageEvent<FromWorker>) => {
    const m = e.data
    if (m.type === 'progress') handlers.onProgress?.(m.done, m.total, m.current, m.reports)
    else if (m.type === 'file') {
      const outcome = m.outcome
      outcomes[m.index] = outcome
      pending.push(Promise.resolve(handlers.onFile?.(m.index, outcome)))
    } else if (m.type === 'done') finish()
  }
  worker.onerror = (e) => {
    files.forEach((f, i) => {
      if (outcomes[i]) return
      outcomes[i] = { ok: false, name: f.name, sha256: '', size: f.bytes.byteLength, error: `读取失败：${e.message ?? '导入线程出错'}`, problems: [], problemCount: 0 }
      pending.push(Promise.resolve(handlers.onFile?.(i, outcomes[i]!)))
    })
    finish()
  }
  worker.postMessage({ type: 'read', files }, files.map((f) => f.bytes))
  return { done, cancel: finish }
}
