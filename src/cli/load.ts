/**
 * Reading every input file of a command: all files are read and all their problems reported
 * together; the same (office, year) in two files is an error naming both.
 */
import { formatProblem, InputError } from '../domain/errors'
import { reportKey } from '../domain/report'
import type { Finding, Report } from '../domain/types'
import { readInputFile, type ReadHints } from '../io/read'

export interface FileSource {
  readFile(path: string): Promise<Uint8Array>
}

export interface LoadedInput {
  reports: Report[]
  /** Findings the report-text parser made, each with office and year. */
  parseFindings: Finding[]
  /** Lines for stderr: notes from the readers, each naming its file. */
  notes: string[]
}

/** Every problem of every file, already worded for stderr. */
export class LoadFailure extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join('\n'))
    this.name = 'LoadFailure'
  }
}

function readFailure(file: string, error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  const why =
    code === 'ENOENT' ? '文件不存在'
    : code === 'EISDIR' ? '这是一个文件夹，不是文件'
    : code === 'EACCES' || code === 'EPERM' ? '没有读取权限'
    : error instanceof Error ? error.message : String(error)
  return `${file}: 无法读取文件（${why}）`
}

export async function loadInputs(files: readonly string[], hints: ReadHints, source: FileSource): Promise<LoadedInput> {
  const failures: string[] = []
  const notes: string[] = []
  const reports: Report[] = []
  const parseFindings: Finding[] = []
  const origin = new Map<string, string>()
  for (const file of files) {
    let bytes: Uint8Array
    try {
      bytes = await source.readFile(file)
    } catch (error) {
      failures.push(readFailure(file, error))
      continue
    }
    try {
      const result = await readInputFile(file, bytes, hints)
      for (const w of result.warnings) notes.push(`${file}: 提示：${formatProblem(w)}`)
      for (const report of result.reports) {
        const key = reportKey(report)
        const first = origin.get(key)
        if (first !== undefined) {
          const where = first === file ? '本文件中出现了两次' : `已在 ${first} 中出现`
          failures.push(`${file}: ${report.office} ${report.year} 年的报告${where}；同一机关同一年度只能有一份报告`)
          continue
        }
        origin.set(key, file)
        reports.push(report)
      }
      for (const f of result.parseFindings) {
        const report = result.reports[0]
        parseFindings.push({ ...f, office: f.office ?? report?.office, year: f.year ?? report?.year })
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      failures.push(error.file ? error.describe() : `${file}: ${error.describe()}`)
    }
  }
  if (failures.length > 0) throw new LoadFailure(failures)
  return { reports, parseFindings, notes }
}
