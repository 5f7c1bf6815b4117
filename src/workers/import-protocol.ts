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

export type FileFailure = Extract<FileOutcome, { ok: false }>

/**
 * The outcome of a file that could not be read: its name, hash and size, why (a message with its
 * id and parameters, e.g. an InputError or a `said`), and the problems found (an InputError has them).
 */
export function fileFailure(
  file: { name: string; sha256: string; size: number },
  why: { message: string; messageId?: MessageKey; params?: MessageParams },
  found: { problems: InputProblem[]; problemCount: number } = { problems: [], problemCount: 0 },
): FileFailure {
  return {
    ok: false,
    ...file,
    error: why.message,
    errorId: why.messageId,
    errorParams: why.params,
    problems: found.problems,
    problemCount: found.problemCount,
  }
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
