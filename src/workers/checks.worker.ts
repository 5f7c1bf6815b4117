/// <reference lib="webworker" />
/**
 * The checks worker: runs every check over all stored reports off the main thread, so opening the
 * board or finishing an import never freezes the page for them (with 500,000 reports they take
 * tens of seconds). It reads the reports from IndexedDB itself, page by page (checkPages.ts):
 * nothing large is posted in, only the findings come back. A run can be cancelled between pages.
 */
import { BoardDatabase } from '../db/schema'
import { checkStoredPages } from './checkPages'
import type { CheckReply, CheckRequest } from './checks-protocol'

declare const self: DedicatedWorkerGlobalScope

const databases = new Map<string, BoardDatabase>()
const cancelled = new Set<number>()

self.onmessage = async (event: MessageEvent<CheckRequest>) => {
  const message = event.data
  if (message.type === 'cancel') {
    cancelled.add(message.run)
    return
  }
  const { run, dbName, dissolved } = message
  let reply: CheckReply
  try {
    let db = databases.get(dbName)
    if (!db) databases.set(dbName, (db = new BoardDatabase(dbName)))
    const result = await checkStoredPages(db, { dissolved: new Map(dissolved), cancelled: () => cancelled.has(run) })
    reply = result ? { run, ok: true, result } : { run, ok: false, cancelled: true }
  } catch (e) {
    reply = { run, ok: false, error: e instanceof Error ? e.message : String(e) }
  }
  cancelled.delete(run)
  self.postMessage(reply)
}
