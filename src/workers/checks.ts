/**
 * Running the checks over everything stored: in the checks worker when the browser has workers
 * (one worker, kept for the session), else inline (unit tests, very old browsers).
 */
import type { BoardDatabase } from '../db/schema'
import { checkStoredPages, type StoredChecks } from './checkPages'
import type { CheckReply } from './checks-protocol'
import ChecksWorker from './checks.worker?worker'

let worker: Worker | undefined
let nextRun = 1
const pending = new Map<number, { resolve: (r: StoredChecks | null) => void; reject: (e: Error) => void }>()

function getWorker(): Worker {
  if (worker) return worker
  const w = new ChecksWorker()
  w.onmessage = (e: MessageEvent<CheckReply>) => {
    const m = e.data
    const p = pending.get(m.run)
    if (!p) return
    pending.delete(m.run)
    if (m.ok) p.resolve(m.result)
    else if ('cancelled' in m) p.resolve(null)
    else p.reject(new Error(m.error))
  }
  w.onerror = (e) => {
    // A worker that cannot start or crashed: fail what is waiting; the next run starts a new one.
    for (const p of pending.values()) p.reject(new Error(e.message || '检查线程出错'))
    pending.clear()
    worker = undefined
    w.terminate()
  }
  worker = w
  return w
}

export interface CheckRun {
  /** The checks, or null when the run was cancelled. */
  result: Promise<StoredChecks | null>
  cancel: () => void
}

/** Every check over all stored reports of `db` (the worker opens the same database by name). */
export function checkStored(db: BoardDatabase, dissolved: ReadonlyMap<string, number>): CheckRun {
  if (typeof Worker === 'undefined') {
    let stop = false
    return { result: checkStoredPages(db, { dissolved, cancelled: () => stop }), cancel: () => (stop = true) }
  }
  const run = nextRun++
  const result = new Promise<StoredChecks | null>((resolve, reject) => {
    pending.set(run, { resolve, reject })
    getWorker().postMessage({ type: 'check', run, dbName: db.name, dissolved: [...dissolved] })
  })
  return { result, cancel: () => worker?.postMessage({ type: 'cancel', run }) }
}
