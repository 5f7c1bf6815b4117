/**
 * A report's text as one stream of cells in reading order, whatever layout it was copied in:
 * labels, numbers, blank cells, row breaks and (in plain one-cell-per-line text) gaps.
 *
 * Line kinds decide what a tab, a pipe or an empty line means:
 * - "\tcell" (exactly one leading tab, as a browser or crawler writes one <td> per line): one cell;
 *   an empty line after such lines ends a table row; a short untabbed line right after a label cell
 *   continues it ("\t商业" + "企业").
 * - "a\tb\tc" (a table row copied from a browser) or "| a | b |" (markdown): one row of cells.
 * - "cell |" (one cell per line with a trailing pipe): one cell.
 * - anything else: one plain cell; an empty line after plain lines is a gap (blank cell or separator).
 */
import { normalizeLabel } from '../../domain/labels'
import { parseCellText } from '../../domain/values'
import { memoize } from './memo'

export type TokenKind = 'label' | 'num' | 'blank' | 'break' | 'gap'

export interface Token {
  kind: TokenKind
  /** The cell as printed, trimmed. */
  text: string
  /** 1-based line of the source text. */
  line: number
  /** normalizeLabel(text), computed on first use (labels only). */
  norm?: string
}

const WS = '\\s\\u00a0\\u3000\\u200b\\ufeff'
const EDGE_SPACE = new RegExp(`^[${WS}]+|[${WS}]+$`, 'g')
const SPACE_RUN = new RegExp(`[${WS}]+`)
const ALL_SPACE = new RegExp(`[${WS}]+`, 'g')
/** A number as printed in a cell, with an optional unit; applied to folded text (NFKC, no spaces). */
export const NUMERIC = /^[+\-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:亿元|万元|元|件|个|项|次|宗|人次|人)?$/
/** A label with digits glued to its end by a crawler: "…申请数量640020470". */
const GLUED_TAIL = /^(.*[\u4e00-\u9fff）)”"」])([0-9０-９]+)$/u
const TAB_CELL = /^\t[^\t]*$/
const PIPE = /[|｜]/
const MD_SEPARATOR = /^[|｜]?\s*:?-{3,}:?\s*(?:[|｜]\s*:?-{3,}:?\s*)*[|｜]?$/
const HEADING_START = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|[0-9０-９]+[、.．])/

export function foldCell(text: string): string {
  return text.normalize('NFKC').replace(ALL_SPACE, '')
}

export function isNumericText(text: string): boolean {
  return NUMERIC.test(foldCell(text))
}

function isBlankMarker(folded: string): boolean {
  if (folded === '') return true
  // Blank markers ("-", "—", "/", "无", "N/A") are short; parseCellText knows them all.
  if (folded.length > 4) return false
  const parsed = parseCellText(folded, 'signed')
  return parsed.ok && parsed.value === null
}

const MAX_LABEL = 100
const normalizeShort = memoize(20_000, normalizeLabel)

/** normalizeLabel(text), cached; a long narrative line is never a table label and is not normalised. */
export function labelNorm(t: Token): string {
  if (t.norm === undefined) t.norm = t.text.length > MAX_LABEL ? '\u0000' : normalizeShort(t.text)
  return t.norm
}

type CellPart = { kind: 'label' | 'num' | 'blank'; text: string }

function classifyCell(raw: string): CellPart[] {
  const text = raw.replace(EDGE_SPACE, '')
  const folded = foldCell(text)
  if (NUMERIC.test(folded)) return [{ kind: 'num', text }]
  if (isBlankMarker(folded)) return [{ kind: 'blank', text }]
  // "label 3 0 0 0 0 0 3": numbers printed after the label in the same cell or line.
  const words = text.split(SPACE_RUN)
  const nums: string[] = []
  // Collected backwards, then reversed: unshift on each would take quadratic time on a line of a million numbers.
  while (words.length > 1 && NUMERIC.test(foldCell(words[words.length - 1]))) nums.push(words.pop() as string)
  nums.reverse()
  let label = words.join(' ')
  const glued = GLUED_TAIL.exec(label)
  if (glued && glued[1].length >= 2) {
    label = glued[1]
    nums.unshift(glued[2])
  }
  return [{ kind: 'label', text: label }, ...nums.map((n) => ({ kind: 'num' as const, text: n }))]
}

