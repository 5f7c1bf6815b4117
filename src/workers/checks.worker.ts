/// <reference lib="webworker" />
/**
 * The checks worker: runs every rule over all stored reports off the main thread, so opening the
 * board or finishing an import never freezes the page for the checks (with 20,000 reports they
 * take seconds on an office PC). It reads the reports from IndexedDB itself: nothing large is
 * posted in, only the findings come back.
 */
import { previousVersions } from '../analysis/revisions'
import { readRecords } from '../db/pages'
import { BoardDatabase } from '../db/schema'
import { checkRecords } from '../domain/rules'
import type { CheckReply, CheckRequest } from './checks-protocol'

declare const self: DedicatedWorkerGlobalScope

const databases = new Map<string, BoardDatabase>()

self.onmessage = async (event: MessageEvent<CheckRequest>) => {
  const { run, dbName, dissolved } = event.data
  let reply: CheckReply
  try {
    let db = databases.get(dbName)
    if (!db) databases.set(dbName, (db = new BoardDatabase(dbName)))
    // The import history's replaced versions: a re-imported report whose figures changed while its
    // publication date did not is revised-after-publication.
    const [records, batches] = await Promise.all([readRecords(db), db.batches.toArray()])
    const result = checkRecords(records, { dissolved: new Map(dissolved), previousVersions: previousVersions(batches) })
    reply = { run, ok: true, result }
  } catch (e) {
    reply = { run, ok: false, error: e instanceof Error ? e.message : String(e) }
  }
  self.postMessage(reply)
}
