/** Messages between the page and the checks worker. */
import type { StoredChecks } from './checkPages'

export type CheckRequest =
  | {
      type: 'check'
      run: number
      dbName: string
      /** Office → first year it no longer exists. */
      dissolved: [string, number][]
    }
  /** Stop a run at the next page (its result would be stale): it replies `cancelled`. */
  | { type: 'cancel'; run: number }

export type CheckReply =
  | { run: number; ok: true; result: StoredChecks }
  | { run: number; ok: false; error: string }
  | { run: number; ok: false; cancelled: true }
