/**
 * A canonical report drawn straight into a PDF the way Word and WPS export one: the national
 * tables (layout.ts, the same definition the HTML renderer draws) as ruled grids, text placed per
 * line of a cell (Word) or per glyph (WPS), borders stroked (WPS) or filled as thin rectangles
 * (Word), figures at the top, middle or bottom of rows whose labels wrap, "-N-" page numbers.
 * No browser needed: fast enough for property tests. The font is not embedded (CMaps needed).
 */
import type { LayoutTable } from '../../src/io/report/layout'
import { cellDisplay, reportSections, reportTitle } from '../../src/io/report/render-text'
import { DISPUTE_COLUMNS, DISPUTE_GROUPS, type TemplateId } from '../../src/domain/model'
import { requestsLayout } from '../../src/io/report/layout'
import type { Report } from '../../src/domain/types'
import { PdfBuilder, pagesDocument, textWidth, ucs2 } from './pdf-builder'

export interface DrawOptions {
  borders?: 'stroke' | 'fill' | 'none'
  runs?: 'line' | 'glyph'
  /** Where figures sit in a row whose label wraps. */
  valign?: 'top' | 'middle' | 'bottom'
  /** Table 三's three label columns, in ems: the vertical 三、本年度办理结果, the group, the row label. */
  labelColumns?: [number, number, number]
  /** Width of an applicant column of table 三, in ems. */
  valueColumn?: number
  disputes?: 'national' | 'groups'
  /** Usable page height in points (less: table 三 breaks across pages sooner). */
  bodyHeight?: number
  password?: string
  /** Table 三 drawn in this format's layout (a 2021 report printing （六）其他处理 as one row: '2019'). */
  requestsLayout?: TemplateId
  /** What a label cell prints instead of the national text (typos, dropped characters). */
  relabel?: (text: string) => string
}

const SIZE = 10.5
const LINE = 1.35 * SIZE
const PAD = 0.3 * SIZE
const PAGE_W = 595.28
const PAGE_H = 841.89
const LEFT = 72
const TOP = 72
const CONTENT_W = PAGE_W - 2 * LEFT

interface Placed {
  row: number
  col: number
  rowSpan: number
  colSpan: number
  text: string
  align: 'left' | 'center'
  value: boolean
}

/** HTML's table algorithm: cells placed left to right, skipping slots taken by row spans above. */
function place(table: LayoutTable, report: Report, options: DrawOptions): { cells: Placed[]; cols: number } {
  const taken = new Set<string>()
  const cells: Placed[] = []
  let cols = 0
  table.rows.forEach((row, r) => {
    let c = 0
    for (const cell of row) {
      while (taken.has(`${r},${c}`)) c++
      const rowSpan = cell.rowspan ?? 1
      const colSpan = cell.colspan ?? 1
      for (let dr = 0; dr < rowSpan; dr++) for (let dc = 0; dc < colSpan; dc++) taken.add(`${r + dr},${c + dc}`)
      const value = cell.kind === 'value'
      cells.push({
        row: r,
        col: c,
        rowSpan,
        colSpan,
        text:
          value && cell.path
            ? cellDisplay(report, cell.path)
            : cell.kind === 'label' && options.relabel
              ? options.relabel(cell.text)
              : cell.text,
        align: cell.kind === 'label' ? 'left' : 'center',
        value,
      })
      c += colSpan
      cols = Math.max(cols, c)
    }
  })
  return { cells, cols }
}

function wrap(text: string, widthEm: number): string[] {
  if (text === '') return []
  const lines: string[] = []
  let line = ''
  for (const ch of text) {
    if (line !== '' && textWidth(line + ch) > widthEm) {
      lines.push(line)
      line = ''
    }
    line += ch
  }
  lines.push(line)
  return lines
}

class Pages {
  readonly contents: string[] = ['']
  y = TOP
  constructor(
    private readonly options: DrawOptions,
    private readonly bottom: number,
  ) {}

