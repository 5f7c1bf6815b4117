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
  | { ok: false; name: string; sha256: string; size: number; error: string; problems: InputProblem[]; /** All problems found (only the first ones are kept in `problems`). */ problemCount: number }

export type ToWorker = { type: 'read'; files: WorkerFileInput[] }

/**
 * On the wire, a file's reports travel as one JSON string: for 20,000 nested reports that is
 * several times cheaper than structured-cloning the objects (measured by npm run bench).
 */
export type WireOutcome = Exclude<FileOutcome, { ok: true }> | (Omit<Extract<FileOutcome, { ok: true }>, 'reports'> & { reportsJson: string })

export type FromWorker =
  | { type: 'progress'; done: number; total: number; current: string; reports: number }
  | { type: 'file'; index: number; outcome: WireOutcome }
  | { type: 'done' }
