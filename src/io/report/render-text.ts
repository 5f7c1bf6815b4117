/**
 * A canonical report drawn as the national tables in text, in the three layouts seen in the wild:
 * one cell per line (tab-led, rows ended by an empty line, as in copied web pages), one row per
 * line (tab-separated, as a browser copies a table), and markdown pipe tables.
 */
import { CELL_BY_PATH, getCell } from '../../domain/cells'
import { PROACTIVE_TEXT_FIELDS, SECTIONS, type SectionKey } from '../../domain/model'
import type { Narrative, Report } from '../../domain/types'
import { nationalTables, type LayoutRow, type LayoutTable } from './layout'

export type TextLayout = 'cell-per-line' | 'row-per-line' | 'markdown'

/** The text a value cell shows: the amount as printed when the report kept it, else the number. */
export function cellDisplay(report: Report, path: string): string {
  const text = PROACTIVE_TEXT_FIELDS.find((f) => path === `proactive.${f.item}.amountWanYuan`)
  const textCell = text ? CELL_BY_PATH.get(`proactive.${text.item}.${text.key}`) : undefined
  if (textCell) {
    const printed = getCell(report, textCell)
    if (typeof printed === 'string' && printed.trim() !== '') return printed.trim()
  }
  const cell = CELL_BY_PATH.get(path)
  const v = cell ? getCell(report, cell) : undefined
  return typeof v === 'number' ? String(v) : ''
}

export function reportTitle(report: Report): string {
  return `${report.office}${report.year}年政府信息公开工作年度报告`
}

/** Section headings with the narrative or table that follows each. */
export function reportSections(
  report: Report,
): { key: SectionKey; heading: string; narrative?: string; table?: LayoutTable }[] {
  const [proactive, requests, disputes] = nationalTables(report.template)
  const tables: Record<string, LayoutTable> = { proactive, requests, disputes }
  const texts: Record<string, keyof Narrative> = { overview: 'overview', problems: 'problems', other: 'other' }
  return SECTIONS.map((s) => ({
    key: s.key,
    heading: `${s.numbering}${s.zh}`,
    narrative: texts[s.key] ? report.narrative?.[texts[s.key]] : undefined,
    table: tables[s.key],
  }))
}

function rowTexts(report: Report, row: LayoutRow): string[] {
  return row.map((c) => (c.kind === 'value' && c.path ? cellDisplay(report, c.path) : c.text))
}

function tableLines(report: Report, table: LayoutTable, layout: TextLayout): string[] {
  const out: string[] = []
  table.rows.forEach((row, r) => {
    const cells = rowTexts(report, row)
    if (layout === 'cell-per-line') {
      for (const c of cells) out.push(`\t${c}`)
      out.push('')
    } else if (layout === 'row-per-line') {
      out.push(cells.join('\t'))
    } else {
      out.push(`| ${cells.map((c) => c.replace(/\|/g, '｜')).join(' | ')} |`)
      if (r === 0) out.push(`|${cells.map(() => ' --- ').join('|')}|`)
    }
  })
  out.push('')
  return out
}

/** Narrative lines must not look like table cells when read back. */
function narrativeLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.replace(/^[\t|]+/, '').replace(/[\t|]+$/, ''))
}

export function renderReportText(report: Report, layout: TextLayout = 'cell-per-line'): string {
  const lines: string[] = [reportTitle(report)]
  if (report.publishedAt) lines.push(`发布日期：${report.publishedAt}`)
  for (const section of reportSections(report)) {
    lines.push(section.heading)
    if (section.narrative) lines.push(...narrativeLines(section.narrative))
    if (section.table) {
      lines.push('')
      lines.push(...tableLines(report, section.table, layout))
    }
  }
  return `${lines.join('\n')}\n`
}
