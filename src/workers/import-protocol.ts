/** Messages between the page and the import worker. */
import type { InputProblem } from '../domain/errors'
import type { ReportRecord } from '../domain/record'
import type { Finding } from '../domain/types'
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
      /** The file's reports in compact form (typed arrays clone as bytes: cheap to post). */
      records: ReportRecord[]
      warnings: InputProblem[]
      /** Parser findings, each with office and year (rule findings follow in a 'findings' message). */
      findings: Finding[]
    }
  | {
      ok: false
      name: string
      sha256: string
      size: number
      error: string
      problems: InputProblem[]
      /** All problems found (only the first ones are kept in `problems`). */ problemCount: number
    }

/**
 * `checks`: also run the single-report rules (for the import preview). `pdfAssets`: absolute URL
 * of the board's pdfjs/ directory (CMaps, standard fonts), from the page's base URL.
 */
export type ToWorker = { type: 'read'; files: WorkerFileInput[]; checks: boolean; pdfAssets: string }

export type FromWorker =
  | { type: 'progress'; done: number; total: number; current: string; reports: number }
  | { type: 'file'; index: number; outcome: FileOutcome }
  /** Every file has its outcome: the page can plan and let the user commit. */
  | { type: 'read' }
  /** Single-report rule findings of a file, computed after every file was read. */
  | { type: 'findings'; index: number; findings: Finding[] }
  | { type: 'done' }
