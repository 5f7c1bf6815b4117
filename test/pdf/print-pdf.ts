/**
 * Reports printed to PDF the way an office's web page or a "print to PDF" is: the board's own
 * HTML renderer (renderReportHtml) in Debian's Chromium, with CSS that reproduces what real report
 * PDFs do to the national tables — the group label 三、本年度办理结果 set in a column one or two
 * characters wide, labels wrapped with the figures on their first, middle or last line, headers
 * broken per character, a page break inside table 三 with "-N-" page numbers, no borders at all,
 * table 四 as three small tables. Used by the PDF tests and the bench; PDFs are made at run time
 * (Chromium embeds its fonts: a few hundred KB each, nothing to commit).
 */
import { chromium, type Browser } from '@playwright/test'
import { chromiumPath } from '../../playwright.config'
import { renderReportHtml } from '../../src/io/report/render-html'
import type { Report } from '../../src/domain/types'

export const PRINT_LAYOUTS = [
  'ruled',
  'wrapped-middle',
  'wrapped-bottom',
  'narrow-headers',
  'page-break',
  'disputes-tables',
  'vertical-writing',
  'borderless',
] as const
export type PrintLayout = (typeof PRINT_LAYOUTS)[number]

const BASE_CSS = `
  body { font-family: "Noto Serif CJK SC", serif; font-size: 10.5pt; margin: 0; }
  h1 { font-size: 16pt; text-align: center; }
  h2 { font-size: 12pt; }
  table { border-collapse: collapse; width: 100%; table-layout: fixed; margin-bottom: 8pt; }
  td, th { border: 0.75pt solid #000; padding: 2pt 3pt; text-align: center; font-weight: normal; }
  td.report-label { text-align: left; }
`

/** Column widths of table 三 (3 label columns, then the 7 applicant columns), per layout. */
const REQUEST_COLUMNS: Record<string, string[]> = {
  // The vertical label's column fits one or two characters a line.
  ruled: ['2.2em', '5.5em', '13em'],
  // Narrow label columns: long labels wrap onto two or three lines.
  'wrapped-middle': ['2.2em', '4.2em', '7.5em'],
  'wrapped-bottom': ['2.2em', '4.2em', '7.5em'],
  'narrow-headers': ['2.2em', '5.5em', '15em'],
}

const LAYOUT_CSS: Partial<Record<PrintLayout, string>> = {
  'wrapped-middle': 'td { vertical-align: middle; }',
  'wrapped-bottom': 'td.report-value { vertical-align: bottom; } td.report-label { vertical-align: top; }',
  // Applicant columns two characters wide: 商业/企业, 科研/机构, 社会/公益/组织.
  'narrow-headers': '.report-table--requests col.value { width: 2.3em; }',
  'page-break': 'tr.page-break { break-before: page; }',
  'vertical-writing': 'td.vertical { writing-mode: vertical-rl; text-orientation: upright; }',
  borderless: 'td, th { border: none; padding: 3pt 5pt; }',
}

function withColumns(html: string, layout: PrintLayout): string {
  const widths = REQUEST_COLUMNS[layout] ?? REQUEST_COLUMNS.ruled
  const cols = [...widths.map((w) => `<col style="width:${w}">`), ...Array(7).fill('<col class="value">')].join('')
  return html.replace(
    '<table class="report-table report-table--requests"><tbody>',
    `<table class="report-table report-table--requests"><colgroup>${cols}</colgroup><tbody>`,
  )
}

/** Table 四 as three small tables, each under its own heading, with the five columns. */
function disputesAsTables(html: string, report: Report): string {
  const start = html.indexOf('<table class="report-table report-table--disputes">')
  const end = html.indexOf('</table>', start) + '</table>'.length
  const heads = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
  const keys = ['upheld', 'corrected', 'other', 'pending', 'total'] as const
  const groups = [
    ['行政复议', report.review],
    ['行政诉讼（未经复议直接起诉）', report.litigationDirect],
    ['行政诉讼（复议后起诉）', report.litigationAfterReview],
  ] as const
  const tables = groups
    .map(
      ([title, row]) =>
        `<p>${title}</p><table><tr>${heads.map((h) => `<th>${h}</th>`).join('')}</tr>` +
        `<tr>${keys.map((k) => `<td class="report-value">${row[k] ?? ''}</td>`).join('')}</tr></table>`,
    )
    .join('\n')
  return html.slice(0, start) + tables + html.slice(end)
}

/** The report as the HTML page printed for a layout. */
export function printableHtml(report: Report, layout: PrintLayout): string {
  let body = withColumns(renderReportHtml(report), layout)
  if (layout === 'page-break') {
    // Break before the 12th row of table 三 (inside （三）不予公开).
    let at = body.indexOf('report-table--requests')
    for (let n = 0; n < 12; n++) at = body.indexOf('<tr>', at + 1)
    body = `${body.slice(0, at)}<tr class="page-break">${body.slice(at + 4)}`
  }
  if (layout === 'disputes-tables') body = disputesAsTables(body, report)
  if (layout === 'vertical-writing')
    body = body.replace(/<td class="report-label" rowspan="(2[0-9])"/, '<td class="report-label vertical" rowspan="$1"')
  const css = BASE_CSS + (LAYOUT_CSS[layout] ?? '')
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${css}</style></head><body>${body}</body></html>`
}

export interface PrintJob {
  report: Report
  layout: PrintLayout
}

const FOOTER = '<div style="font-size:9pt;width:100%;text-align:center">-<span class="pageNumber"></span>-</div>'

/** Print each job to PDF in one Chromium. */
export async function printReportPdfs(jobs: readonly PrintJob[]): Promise<Uint8Array[]> {
  const browser: Browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] })
  try {
    const page = await browser.newPage()
    const out: Uint8Array[] = []
    for (const job of jobs) {
      await page.setContent(printableHtml(job.report, job.layout))
      const pdf = await page.pdf({
        format: 'A4',
        margin: { top: '2cm', bottom: '2cm', left: '2.2cm', right: '2.2cm' },
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: FOOTER,
      })
      out.push(new Uint8Array(pdf))
    }
    return out
  } finally {
    await browser.close()
  }
}
