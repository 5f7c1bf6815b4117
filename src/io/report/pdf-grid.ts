/**
 * Ruled tables: the border lines of a page → tables of cells, with the spans the borders imply
 * (a cell whose inner border is missing spans the rows or columns on both sides, as the vertical
 * "三、本年度办理结果" and the group labels "（三）不予公开" do). Text is then placed by position,
 * so a label wrapped onto several lines, a header broken per character or a label set vertically
 * one character per line is one cell, whatever order the PDF drew it in.
 */
import { clusterValues, type Ruling, type TextRun } from './pdf-geometry'

interface Segment {
  /** The fixed coordinate (y of a horizontal line, x of a vertical one). */
  at: number
  from: number
  to: number
}

export interface GridCell {
  row: number
  col: number
  rowSpan: number
  colSpan: number
  x0: number
  x1: number
  top: number
  bottom: number
  runs: TextRun[]
}

export interface Grid {
  x0: number
  x1: number
  top: number
  bottom: number
  /** Column boundaries, left to right (columns + 1 of them). */
  xs: number[]
  /** Row boundaries, top to bottom. */
  ys: number[]
  /** Every cell, by row then column of its top-left corner. */
  cells: GridCell[]
}

/** Lines closer than this (points) are one line: borders drawn twice, a cell's edge a hair off its neighbour's. */
const SNAP = 2
/** A segment shorter than this is no border (a dot, a tick of a glyph drawn as a path). */
const MIN_SEGMENT = 4
/** A border must run along this share of a cell's side to separate the cells on either side of it. */
const COVERAGE = 0.5

function segments(rulings: readonly Ruling[]): { horizontal: Segment[]; vertical: Segment[] } {
  const horizontal: Segment[] = []
  const vertical: Segment[] = []
  for (const r of rulings) {
    const dx = Math.abs(r.x1 - r.x0)
    const dy = Math.abs(r.y1 - r.y0)
    if (dy <= 1 && dx >= MIN_SEGMENT)
      horizontal.push({ at: (r.y0 + r.y1) / 2, from: Math.min(r.x0, r.x1), to: Math.max(r.x0, r.x1) })
    else if (dx <= 1 && dy >= MIN_SEGMENT)
      vertical.push({ at: (r.x0 + r.x1) / 2, from: Math.min(r.y0, r.y1), to: Math.max(r.y0, r.y1) })
  }
  return { horizontal: mergeCollinear(horizontal), vertical: mergeCollinear(vertical) }
}

/** Collinear segments that touch or overlap become one (a border drawn cell by cell). */
function mergeCollinear(list: Segment[]): Segment[] {
  const byLine = [...list].sort((a, b) => a.at - b.at)
  const out: Segment[] = []
  for (let i = 0; i < byLine.length;) {
    // One line: segments whose positions lie within SNAP / 2 of the first.
    let j = i + 1
    while (j < byLine.length && byLine[j].at - byLine[i].at <= SNAP / 2) j++
    const line = byLine.slice(i, j).sort((a, b) => a.from - b.from)
    const at = line.reduce((sum, s) => sum + s.at, 0) / line.length
    let current: Segment | undefined
    for (const s of line) {
      if (current && s.from <= current.to + SNAP) current.to = Math.max(current.to, s.to)
      else out.push((current = { at, from: s.from, to: s.to }))
    }
    i = j
  }
  return out
}

class UnionFind {
  private readonly parent: number[]
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i)
  }
  find(i: number): number {
    let r = i
    while (this.parent[r] !== r) r = this.parent[r]
    while (this.parent[i] !== r) [this.parent[i], i] = [r, this.parent[i]]
    return r
  }
  union(a: number, b: number): void {
    const ra = this.find(a)
    const rb = this.find(b)
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb)
  }
}

const crosses = (h: Segment, v: Segment) =>
  v.at >= h.from - SNAP && v.at <= h.to + SNAP && h.at >= v.from - SNAP && h.at <= v.to + SNAP

/** Sets of borders that touch each other: each set with two lines each way is a table. */
function tablesOf(horizontal: Segment[], vertical: Segment[]): { h: Segment[]; v: Segment[] }[] {
  const sets = new UnionFind(horizontal.length + vertical.length)
  horizontal.forEach((h, i) =>
    vertical.forEach((v, j) => {
      if (crosses(h, v)) sets.union(i, horizontal.length + j)
    }),
  )
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>()
  const group = (i: number) => {
    const root = sets.find(i)
    let g = groups.get(root)
    if (!g) groups.set(root, (g = { h: [], v: [] }))
    return g
  }
  horizontal.forEach((h, i) => group(i).h.push(h))
  vertical.forEach((v, j) => group(horizontal.length + j).v.push(v))
  return [...groups.values()].filter((g) => g.h.length >= 2 && g.v.length >= 2)
}

