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
  open: boolean
}

/**
 * Characters set vertically at the start of consecutive lines (three or more, aligned, each
 * close under the last, beside rows of a borderless table) are one label: taken out of those lines
 * and put on a line of their own before them. Anything else starting at their place (a heading,
 * prose) ends such a column; short lines of prose alone ("无。" three times) never form one.
 */
export function collapseVerticalLabels(lines: readonly Line[]): Line[] {
  const stacks: Stack[] = []
  lines.forEach((line, index) => {
    const first = line.pieces[0]
    if (!first) return
    const x = (first.x0 + first.x1) / 2
    const near = (s: Stack) => s.open && Math.abs(s.x - x) <= 0.5 * s.size
    if (!STACK_PIECE.test(first.text) || isNumericText(first.text)) {
      // Text starting over an open column ends it.
      for (const s of stacks) if (s.open && first.x0 <= s.x + 0.5 * s.size && first.x1 >= s.x) s.open = false
      return
    }
    const stack = stacks.find((s) => near(s) && first.top - s.bottom <= 1.5 * s.size)
    if (stack) {
      stack.members.push({ line: index, piece: first })
      stack.bottom = first.bottom
      return
    }
    for (const s of stacks) if (near(s)) s.open = false
    stacks.push({ members: [{ line: index, piece: first }], x, bottom: first.bottom, size: first.size, open: true })
  })
  const taken = new Set<Piece>()
  const before = new Map<number, Line>()
  for (const s of stacks) {
    if (s.members.length < MIN_STACK) continue
    const from = s.members[0].line
    const to = s.members[s.members.length - 1].line
    // A column of characters beside nothing is prose, not a table's label.
    if (!lines.slice(from, to + 1).some((l) => l.pieces.length > 1)) continue
    for (const m of s.members) taken.add(m.piece)
    const first = s.members[0].piece
    before.set(from, toLine([{ ...first, text: s.members.map((m) => m.piece.text).join('') }]))
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
/** A line ending a sentence may end its paragraph: never joined to the next. */
const ENDS_SENTENCE = /[。！？；：!?;:]$/

/** Where prose sits across the page: its left margin and the right edge of full lines (the whole document's). */
export interface TextBlock {
  left: number
  right: number
  bodySize: number
}

export function textBlockOf(lines: readonly Line[]): TextBlock {
  const prose = lines.filter((l) => l.pieces.length === 1)
  return {
    left: prose.length > 0 ? Math.min(...prose.map((l) => l.pieces[0].x0)) : 0,
    right: prose.length > 0 ? Math.max(...prose.map((l) => l.pieces[0].x1)) : 0,
    bodySize: bodySizeOf(lines),
  }
}

/**
 * Consecutive lines of one paragraph (the upper one runs to the right edge of the text, the lower
 * one starts at the left margin, no sentence ends between them) or of one title (large type at
 * the top) joined into one line, as a web page would have them. Rows of a borderless table (lines
 * of several pieces) stay as they are.
 */
export function joinWrappedLines(lines: readonly Line[], block: TextBlock): Line[] {
  const out: Line[] = []
  for (const line of lines) {
    const prev = out[out.length - 1]
    if (prev && prev.pieces.length === 1 && line.pieces.length === 1 && sameSize(prev, line)) {
      const [a] = prev.pieces
      const [b] = line.pieces
      const gap = line.top - prev.bottom
      const title = line.size >= 1.25 * block.bodySize && gap <= line.size
      const wrapped =
        gap <= 0.9 * line.size &&
        a.x1 >= block.right - 2 * line.size &&
        b.x0 <= block.left + 0.5 * line.size &&
        !ENDS_SENTENCE.test(a.text) &&
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
function bodySizeOf(lines: readonly Line[]): number {
  const sizes = lines.flatMap((l) => l.pieces.map((p) => p.size))
  return sizes.length > 0 ? median(sizes) : 12
}
