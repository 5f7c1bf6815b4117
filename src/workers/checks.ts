/**
 * Running the checks over everything stored: in the checks worker when the browser has workers
 * (one worker, kept for the session), else inline (unit tests, very old browsers).
 */
import { previousVersions, type BatchHistory } from '../analysis/revisions'
import { checkRecords, type CheckResult } from '../domain/rules'
import type { StoredRecord } from '../db/record'
import type { CheckReply } from './checks-protocol'
import ChecksWorker from './checks.worker?worker'

let worker: Worker | undefined
let nextRun = 1
const pending = new Map<number, { resolve: (r: CheckResult) => void; reject: (e: Error) => void }>()

function getWorker(): Worker {
  if (worker) return worker
  const w = new ChecksWorker()
  w.onmessage = (e: MessageEvent<CheckReply>) => {
    const m = e.data
    const p = pending.get(m.run)
    if (!p) return
    pending.delete(m.run)
    if (m.ok) p.resolve(m.result)
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

/**
 * Findings of every rule over all stored reports. `records` are what the page holds now; the
 * worker reads the same pages itself (the page does not post 20,000 reports to it).
 */
export function checkStored(
  dbName: string,
  records: readonly StoredRecord[],
  dissolved: ReadonlyMap<string, number>,
  batches: readonly BatchHistory[],
): Promise<CheckResult> {
  if (typeof Worker === 'undefined')
    return Promise.resolve(checkRecords(records, { dissolved, previousVersions: previousVersions(batches) }))
  const run = nextRun++
  return new Promise<CheckResult>((resolve, reject) => {
    pending.set(run, { resolve, reject })
    getWorker().postMessage({ run, dbName, dissolved: [...dissolved] })
  })
}