  newPage(): void {
    this.contents.push('')
    this.y = TOP
  }
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage()
  }
  get page(): number {
    return this.contents.length - 1
  }
  text(x: number, top: number, text: string, size = SIZE, page = this.page): void {
    const baseline = PAGE_H - (top + 0.85 * size)
    if (this.options.runs === 'glyph') {
      let at = x
      for (const ch of text) {
        this.contents[page] +=
          `BT /F1 ${size} Tf 1 0 0 1 ${at.toFixed(2)} ${baseline.toFixed(2)} Tm ${ucs2(ch)} Tj ET\n`
        at += textWidth(ch) * size
      }
      return
    }
    this.contents[page] += `BT /F1 ${size} Tf 1 0 0 1 ${x.toFixed(2)} ${baseline.toFixed(2)} Tm ${ucs2(text)} Tj ET\n`
  }
  box(x0: number, top: number, x1: number, bottom: number, page = this.page): void {
    const [y0, y1] = [PAGE_H - bottom, PAGE_H - top]
    if (this.options.borders === 'none') return
    if (this.options.borders === 'fill') {
      const t = 0.5
      const rects = [
        [x0, y1 - t / 2, x1 - x0, t],
        [x0, y0 - t / 2, x1 - x0, t],
        [x0 - t / 2, y0, t, y1 - y0],
        [x1 - t / 2, y0, t, y1 - y0],
      ]
      for (const r of rects) this.contents[page] += `${r.map((v) => v.toFixed(2)).join(' ')} re f\n`
      return
    }
    const p = (v: number) => v.toFixed(2)
    this.contents[page] +=
      `0.5 w ${p(x0)} ${p(y1)} m ${p(x1)} ${p(y1)} l S ${p(x0)} ${p(y0)} m ${p(x1)} ${p(y0)} l S ` +
      `${p(x0)} ${p(y0)} m ${p(x0)} ${p(y1)} l S ${p(x1)} ${p(y0)} m ${p(x1)} ${p(y1)} l S\n`
  }
}

function columnWidths(table: LayoutTable, cols: number, options: DrawOptions): number[] {
  if (table.key === 'requests') {
    const labels = options.labelColumns ?? [1.6, 5, 14]
    const value = options.valueColumn ?? (CONTENT_W / SIZE - labels[0] - labels[1] - labels[2]) / 7
    return [...labels, ...Array<number>(cols - 3).fill(value)].map((em) => em * SIZE)
  }
  return Array<number>(cols).fill(CONTENT_W / cols)
}

function drawTable(pages: Pages, table: LayoutTable, report: Report, options: DrawOptions): void {
  const { cells, cols } = place(table, report, options)
  const widths = columnWidths(table, cols, options)
  const xs = [LEFT]
  for (const w of widths) xs.push(xs[xs.length - 1] + w)
  const rows = Math.max(...cells.map((c) => c.row + c.rowSpan))
  const lines = new Map(cells.map((c) => [c, wrap(c.text, (xs[c.col + c.colSpan] - xs[c.col] - 2 * PAD) / SIZE)]))
  const need = (c: Placed) => Math.max(1, lines.get(c)?.length ?? 0) * LINE + 2 * PAD
  const heights = Array.from({ length: rows }, (_, r) =>
    Math.max(LINE + 2 * PAD, ...cells.filter((c) => c.row === r && c.rowSpan === 1).map(need)),
  )
  for (const c of cells.filter((x) => x.rowSpan > 1)) {
    const have = heights.slice(c.row, c.row + c.rowSpan).reduce((a, b) => a + b, 0)
    if (have < need(c)) heights[c.row + c.rowSpan - 1] += need(c) - have
  }
  // Row tops, page by page: a row that does not fit starts a new page (Word keeps rows whole).
  const where: { page: number; top: number }[] = []
  for (let r = 0; r < rows; r++) {
    pages.ensure(heights[r])
    where.push({ page: pages.contents.length - 1, top: pages.y })
    pages.y += heights[r]
  }
  for (const c of cells) {
    // A cell spanning rows on several pages has a box on each; its text goes in the first part.
    const parts: { page: number; top: number; bottom: number }[] = []
    for (let r = c.row; r < c.row + c.rowSpan; r++) {
      const part = parts[parts.length - 1]
      if (part && part.page === where[r].page) part.bottom = where[r].top + heights[r]
      else parts.push({ page: where[r].page, top: where[r].top, bottom: where[r].top + heights[r] })
    }
    const x0 = xs[c.col]
    const x1 = xs[c.col + c.colSpan]
    for (const part of parts) pages.box(x0, part.top, x1, part.bottom, part.page)
    const text = lines.get(c) ?? []
    const block = text.length * LINE
    // The text fits where it starts (Word lets a long rotated-label overflow no cell).
    const home = parts.find((p) => p.bottom - p.top >= block + 2 * PAD) ?? parts[0]
    const { page, top, bottom } = home
    const valign = c.value ? (options.valign ?? 'middle') : 'middle'
    const y0 =
      valign === 'top' ? top + PAD : valign === 'bottom' ? bottom - PAD - block : (top + bottom) / 2 - block / 2
    text.forEach((line, k) => {
      const w = textWidth(line) * SIZE
      const x = c.align === 'left' ? x0 + PAD : (x0 + x1) / 2 - w / 2
      pages.text(x, y0 + k * LINE, line, SIZE, page)
    })
  }
  pages.y += LINE
}

