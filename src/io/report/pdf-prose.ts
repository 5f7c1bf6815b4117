/**
 * The lines of a page outside its ruled tables: prose, headings, borderless tables. Three things
 * a printed page does that a text reader must not see: page numbers ("-3-", "第 3 页"), a label
 * set vertically one or two characters per line beside the rows it spans (a borderless table's
 * "三、本年度办理结果"), and prose (a long title too) wrapped onto several lines.
 */
import { joinText, median } from './pdf-geometry'
import { toLine, type Line, type Piece } from './pdf-lines'
import { isNumericText } from './tokens'

const PAGE_NUMBER =
  /^(?:[-—–－~〜·•]\s*\d{1,4}\s*[-—–－~〜·•]|\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4})$/
/** The share of the page height at its top and bottom where page numbers and running heads sit. */
const MARGIN_SHARE = 0.1

const lineText = (line: Line) => line.pieces.map((p) => p.text).join(' ')

/** Lines without the page numbers printed in the top or bottom margin. */
export function withoutPageNumbers(lines: readonly Line[], pageHeight: number): Line[] {
  return lines.filter((line) => {
    const inMargin = line.bottom <= pageHeight * MARGIN_SHARE || line.top >= pageHeight * (1 - MARGIN_SHARE)
    return !(inMargin && line.pieces.length === 1 && PAGE_NUMBER.test(lineText(line).trim()))
  })
}

/** A character set vertically: one or two characters, not a number. */
const STACK_PIECE = /^[\u3000-\u303f\u4e00-\u9fff\uff08\uff09()、]{1,2}$/u
const MIN_STACK = 3

interface Stack {
  members: { line: number; piece: Piece }[]
  x: number
  bottom: number
  size: number
}

/**
 * Characters set vertically at the start of consecutive lines (three or more, aligned, close
 * together) are one label: taken out of those lines and put on a line of their own before them.
 */
export function collapseVerticalLabels(lines: readonly Line[]): Line[] {
  const stacks: Stack[] = []
  const open: Stack[] = []
  lines.forEach((line, index) => {
    const first = line.pieces[0]
    if (!first || !STACK_PIECE.test(first.text) || isNumericText(first.text)) return
    const x = (first.x0 + first.x1) / 2
    const stack = open.find((s) => Math.abs(s.x - x) <= 0.5 * s.size && first.top - s.bottom <= 3 * s.size)
    if (stack) {
      stack.members.push({ line: index, piece: first })
      stack.bottom = first.bottom
      return
    }
    const fresh: Stack = { members: [{ line: index, piece: first }], x, bottom: first.bottom, size: first.size }
    open.push(fresh)
    stacks.push(fresh)
  })
  const taken = new Set<Piece>()
  const before = new Map<number, Line>()
  for (const s of stacks) {
    if (s.members.length < MIN_STACK) continue
    for (const m of s.members) taken.add(m.piece)
    const pieces = s.members.map((m) => m.piece)
    const text = pieces.map((p) => p.text).join('')
    const first = pieces[0]
    before.set(s.members[0].line, toLine([{ ...first, text, bottom: first.bottom }]))
  }
  if (taken.size === 0) return [...lines]
  const out: Line[] = []
  lines.forEach((line, index) => {
    const label = before.get(index)
    if (label) out.push(label)
    const rest = line.pieces.filter((p) => !taken.has(p))
    if (rest.length > 0) out.push(rest.length === line.pieces.length ? line : toLine(rest))
  })
  return out
}

/** A line that starts a heading or a numbered point never continues the line above it. */
const STARTS_BLOCK =
  /^[\s\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|第[一二三四五六七八九十]+|[①-⑳]|附件|附表)/

const sameSize = (a: Line, b: Line) => Math.abs(a.size - b.size) <= 0.1 * Math.max(a.size, b.size)

/**
 * Consecutive lines of one paragraph (the upper one runs to the right edge of the text, the lower
 * one starts at the left margin) or of one title (large type at the top) joined into one line, as
 * a web page would have them. Lines of several pieces (rows of a borderless table) stay as they are.
 */
export function joinWrappedLines(lines: readonly Line[], bodySize: number): Line[] {
  const prose = lines.filter((l) => l.pieces.length === 1)
  if (prose.length === 0) return [...lines]
  const rightEdge = Math.max(...prose.map((l) => l.pieces[0].x1))
  const out: Line[] = []
  for (const line of lines) {
    const prev = out[out.length - 1]
    if (prev && prev.pieces.length === 1 && line.pieces.length === 1 && sameSize(prev, line)) {
      const [a] = prev.pieces
      const [b] = line.pieces
      const gap = line.top - prev.bottom
      const title = line.size >= 1.25 * bodySize && gap <= line.size
      const wrapped =
        gap <= 0.9 * line.size &&
        a.x1 >= rightEdge - 2 * line.size &&
        b.x0 <= a.x0 + 0.5 * line.size &&
        !STARTS_BLOCK.test(b.text)
      if (title || wrapped) {
        out[out.length - 1] = toLine([
          {
            text: joinText(a.text, b.text),
            x0: Math.min(a.x0, b.x0),
            x1: Math.max(a.x1, b.x1),
            top: a.top,
            bottom: b.bottom,
            size: Math.max(a.size, b.size),
          },
        ])
        continue
      }
    }
    out.push(line)
  }
  return out
}

/** The size of body text: the median over the lines of prose (headings and titles are fewer). */
export function bodySizeOf(lines: readonly Line[]): number {
  const sizes = lines.flatMap((l) => l.pieces.map((p) => p.size))
  return sizes.length > 0 ? median(sizes) : 12
}