/** How much of [from, to] the segments at `at` cover (0–1). */
function coverage(list: readonly Segment[], at: number, from: number, to: number): number {
  let covered = 0
  for (const s of list) {
    if (Math.abs(s.at - at) > SNAP) continue
    covered += Math.max(0, Math.min(to, s.to) - Math.max(from, s.from))
  }
  return to > from ? covered / (to - from) : 0
}

function buildGrid(h: Segment[], v: Segment[]): Grid | undefined {
  // Boundaries: every line, and the ends of lines (a table drawn without outer side borders).
  const ys = clusterValues([...h.map((s) => s.at), ...v.flatMap((s) => [s.from, s.to])], SNAP)
  const xs = clusterValues([...v.map((s) => s.at), ...h.flatMap((s) => [s.from, s.to])], SNAP)
  const rows = ys.length - 1
  const cols = xs.length - 1
  // A frame around a page or a box around a heading is no table: a table has columns (one row of
  // them is a table too: the last row of a table broken across pages).
  if (cols < 2) return undefined
  const cellsUf = new UnionFind(rows * cols)
  const id = (r: number, c: number) => r * cols + c
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols && coverage(v, xs[c + 1], ys[r], ys[r + 1]) < COVERAGE) cellsUf.union(id(r, c), id(r, c + 1))
      if (r + 1 < rows && coverage(h, ys[r + 1], xs[c], xs[c + 1]) < COVERAGE) cellsUf.union(id(r, c), id(r + 1, c))
    }
  }
  const byRoot = new Map<number, GridCell>()
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = cellsUf.find(id(r, c))
      const cell = byRoot.get(root)
      if (!cell) {
        byRoot.set(root, {
          row: r,
          col: c,
          rowSpan: 1,
          colSpan: 1,
          x0: xs[c],
          x1: xs[c + 1],
          top: ys[r],
          bottom: ys[r + 1],
          runs: [],
        })
        continue
      }
      cell.rowSpan = Math.max(cell.rowSpan, r - cell.row + 1)
      cell.colSpan = Math.max(cell.colSpan, c - cell.col + 1)
      cell.x0 = Math.min(cell.x0, xs[c])
      cell.x1 = Math.max(cell.x1, xs[c + 1])
      cell.bottom = Math.max(cell.bottom, ys[r + 1])
    }
  }
  const cells = [...byRoot.values()].sort((a, b) => a.row - b.row || a.col - b.col)
  return { x0: xs[0], x1: xs[cols], top: ys[0], bottom: ys[rows], xs, ys, cells }
}

/** Index of the band [edges[i], edges[i+1]) holding `v`, or -1. */
function band(edges: readonly number[], v: number): number {
  if (v < edges[0] || v > edges[edges.length - 1]) return -1
  let lo = 0
  let hi = edges.length - 2
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (edges[mid] <= v) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * The page's ruled tables with the runs that lie inside them (by the centre of each run), and
 * the runs outside every table.
 */
export function findGrids(rulings: readonly Ruling[], runs: readonly TextRun[]): { grids: Grid[]; outside: TextRun[] } {
  const { horizontal, vertical } = segments(rulings)
  const grids = tablesOf(horizontal, vertical)
    .map((t) => buildGrid(t.h, t.v))
    .filter((g): g is Grid => g !== undefined)
    // A table drawn inside another (a layout frame around the report's tables) keeps its own runs.
    .sort((a, b) => (a.x1 - a.x0) * (a.bottom - a.top) - (b.x1 - b.x0) * (b.bottom - b.top))
  const outside: TextRun[] = []
  const lookup = grids.map((g) => {
    const at = new Map<number, GridCell>()
    const cols = g.xs.length - 1
    for (const cell of g.cells)
      for (let r = cell.row; r < cell.row + cell.rowSpan; r++)
        for (let c = cell.col; c < cell.col + cell.colSpan; c++) at.set(r * cols + c, cell)
    return { g, at, cols }
  })
  for (const run of runs) {
    const cx = (run.x0 + run.x1) / 2
    const cy = (run.top + run.bottom) / 2
    let placed = false
    for (const { g, at, cols } of lookup) {
      const r = band(g.ys, cy)
      const c = band(g.xs, cx)
      if (r < 0 || c < 0) continue
      at.get(r * cols + c)?.runs.push(run)
      placed = true
      break
    }
    if (!placed) outside.push(run)
  }
  // A box with no text in it is dropped; a table row left blank (two cells or more) is kept.
  return { grids: grids.filter((g) => g.cells.length >= 2 || g.cells.some((c) => c.runs.length > 0)), outside }
}
