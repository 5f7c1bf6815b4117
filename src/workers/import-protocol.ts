/** Messages between the page and the import worker. */
import type { InputProblem } from '../domain/errors'
import type { MessageParams } from '../i18n/format'
import type { MessageKey } from '../i18n/messages'
import type { PackedRecords, ReportRecord } from '../domain/record'
import type { Finding } from '../domain/types'
import type { ReadHints } from '../io/read'

export interface WorkerFileInput {
  name: string
  bytes: ArrayBuffer
  hints?: ReadHints
}

export interface FileRead {
  ok: true
  name: string
  sha256: string
  size: number
  format: string
  /** The file's reports in compact form. */
  records: ReportRecord[]
  warnings: InputProblem[]
  /** Parser findings, each with office and year (rule findings follow in a 'findings' message). */
  findings: Finding[]
}

export type FileOutcome =
  | FileRead
  | {
      ok: false
      name: string
      sha256: string
      size: number
      /** Why the file was refused, in Chinese; `errorId`/`errorParams` let the page say it in its language. */
      error: string
      errorId?: MessageKey
      errorParams?: MessageParams
      problems: InputProblem[]
      /** All problems found (only the first ones are kept in `problems`). */ problemCount: number
    }

/**
 * `checks`: also run the single-report rules (for the import preview). `pdfAssets`: absolute URL
 * of the board's pdfjs/ directory (CMaps, standard fonts), from the page's base URL.
 */
export type ToWorker = { type: 'read'; files: WorkerFileInput[]; checks: boolean; pdfAssets: string }

/** A file's outcome as posted: the records packed (their cells one transferred array). */
export type PostedOutcome = Exclude<FileOutcome, FileRead> | (Omit<FileRead, 'records'> & { packed: PackedRecords })

export type FromWorker =
  | { type: 'progress'; done: number; total: number; current: string; reports: number }
  | { type: 'file'; index: number; outcome: PostedOutcome }
  /** Every file has its outcome: the page can plan and let the user commit. */
  | { type: 'read' }
  /** Single-report rule findings of a file, computed after every file was read. */
  | { type: 'findings'; index: number; findings: Finding[] }
  | { type: 'done' }
