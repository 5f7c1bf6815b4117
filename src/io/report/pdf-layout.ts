/**
 * Pages of positioned text → the one-cell-per-line text the report reader takes (the layout the
 * HTML reader writes too): a ruled table's cells as "\tcell" lines, each row ended by an empty
 * line; a borderless table's rows as tab-separated lines; prose as lines. A table row that a page
 * break cut in two (its label on one page, its figures on the next) is put back together.
 */
import { borderlessTables } from './pdf-borderless'
import { findGrids, type Grid, type GridCell } from './pdf-grid'
import type { PageContent, TextRun } from './pdf-geometry'
import { groupLines, isFigureText, isNumberedLabel, piecesOf, runsText, toLine, type Line } from './pdf-lines'
import { collapseVerticalLabels, joinWrappedLines, textBlockOf, withoutPageNumbers } from './pdf-prose'

/** One cell of a table row as printed: where it is across the page and its text (several if its borders are missing). */
interface RowCell {
  x0: number
  x1: number
  texts: string[]
}

interface Table {
  /** Right edge, to recognise the same table continued on the next page. */
  x1: number
  rows: RowCell[][]
}

type Block = { top: number; line: Line } | { top: number; table: Table }

/** Runs of one cell split where nothing bridges a gap of an em or more: text a missing border did not separate. */
function columnsOf(runs: readonly TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => a.x0 - b.x0)
  const columns: TextRun[][] = []
  let right = -Infinity
  for (const run of sorted) {
    if (columns.length === 0 || run.x0 - right > run.size) columns.push([])
    columns[columns.length - 1].push(run)
    right = Math.max(right, run.x1)
  }
  return columns
}

function cellTexts(cell: GridCell): string[] {
  const texts = columnsOf(cell.runs)
    .map(runsText)
    .filter((t) => t !== '')
  // A blank cell stays a blank cell at its place: the reader takes a row's figures by position.
  if (texts.length === 0) return ['']
  // Only figures make several cells of one box; label text spread across it ("总　　　计",
  // distributed alignment) is one label.
  return texts.some(isFigureText) ? texts : [runsText(cell.runs)]
}

function tableOf(grid: Grid): Table {
  const rows: RowCell[][] = []
  for (const cell of grid.cells) {
    const row = (rows[cell.row] ??= [])
    row.push({ x0: cell.x0, x1: cell.x1, texts: cellTexts(cell) })
  }
  return { x1: grid.x1, rows: rows.filter((r) => r !== undefined) }
}

type Kind = 'label' | 'value' | 'empty'
type Shaped = { x0: number; x1: number; kind: Kind }

/** What a row prints where: label text, a figure, or nothing, by cell. */
function shapeOf(row: readonly RowCell[]): Shaped[] {
  return row.map((cell) => {
    const text = cell.texts.join('')
    const kind: Kind = text === '' ? 'empty' : cell.texts.every(isFigureText) ? 'value' : 'label'
    return { x0: cell.x0, x1: cell.x1, kind }
  })
}

/** Two cells stand over each other when they share most of the narrower one's width. */
const overlaps = (a: { x0: number; x1: number }, b: { x0: number; x1: number }) =>
  Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.5 * Math.min(a.x1 - a.x0, b.x1 - b.x0)

/** Every cell of `cells` that has text stands only over cells of `under` of the allowed kinds (or over none). */
const standsOver = (cells: readonly Shaped[], under: readonly Shaped[], allowed: readonly Kind[], which: Kind) =>
  cells.every((c) => c.kind !== which || under.every((u) => !overlaps(c, u) || allowed.includes(u.kind)))

/**
 * The last row of a table on one page and the first row of its continuation are one row cut by
 * the page break when the new page only continues the old row's labels (a wrapped label's second
 * half, under the first) or gives the figures its labels lacked. A header row repeated on the new
 * page prints over the figure columns, a new row has figures of its own or a numbered label:
 * neither qualifies. Cells are matched by position, not by column index: the continuation may lack
 * a column whose spanning cell (the vertical 三、本年度办理结果) held no text on the new page.
 */
