/**
 * Reading every input file of a command: all files are read and all their problems reported
 * together; the same (office, year) in two files is an error naming both.
 */
import { InputError, problemText } from '../domain/errors'
import { nested } from '../i18n/said'
import { translator, type Lang } from '../i18n/translate'
import { reportKey } from '../domain/report'
import type { ReportRecord } from '../domain/record'
import type { Finding } from '../domain/types'
import { readInputFile, type ReadHints } from '../io/read'

export interface FileSource {
  readFile(path: string): Promise<Uint8Array>
}

export interface LoadedInput {
  records: ReportRecord[]
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

function readFailure(file: string, error: unknown, lang: Lang): string {
  const code = (error as { code?: unknown } | null)?.code
  const why =
    code === 'ENOENT'
      ? nested('cli.noSuchFile')
      : code === 'EISDIR'
        ? nested('cli.isDirectory')
        : code === 'EACCES' || code === 'EPERM'
          ? nested('cli.noPermission')
          : nested('text', { text: error instanceof Error ? error.message : String(error) })
  return lang.t('cli.cannotRead', { file, why })
}

/** At most this many files are read ahead of the one being parsed… */
export const READ_AHEAD = 16
/** …and no further read starts while the files read but not yet parsed hold this many bytes. */
export const READ_AHEAD_BYTES = 32 * 1024 * 1024

export type FileRead = { bytes: Uint8Array } | { error: unknown }

/**
 * The files' contents in the order given, read ahead while the caller parses: small reports
 * do not wait for the disk one by one, and big files (up to 100 MB each) are not all held at
 * once. A source that reads synchronously reports its sizes only after the fact, so at most two
 * reads start per file taken; the byte budget then holds within a file or two.
 */
export async function* readAhead(
  files: readonly string[],
  source: FileSource,
  limits: { files: number; bytes: number } = { files: READ_AHEAD, bytes: READ_AHEAD_BYTES },
): AsyncGenerator<FileRead> {
  const reads: (Promise<FileRead> | undefined)[] = []
  let next = 0
  let held = 0
  const start = () => {
    const i = next++
    reads[i] = source.readFile(files[i]).then(
      (bytes) => {
        held += bytes.length
        return { bytes }
      },
      (error: unknown) => ({ error }),
    )
  }
  for (let i = 0; i < files.length; i++) {
    let extra = 0
    while (next < files.length && (next === i || (next < i + limits.files && extra < 2 && held < limits.bytes))) {
      if (next !== i) extra++
      start()
    }
    const read = (await reads[i]) as FileRead
    reads[i] = undefined
    yield read
    if ('bytes' in read) held -= read.bytes.length
  }
}

/** Every file read; notes and failures are worded in `lang` (the CLI's `--lang`). */
export async function loadInputs(
  files: readonly string[],
  hints: ReadHints,
  source: FileSource,
  lang: Lang = translator('zh'),
): Promise<LoadedInput> {
  const failures: string[] = []
  const notes: string[] = []
  const records: ReportRecord[] = []
  const parseFindings: Finding[] = []
  const origin = new Map<string, string>()
  // Results are taken in argument order: reports, duplicates and messages come out exactly as if
  // the files were read one by one.
  let i = 0
  for await (const read of readAhead(files, source)) {
    const file = files[i++]
    if ('error' in read) {
      failures.push(readFailure(file, read.error, lang))
      continue
    }
    const { bytes } = read
    try {
      const result = await readInputFile(file, bytes, hints)
      for (const w of result.warnings) notes.push(lang.t('cli.note', { file, problem: problemText(w, lang) }))
      for (const record of result.records) {
        const key = reportKey(record)
        const first = origin.get(key)
        if (first !== undefined) {
          const { office, year } = record
          failures.push(
            first === file
              ? lang.t('cli.sameReportTwice', { file, office, year })
              : lang.t('cli.sameReportElsewhere', { file, office, year, first }),
          )
          continue
        }
        origin.set(key, file)
        records.push(record)
      }
      for (const f of result.parseFindings) {
        const record = result.records[0]
        parseFindings.push({ ...f, office: f.office ?? record?.office, year: f.year ?? record?.year })
      }
    } catch (error) {
      if (!(error instanceof InputError)) throw error
      failures.push(error.file ? error.describe(lang) : lang.t('cli.inFile', { file, message: error.describe(lang) }))
    }
  }
  if (failures.length > 0) throw new LoadFailure(failures)
  return { records, parseFindings, notes }
}
