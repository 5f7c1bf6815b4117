/**
 * A canonical report drawn as HTML: title, publication date, the six sections with the narrative,
 * and the national tables as <table>s with their rowspan/colspan. Every text is escaped; each value
 * cell carries data-cell="flat.key.path" so the office-detail view can highlight failing cells.
 */
import type { Report } from '../../domain/types'
import type { LayoutCell, LayoutTable } from './layout'
import { cellDisplay, reportSections, reportTitle } from './render-text'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c])
}

function spans(cell: LayoutCell): string {
  return `${cell.colspan && cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ''}${cell.rowspan && cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : ''}`
}

function renderCell(report: Report, cell: LayoutCell): string {
  if (cell.kind === 'value' && cell.path) {
    return `<td class="report-value"${spans(cell)} data-cell="${escapeHtml(cell.path)}">${escapeHtml(cellDisplay(report, cell.path))}</td>`
  }
  const tag = cell.kind === 'header' ? 'th' : 'td'
  return `<${tag} class="report-${cell.kind}"${spans(cell)}>${escapeHtml(cell.text)}</${tag}>`
}

export function renderTableHtml(report: Report, table: LayoutTable): string {
  const rows = table.rows.map((row) => `<tr>${row.map((c) => renderCell(report, c)).join('')}</tr>`)
  return `<table class="report-table report-table--${table.key}"><tbody>\n${rows.join('\n')}\n</tbody></table>`
}

export interface HtmlOptions {
  /** Only the three tables, each under its section heading (no title, date or narrative). */
  tablesOnly?: boolean
}

export function renderReportHtml(report: Report, options: HtmlOptions = {}): string {
  const out: string[] = ['<section class="report">']
  if (!options.tablesOnly) {
    out.push(`<h1>${escapeHtml(reportTitle(report))}</h1>`)
    if (report.publishedAt) out.push(`<p class="report-date">发布日期：${escapeHtml(report.publishedAt)}</p>`)
  }
  for (const section of reportSections(report)) {
    if (options.tablesOnly && !section.table) continue
    out.push(`<h2>${escapeHtml(section.heading)}</h2>`)
    if (section.narrative && !options.tablesOnly) {
      for (const line of section.narrative.split(/\r\n|\r|\n/)) out.push(`<p>${escapeHtml(line)}</p>`)
    }
    if (section.table) out.push(renderTableHtml(report, section.table))
  }
  out.push('</section>')
  return out.join('\n')
}
