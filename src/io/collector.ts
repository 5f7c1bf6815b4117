/**
 * What every reader does around the builder (domain/build.ts): filling blanks from the user's
 * hints, bounding what one file may hold, and refusing a second report for the same office and
 * year within one file.
 */
import { diffRecords } from '../domain/diff'
import { InputError, type InputProblem } from '../domain/errors'
import type { ReportRecord } from '../domain/record'
import { reportKey } from '../domain/report'
import type { RawIdentity } from '../domain/validate'
import type { NestedMessage } from '../i18n/format'
import { nested, said } from '../i18n/said'

/** What the user says about files that do not state it (CLI --office/--region/--year, import dialog). */
export interface ReadHints {
  office?: string
  region?: string
  year?: number
}

/** Fill identity fields the file leaves blank from the hints (--office/--region/--year). */
export function applyHints(identity: RawIdentity, hints: ReadHints): RawIdentity {
  const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '')
  if (hints.office && blank(identity.office)) identity.office = hints.office
  if (hints.region && blank(identity.region)) identity.region = hints.region
  if (hints.year !== undefined && blank(identity.year)) identity.year = String(hints.year)
  return identity
}

// ---------------------------------------------------------------------------------------------
// Duplicate (office, year) within one file

interface Seen {
  record: ReportRecord
  position: number
}

/**
 * Most reports (rows of reports, repeats included) one file may hold. A province's reports for
 * several years are some tens of thousands; each report takes ~4 KB in memory, so a file of
 * millions of tiny rows would otherwise exhaust the import worker (and crash the tab).
 */
export const MAX_REPORTS_PER_FILE = 100_000
/** Readers stop checking after this many problems: the file is refused either way. */
export const MAX_PROBLEMS_PER_FILE = 10_000

export function tooManyReports(file: string | undefined): InputError {
  return new InputError(said('read.tooManyReports', { max: MAX_REPORTS_PER_FILE }), { file })
}

/**
 * Refuse at once when a reader has found MAX_PROBLEMS_PER_FILE problems (`where`: how far it got,
 * made only then — the check runs on every row).
 */
export function stopIfTooManyProblems(
  problems: readonly InputProblem[],
  file: string | undefined,
  where: () => NestedMessage,
): void {
  if (problems.length < MAX_PROBLEMS_PER_FILE) return
  throw new InputError(said('read.tooManyProblems', { where: where(), count: problems.length }), {
    file,
    problems: [...problems],
  })
}

export interface Placement {
  /** The file, for the error when it holds too many reports. */
  file?: string
  /** File line of a position (default: the position is the line). */
  lineOf?: (position: number) => number | undefined
  /** How to name a position in a message, e.g. "第 3 行" (`where.line`). */
  where?: (position: number) => NestedMessage
}

/** Collects the reports of one file; a second report for the same office and year is a problem. */
export class ReportCollector {
  private readonly byKey = new Map<string, Seen>()
  private readonly lineOf: (position: number) => number | undefined
  private readonly where: (position: number) => NestedMessage
  private readonly file?: string
  private added = 0
  constructor(
    private readonly problems: InputProblem[],
    private readonly warnings: InputProblem[],
    placement: Placement = {},
  ) {
    this.lineOf = placement.lineOf ?? ((p) => p)
    this.where = placement.where ?? ((p) => nested('where.line', { line: p }))
    this.file = placement.file
  }

  /** `position` is the file line (CSV) or whatever the placement understands (JSON: report index). */
  add(record: ReportRecord, position: number): void {
    if (++this.added > MAX_REPORTS_PER_FILE) throw tooManyReports(this.file)
    const key = reportKey(record)
    const prev = this.byKey.get(key)
    if (!prev) {
      this.byKey.set(key, { record, position })
      return
    }
    const who = { where: this.where(prev.position), office: record.office, year: record.year }
    const line = this.lineOf(position)
    if (diffRecords(prev.record, record).length === 0) {
      this.warnings.push({ line, ...said('read.duplicateSame', who) })
    } else {
      this.problems.push({ line, ...said('read.duplicateDifferent', who) })
    }
  }

  get records(): ReportRecord[] {
    return [...this.byKey.values()].map((s) => s.record)
  }
}
