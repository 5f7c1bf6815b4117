/** Messages between the page and the checks worker. */
import type { CheckResult } from '../domain/rules'

export interface CheckRequest {
  run: number
  dbName: string
  /** Office → first year it no longer exists. */
  dissolved: [string, number][]
}

export type CheckReply = { run: number; ok: true; result: CheckResult } | { run: number; ok: false; error: string }
