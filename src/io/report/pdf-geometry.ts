/**
 * What the PDF layout works on: the text runs and ruling lines of one page, in points, measured
 * from the page's top-left corner (y grows downwards, as on screen), whatever the PDF's own
 * coordinates were. pdf.ts makes them from PDF.js; the layout modules never see PDF.js.
 */

/** A run of text PDF.js reports as one item (often a single glyph): its box and font size. */
export interface TextRun {
  text: string
  x0: number
  x1: number
  top: number
  bottom: number
  /** Font size (the height of an em), the unit of every gap and tolerance. */
  size: number
}

/** A horizontal or vertical line drawn on the page: a table border. */
export interface Ruling {
  x0: number
  y0: number
  x1: number
  y1: number
}

export interface PageContent {
  width: number
  height: number
  runs: TextRun[]
  rulings: Ruling[]
}

/** How much of the shorter of two vertical extents the two share (0–1). */
export function verticalOverlap(a: { top: number; bottom: number }, b: { top: number; bottom: number }): number {
  const shared = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
  const shorter = Math.min(a.bottom - a.top, b.bottom - b.top)
  return shorter > 0 ? Math.max(0, shared) / shorter : 0
}

/** Sorted values grouped where neighbours lie within `tolerance`; each group's mean. */
export function clusterValues(values: readonly number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b)
  const out: number[] = []
  let sum = 0
  let count = 0
  let last = -Infinity
  for (const v of sorted) {
    if (count > 0 && v - last > tolerance) {
      out.push(sum / count)
      sum = 0
      count = 0
    }
    sum += v
    count++
    last = v
  }
  if (count > 0) out.push(sum / count)
  return out
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const ALNUM_END = /[A-Za-z0-9.,%]$/
const ALNUM_START = /^[A-Za-z0-9.,%]/

/** Two pieces of one cell or line: a space only between letters or digits (Chinese has none). */
export function joinText(left: string, right: string): string {
  if (left === '') return right
  if (right === '') return left
  return ALNUM_END.test(left) && ALNUM_START.test(right) ? `${left} ${right}` : left + right
}