function continues(last: readonly RowCell[], first: readonly RowCell[]): boolean {
  const a = shapeOf(last)
  const b = shapeOf(first)
  const has = (cells: Shaped[], kind: Kind) => cells.some((c) => c.kind === kind)
  if (!has(a, 'label') || !(has(b, 'label') || has(b, 'value'))) return false
  if (has(a, 'value') && has(b, 'value')) return false
  // A row of labels only, no figure and no blank cell, is a header row.
  if (!has(a, 'value') && !has(a, 'empty')) return false
  if (!has(b, 'value') && !has(b, 'empty')) return false
  // A numbered label ("（一）予以公开", "三、本年度办理结果") starts a row of its own.
  if (first.some((c) => c.texts.some((t) => isNumberedLabel(t)))) return false
  if (!has(b, 'value')) {
    const under = b.filter((c) => c.kind === 'label' && a.some((u) => u.kind === 'label' && overlaps(c, u)))
    return under.length > 0 && standsOver(b, a, ['label'], 'label')
  }
  // The figures on the new page, the labels on the old one.
  return (
    standsOver(b, a, ['empty'], 'value') &&
    standsOver(b, a, ['label'], 'label') &&
    standsOver(a, b, ['label', 'empty'], 'label')
  )
}

function mergeRows(last: readonly RowCell[], first: readonly RowCell[]): RowCell[] {
  const merged = last.map((c) => ({ ...c, texts: [...c.texts] }))
  for (const cell of first) {
    const text = cell.texts.join('')
    if (text === '') continue
    const home = merged.find((c) => overlaps(c, cell))
    if (!home) merged.push({ ...cell })
    else home.texts = home.texts.join('') === '' ? [...cell.texts] : [home.texts.join('') + text]
  }
  return merged.sort((x, y) => x.x0 - y.x0)
}

interface PageParts {
  lines: Line[]
  tables: { top: number; table: Table }[]
}

function pageParts(page: PageContent): PageParts {
  const { grids, outside } = findGrids(page.rulings, page.runs)
  const lines = groupLines(outside)
    .map((runs) => piecesOf(runs))
    .filter((pieces) => pieces.length > 0)
    .map(toLine)
  const borderless = borderlessTables(collapseVerticalLabels(withoutPageNumbers(lines, page.height)))
  return {
    lines: borderless.rest,
    tables: [...grids, ...borderless.grids].map((g) => ({ top: g.top, table: tableOf(g) })),
  }
}

function emitTable(table: Table, out: string[]): void {
  for (const row of table.rows) {
    for (const cell of row) for (const text of cell.texts) out.push(`\t${text.replace(/\t/g, ' ')}`)
    out.push('')
  }
  out.push('')
}

function emitLine(line: Line, out: string[]): void {
  out.push(line.pieces.map((p) => p.text.replace(/\t/g, ' ')).join('\t'))
}

/** The document's text in the reader's layout. */
export function layoutPages(pages: readonly PageContent[]): string {
  const parts = pages.map(pageParts)
  // Margins and body size from the whole document: a page of short lines has no full line to measure.
  const block = textBlockOf(parts.flatMap((p) => p.lines))
  const blocks: Block[] = []
  for (const part of parts) {
    const own: Block[] = [
      ...joinWrappedLines(part.lines, block).map((line) => ({ top: line.top, line })),
      ...part.tables,
    ].sort((a, b) => a.top - b.top)
    const previous = blocks[blocks.length - 1]
    const next = own[0]
    const sameTable =
      previous && 'table' in previous && next && 'table' in next && Math.abs(previous.table.x1 - next.table.x1) <= 3
    if (sameTable) {
      const lastRows = previous.table.rows
      const [first, ...rest] = next.table.rows
      if (first && lastRows.length > 0 && continues(lastRows[lastRows.length - 1], first)) {
        lastRows[lastRows.length - 1] = mergeRows(lastRows[lastRows.length - 1], first)
        next.table.rows = rest
      }
    }
    blocks.push(...own)
  }
  const out: string[] = []
  for (const b of blocks) {
    if ('table' in b) emitTable(b.table, out)
    else emitLine(b.line, out)
  }
  return out.join('\n')
}
