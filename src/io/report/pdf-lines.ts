/**
 * Text runs → lines → pieces. A line is the runs that share a vertical band; a piece is a stretch
 * of a line with no wide gap in it (one table cell of a borderless table, or a whole line of
 * prose). Chromium and WPS write one run per glyph, Word one per stretch of text: both end up as
 * the same pieces.
 */
import { joinText, verticalOverlap, type TextRun } from './pdf-geometry'
import { isNumericText } from './tokens'

/** A stretch of a line with no wide gap in it: the runs it joins, as one run. */
export type Piece = TextRun

export interface Line {
  pieces: Piece[]
  top: number
  bottom: number
  size: number
}

/** A table figure as printed: a number, or a mark for a blank cell ("-", "/", "无"). */
export function isFigureText(text: string): boolean {
  return isNumericText(text) || /^[-—–/／\\无]$/.test(text.trim())
}

const NUMBERED = /^[\s\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d+[、.．](?!\d))/

/** A label that starts with its numbering ("2.", "（三）", "四、"): a row of its own. */
export function isNumberedLabel(text: string): boolean {
  return NUMBERED.test(text)
}

/** A gap wider than this many ems separates two cells; narrower gaps are spacing inside one. */
const CELL_GAP_EM = 0.5
/**
 * Gaps from this many ems on are a space between letters or digits. Narrower gaps are letter
 * spacing (justified lines spread "2023" over the line too), so no space: the year stays a year.
 */
const SPACE_EM = 0.5

/** Runs sorted into lines (top to bottom), each line's runs left to right. */
export function groupLines(runs: readonly TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => a.top + a.bottom - (b.top + b.bottom) || a.x0 - b.x0)
  const lines: { runs: TextRun[]; top: number; bottom: number }[] = []
  for (const run of sorted) {
    // Runs arrive by vertical centre: only the last few lines can still take this one.
    let home: (typeof lines)[number] | undefined
    for (let k = lines.length - 1; k >= 0 && k >= lines.length - 3; k--) {
      if (verticalOverlap(lines[k], run) >= 0.5) {
        home = lines[k]
        break
      }
    }
    if (home) {
      home.runs.push(run)
      home.top = Math.min(home.top, run.top)
      home.bottom = Math.max(home.bottom, run.bottom)
    } else lines.push({ runs: [run], top: run.top, bottom: run.bottom })
  }
  return lines.map((l) => l.runs.sort((a, b) => a.x0 - b.x0))
}

/** One line's runs (left to right) joined into pieces, split where a gap is wider than `gapEm` ems. */
export function piecesOf(runs: readonly TextRun[], gapEm = CELL_GAP_EM): Piece[] {
  const pieces: Piece[] = []
  let current: Piece | undefined
  for (const run of runs) {
    const text = run.text
    if (current) {
      const gap = run.x0 - current.x1
      const em = Math.max(current.size, run.size)
      if (gap <= gapEm * em) {
        current.text = gap >= SPACE_EM * em ? joinText(current.text, text) : current.text + text
        current.x1 = Math.max(current.x1, run.x1)
        current.top = Math.min(current.top, run.top)
        current.bottom = Math.max(current.bottom, run.bottom)
        current.size = Math.max(current.size, run.size)
        continue
      }
      pieces.push(current)
    }
    current = { text, x0: run.x0, x1: run.x1, top: run.top, bottom: run.bottom, size: run.size }
  }
  if (current) pieces.push(current)
  for (const p of pieces) {
    // An indent typed as spaces ("　　" before a paragraph) is an indent, not text.
    const lead = /^[\s\u3000]*/.exec(p.text)?.[0] ?? ''
    for (const c of lead) p.x0 += (c === '\u3000' ? 1 : 0.5) * p.size
    p.text = p.text.trim()
  }
  return pieces.filter((p) => p.text !== '')
}

export function toLine(pieces: Piece[]): Line {
  return {
    pieces,
    top: Math.min(...pieces.map((p) => p.top)),
    bottom: Math.max(...pieces.map((p) => p.bottom)),
    size: Math.max(...pieces.map((p) => p.size)),
  }
}

/**
 * The text of runs that belong together (a table cell): lines top to bottom, joined without
 * breaks; a figure too wide for its column ("100" over "0") is one number again.
 */
export function runsText(runs: readonly TextRun[]): string {
  let text = ''
  for (const line of groupLines(runs)) {
    const lineText = piecesOf(line, Infinity).reduce((t, p) => joinText(t, p.text), '')
    text = /\d$/.test(text) && /^\d/.test(lineText) ? text + lineText : joinText(text, lineText)
  }
  return text
}
