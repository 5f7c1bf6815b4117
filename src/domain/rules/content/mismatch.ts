/**
 * `narrative-mismatch`: a figure the narrative states clearly (statements.ts) must be the
 * table's. The finding quotes the sentence and gives both figures; a table cell that is blank
 * leaves the statement unjudged.
 */
import { CELL_BY_PATH, getPath } from '../../cells'
import type { Report } from '../../types'
import type { NestedMessage } from '../../../i18n/format'
import { nested, said } from '../../../i18n/said'
import { num, pushFinding, type CheckResult } from '../common'
import { narrativeText } from './text'
import { readNarrativeFigures, type FigureKey, type NarrativeFigure } from './statements'

interface TableFigure {
  /** The cells summed. */
  cells: readonly string[]
  /** The figure as a clerk names it in the table (i18n/findings.ts `figure.*`). */
  name: NestedMessage
}

const TOTALS = {
  received: 'requests.received.total',
  carriedOver: 'requests.carriedOver.total',
  handled: 'requests.total.total',
  carriedForward: 'requests.carriedForward.total',
  review: 'review.total',
  direct: 'litigationDirect.total',
  afterReview: 'litigationAfterReview.total',
} as const

export const TABLE_FIGURES: Record<Exclude<FigureKey, 'allHandled'>, TableFigure> = {
  received: { cells: [TOTALS.received], name: nested('figure.received') },
  carriedOver: { cells: [TOTALS.carriedOver], name: nested('figure.carriedOver') },
  handled: { cells: [TOTALS.handled], name: nested('figure.handled') },
  carriedForward: { cells: [TOTALS.carriedForward], name: nested('figure.carriedForward') },
  review: { cells: [TOTALS.review], name: nested('figure.review') },
  litigation: { cells: [TOTALS.direct, TOTALS.afterReview], name: nested('figure.litigation') },
  disputes: { cells: [TOTALS.review, TOTALS.direct, TOTALS.afterReview], name: nested('figure.disputes') },
}

function sumOf(report: Report, cells: readonly string[]): number | null {
  let sum = 0
  for (const path of cells) {
    const v = num(getPath(report, path))
    if (v === null) return null
    sum += v
  }
  return sum
}

/** The sentence for a message: at most 80 characters, around the figure. */
function quote(s: NarrativeFigure): string {
  const text = s.sentence
  if (text.length <= 80) return text
  const at = Math.max(0, text.indexOf(String(s.value)) - 30)
  return `${at > 0 ? '…' : ''}${text.slice(at, at + 80)}…`
}

const rowOf = (path: string) => CELL_BY_PATH.get(path)!.row

export function checkNarrativeMismatch(report: Report, out: CheckResult): void {
  const text = narrativeText(report.narrative)
  if (!text) return
  const seen = new Set<string>()
  for (const s of readNarrativeFigures(text, report.year)) {
    const key = `${s.figure}:${s.value}`
    if (seen.has(key)) continue
    seen.add(key)
    if (s.figure === 'allHandled') {
      allHandled(report, s, out)
      continue
    }
    const table = TABLE_FIGURES[s.figure]
    const value = sumOf(report, table.cells)
    if (value === null || value === s.value) continue
    // "共收到申请160件" may count those carried over from last year too, unless it says 新收.
    if (s.figure === 'received' && !s.newOnly) {
      const withCarried = sumOf(report, [TOTALS.received, TOTALS.carriedOver])
      if (withCarried === s.value) continue
    }
    pushFinding(out, report, 'narrative-mismatch', {
      field: rowOf(table.cells[0]),
      column: 'total',
      expected: value,
      actual: s.value,
      cells: [...table.cells],
      ...said('finding.narrative-mismatch', { sentence: quote(s), stated: s.value, figure: table.name, value }),
    })
  }
}

/** "已全部办结": everything received and carried over was handled, nothing carried forward. */
function allHandled(report: Report, s: NarrativeFigure, out: CheckResult): void {
  const forward = sumOf(report, [TOTALS.carriedForward])
  if (forward === null || forward === 0) return
  pushFinding(out, report, 'narrative-mismatch', {
    field: rowOf(TOTALS.carriedForward),
    column: 'total',
    expected: forward,
    actual: 0,
    cells: [TOTALS.carriedForward],
    ...said('finding.narrative-mismatch.allHandled', {
      sentence: quote(s),
      figure: TABLE_FIGURES.carriedForward.name,
      value: forward,
    }),
  })
}
