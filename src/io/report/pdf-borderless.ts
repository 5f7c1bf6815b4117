/**
 * Tables printed without borders: their rows and columns rebuilt from where the figures stand,
 * then read like ruled tables (the borders are drawn in for pdf-grid.ts). Without this a blank
 * cell would leave no trace and the figures after it would slide one column to the left.
 *
 * - A table is a run of lines holding three figures or more (rows of 表三, 表四's line of 15),
 *   with the lines between them (wrapped labels, rows left blank).
 * - Its figure columns are where those figures stand (their centres, clustered); everything to
 *   their left is the label column, which the grid splits again where nothing bridges a gap.
 * - Its rows are the lines with figures and the lines starting with a numbered label ("2.…",
 *   "（三）…"): a row left blank still has its label. Other lines (a label's second line, above or
 *   below its figures) join the nearer row — except that a numbered label right above a line
 *   whose figures have no numbered label of their own is that row's first line.
 */
import { clusterValues, type Ruling } from './pdf-geometry'
import { findGrids, type Grid } from './pdf-grid'
import { isFigureText, isNumberedLabel, type Line, type Piece } from './pdf-lines'

const isValue = (p: Piece) => isFigureText(p.text)
const MIN_FIGURES = 3
/** Lines between two rows of figures, at most, for both to be one table. */
const MAX_ROW_GAP = 4

const figures = (line: Line) => line.pieces.filter(isValue).length
const startsNumbered = (line: Line) => line.pieces.some((p) => !isValue(p) && isNumberedLabel(p.text))
const centre = (l: { top: number; bottom: number }) => (l.top + l.bottom) / 2

/**
 * Index ranges [from, to] of lines forming one borderless table: around each line of three
 * figures or more, the lines with any figure (a row with blanks) up to MAX_ROW_GAP lines apart.
 */
function tableRanges(lines: readonly Line[]): [number, number][] {
  const ranges: [number, number][] = []
  let from = -1
  let last = -1
  let seeded = false
  const close = () => {
    if (from >= 0 && seeded) ranges.push([from, last])
    from = -1
    seeded = false
  }
  lines.forEach((line, i) => {
    const n = figures(line)
    if (n === 0) return
    const near = last >= 0 && line.top - lines[last].bottom <= MAX_ROW_GAP * line.size && i - last <= MAX_ROW_GAP + 1
    if (!near || from < 0) {
      close()
      from = i
    }
    seeded ||= n >= MIN_FIGURES
    last = i
  })
  close()
  // A label's other line just above the first row or below the last belongs to the table too.
  const near = (l: Line | undefined, y: number) =>
    l !== undefined && figures(l) === 0 && l.pieces.length === 1 && Math.abs(centre(l) - y) <= 1.3 * l.size
  return ranges.map(([a, b]) => [
    near(lines[a - 1], centre(lines[a])) && !startsNumbered(lines[a - 1]) ? a - 1 : a,
    near(lines[b + 1], centre(lines[b])) && !startsNumbered(lines[b + 1]) ? b + 1 : b,
  ])
}

/**
 * Which lines start a row: those with figures, and those with a numbered label reaching into the
 * row labels' column (a row left blank). A numbered label that stays left of it is a group label
 * ("（三）不予公开", printed once beside its rows), not a row.
 */
function rowStarts(lines: readonly Line[], rowLabels: number): boolean[] {
  const startsRow = (line: Line) =>
    line.pieces.some((p) => !isValue(p) && isNumberedLabel(p.text) && p.x1 > rowLabels + p.size)
  return lines.map((line, i) => {
    if (figures(line) > 0) return true
    if (!startsRow(line)) return false
    // "（二）部分公开（区分处理的，只计" over "这一情形，不计其他情形） 2 0 0 …": one row (a group
    // label's line set between them, left of the row labels, does not part them).
    const next = lines.find((l, k) => k > i && (figures(l) > 0 || l.pieces.some((p) => p.x1 > rowLabels + p.size)))
    const continued =
      next !== undefined && figures(next) > 0 && !startsRow(next) && next.top - line.bottom <= 0.6 * line.size
    return !continued
  })
}

