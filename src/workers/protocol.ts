/** Messages between the page and the import worker. */
import type { InputProblem } from '../domain/errors'
import type { Finding, Report } from '../domain/types'
import type { ReadHints } from '../io/read'

export interface WorkerFileInput {
  name: string
  bytes: ArrayBuffer
  hints?: ReadHints
}

export type FileOutcome =
  | {
      ok: true
      name: string
      sha256: string
      size: number
      format: string
      reports: Report[]
      warnings: InputProblem[]
      /** Parser findings and single-report rule findings, each with office and year. */
      findings: Finding[]
    }
  | { ok: false; name: string; sha256: string; size: number; error: string; problems: InputProblem[] }

export type ToWorker = { type: 'read'; files: WorkerFileInput[] }

export type FromWorker =
  | { type: 'progress'; done: number; total: number; current: string; reports: number }
  | { type: 'file'; index: number; outcome: FileOutcome }
  | { type: 'done' }