const classifyShort = memoize(20_000, classifyCell)

/** Plain digits ("0", "126"), most cells of a report: a number whatever else is true. Checked before any memo. */
export function isPlainDigits(text: string): boolean {
  const n = text.length
  if (n === 0 || n > 15) return false
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c < 48 || c > 57) return false
  }
  return true
}

function pushCell(out: Token[], raw: string, line: number): void {
  if (isPlainDigits(raw)) {
    out.push({ kind: 'num', text: raw, line })
    return
  }
  const parts = raw.length <= 60 ? classifyShort(raw) : classifyCell(raw)
  for (const p of parts) out.push({ kind: p.kind, text: p.text, line })
}

function splitPipes(trimmed: string): string[] {
  let s = trimmed
  if (PIPE.test(s[0])) s = s.slice(1)
  if (s.length > 0 && PIPE.test(s[s.length - 1])) s = s.slice(0, -1)
  // Splitting on a plain character is much faster than on a pattern; the full-width pipe is rare.
  return s.includes('｜') ? s.split(PIPE) : s.split('|')
}

function isContinuation(previous: string, line: string): boolean {
  const prev = previous.replace(EDGE_SPACE, '')
  if (prev === '' || isNumericText(prev) || isBlankMarker(foldCell(prev))) return false
  return line.length <= 30 && !HEADING_START.test(line) && !isNumericText(line)
}

function joinBroken(a: string, b: string): string {
  const left = a.replace(EDGE_SPACE, '')
  return /[A-Za-z0-9]$/.test(left) && /^[A-Za-z0-9]/.test(b) ? `${left} ${b}` : left + b
}

const MD_HEADING = /^#{1,6}\s+/
const MD_STRONG = /^(\*\*|__)(.+)\1$/

/** A markdown heading or a bolded line ("### 行政复议", "**行政诉讼（复议后起诉）**") is its text. */
function withoutMarkdownEmphasis(line: string): string {
  if (line[0] !== '#' && line[0] !== '*' && line[0] !== '_') return line
  return line.replace(MD_HEADING, '').replace(MD_STRONG, '$2')
}

export function splitLines(text: string): string[] {
  const t = text.replace(/^\ufeff/, '')
  // Most files end lines with "\n" alone: a plain split then, the pattern only when a "\r" is there.
  return t.includes('\r') ? t.split(/\r\n|\r|\n/) : t.split('\n')
}

/** The token stream of a whole document (narrative lines become label tokens the walker skips). */
export function tokenize(lines: readonly string[]): Token[] {
  const out: Token[] = []
  let inTable = false // last non-empty line was a table cell or row: an empty line is a row break
  let open: { start: number; text: string; line: number } | null = null // last "\tcell", may continue
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const no = i + 1
    if (line.includes('\t')) {
      if (TAB_CELL.test(line)) {
        open = { start: out.length, text: line.slice(1), line: no }
        pushCell(out, open.text, no)
      } else {
        for (const part of line.split('\t')) pushCell(out, part, no)
        out.push({ kind: 'break', text: '', line: no })
        open = null
      }
      inTable = true
      continue
    }
    const trimmed = line.replace(EDGE_SPACE, '')
    if (trimmed === '') {
      out.push({ kind: inTable ? 'break' : 'gap', text: '', line: no })
      open = null
      continue
    }
    if (PIPE.test(trimmed[0]) || PIPE.test(trimmed[trimmed.length - 1])) {
      if (MD_SEPARATOR.test(trimmed)) continue
      const parts = splitPipes(trimmed)
      for (const part of parts) pushCell(out, part, no)
      if (parts.length > 1) out.push({ kind: 'break', text: '', line: no })
      inTable = true
      open = null
      continue
    }
    if (open && isContinuation(open.text, trimmed)) {
      out.length = open.start
      open.text = joinBroken(open.text, trimmed)
      pushCell(out, open.text, open.line)
      continue
    }
    pushCell(out, withoutMarkdownEmphasis(trimmed), no)
    inTable = false
    open = null
  }
  return out
}