/**
 * Where the label columns start (the first excepted): left edges shared by several label pieces —
 * the group labels' column, the row labels' column. A label spanning them all (一、本年新收…)
 * sits in the column of its centre, whole.
 */
function labelColumns(pieces: readonly Piece[], valueLeft: number, size: number): number[] {
  const edges = pieces.filter((p) => !isValue(p) && p.x0 < valueLeft - size).map((p) => p.x0)
  const sorted = [...edges].sort((a, b) => a - b)
  const starts: number[] = []
  for (let i = 0; i < sorted.length;) {
    let j = i + 1
    while (j < sorted.length && sorted[j] - sorted[j - 1] <= 0.5 * size) j++
    if (j - i >= 2) starts.push(sorted[i] - 0.2 * size)
    i = j
  }
  // The leftmost column starts where the table does.
  return starts.slice(1)
}

function virtualGrid(lines: readonly Line[]): Grid | undefined {
  const pieces = lines.flatMap((l) => l.pieces)
  const size = Math.max(...pieces.map((p) => p.size))
  // Every figure shows where its column is (rows with blanks show fewer of them).
  const values = lines.flatMap((l) => l.pieces.filter(isValue))
  const centres = clusterValues(
    values.map((p) => (p.x0 + p.x1) / 2),
    size,
  )
  const left = Math.min(...pieces.map((p) => p.x0)) - 1
  const right = Math.max(...pieces.map((p) => p.x1)) + 1
  const valueLeft = Math.min(...values.map((p) => p.x0)) - 0.2 * size
  const labels = labelColumns(pieces, valueLeft, size)
  const xs = [left, ...labels, valueLeft, ...centres.slice(1).map((c, i) => (c + centres[i]) / 2), right]
  // Row boundaries: between the last line of one row and the first of the next.
  const starts = rowStarts(lines, labels.length > 0 ? labels[labels.length - 1] : left)
  const rowOf: number[] = []
  let row = -1
  lines.forEach((line, i) => {
    if (starts[i] || row < 0) row++
    rowOf.push(row)
  })
  // A line that starts no row joins the nearer of the rows above and below it.
  lines.forEach((line, i) => {
    if (starts[i] || i === 0) return
    const below = lines.findIndex((_, k) => k > i && starts[k])
    if (below < 0) return
    let above = i - 1
    while (above >= 0 && !starts[above]) above--
    const up = above >= 0 ? centre(line) - centre(lines[above]) : Infinity
    if (centre(lines[below]) - centre(line) < up) rowOf[i] = rowOf[below]
  })
  const ys = [Math.min(...lines.map((l) => l.top)) - 1]
  for (let i = 1; i < lines.length; i++)
    if (rowOf[i] !== rowOf[i - 1]) ys.push((lines[i - 1].bottom + lines[i].top) / 2)
  ys.push(Math.max(...lines.map((l) => l.bottom)) + 1)
  const rulings: Ruling[] = [
    ...ys.map((y) => ({ x0: left, y0: y, x1: right, y1: y })),
    ...xs.map((x) => ({ x0: x, y0: ys[0], x1: x, y1: ys[ys.length - 1] })),
  ]
  return findGrids(rulings, pieces).grids[0]
}

/** The page's borderless tables as grids, and the lines that are no part of one. */
export function borderlessTables(lines: readonly Line[]): { grids: Grid[]; rest: Line[] } {
  const ranges = tableRanges(lines)
  if (ranges.length === 0) return { grids: [], rest: [...lines] }
  const grids: Grid[] = []
  const taken = new Set<number>()
  for (const [from, to] of ranges) {
    const grid = virtualGrid(lines.slice(from, to + 1))
    if (!grid) continue
    grids.push(grid)
    for (let i = from; i <= to; i++) taken.add(i)
  }
  return { grids, rest: lines.filter((_, i) => !taken.has(i)) }
}