/** Table 四 as three small tables, each under its heading. */
function disputeGroupTables(): { heading: string; table: LayoutTable }[] {
  return DISPUTE_GROUPS.map((g) => ({
    heading: g.key === 'review' ? '行政复议' : `行政诉讼（${g.zh.split('-').pop()}）`,
    table: {
      key: 'disputes',
      rows: [
        DISPUTE_COLUMNS.map((c) => ({ text: c.zh, kind: 'header' as const })),
        DISPUTE_COLUMNS.map((c) => ({ text: '', kind: 'value' as const, path: `${g.key}.${c.key}` })),
      ],
    },
  }))
}

function prose(pages: Pages, text: string, size = SIZE, center = false): void {
  for (const para of text.split('\n')) {
    const lines = wrap(center ? para : `　　${para}`, CONTENT_W / size)
    for (const line of lines) {
      pages.ensure(size * 1.5)
      const w = textWidth(line) * size
      pages.text(center ? LEFT + (CONTENT_W - w) / 2 : LEFT, pages.y, line, size)
      pages.y += size * 1.5
    }
  }
}

function drawReport(pages: Pages, report: Report, options: DrawOptions): void {
  prose(pages, reportTitle(report), 16, true)
  if (report.publishedAt) prose(pages, `发布日期：${report.publishedAt}`, SIZE, true)
  for (const section of reportSections(report)) {
    pages.ensure(3 * LINE)
    pages.text(LEFT, pages.y, section.heading, 12)
    pages.y += 12 * 1.6
    if (section.narrative) prose(pages, section.narrative)
    if (!section.table) continue
    if (section.table.key === 'disputes' && options.disputes === 'groups') {
      for (const { heading, table } of disputeGroupTables()) {
        pages.ensure(4 * LINE)
        pages.text(LEFT, pages.y, heading)
        pages.y += LINE * 1.2
        drawTable(pages, table, report, options)
      }
    } else if (section.table.key === 'requests' && options.requestsLayout)
      drawTable(pages, requestsLayout(options.requestsLayout), report, options)
    else drawTable(pages, section.table, report, options)
  }
}

/** Reports one after the other in one PDF file (one report: what an office publishes). */
export function drawReportsPdf(reports: readonly Report[], options: DrawOptions = {}): Uint8Array {
  const pages = new Pages(options, TOP + (options.bodyHeight ?? PAGE_H - 2 * TOP))
  reports.forEach((report, i) => {
    if (i > 0) pages.newPage()
    drawReport(pages, report, options)
  })
  const contents = pages.contents.map(
    (c, i) => `${c}BT /F1 9 Tf 1 0 0 1 ${(PAGE_W / 2 - 9).toFixed(2)} 40 Tm ${ucs2(`-${i + 1}-`)} Tj ET\n`,
  )
  const pdf = new PdfBuilder()
  return pdf.build(pagesDocument(pdf, contents), { password: options.password })
}

export function drawReportPdf(report: Report, options: DrawOptions = {}): Uint8Array {
  return drawReportsPdf([report], options)
}

/** A PDF of prose only (a notice, not a report), one paragraph per line given. */
export function drawProsePdf(paragraphs: readonly string[]): Uint8Array {
  const pages = new Pages({}, PAGE_H - TOP)
  for (const p of paragraphs) prose(pages, p)
  const pdf = new PdfBuilder()
  return pdf.build(pagesDocument(pdf, pages.contents))
}
