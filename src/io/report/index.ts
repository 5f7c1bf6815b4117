/**
 * Reading published annual reports directly — report text (.txt/.md), saved web pages
 * (.html/.htm, any declared charset), Word files (.docx) and PDF files — into one canonical Report
 * with the parser's findings; and drawing a canonical report back as the national tables.
 */
import { InputError } from '../../domain/errors'
import type { ReportRecord } from '../../domain/record'
import type { Finding } from '../../domain/types'
import { decodeText } from '../encoding'
import { extensionOf } from '../filename'
import { decodeHtmlBytes } from './decode'
import { docxToHtml } from './docx'
import { said } from '../../i18n/said'
import { NO_TABLES, parseDocumentText, type ParsedReport, type ReportHints } from './parse-text'

export type { ReportHints } from './parse-text'
export { renderReportText, type TextLayout } from './render-text'
export { renderReportHtml, renderTableHtml, escapeHtml, type HtmlOptions } from './render-html'

export type ReportFormat = 'report-text' | 'report-html' | 'report-docx' | 'report-pdf'

/** The core, on decoded text (.txt/.md). */
export function parseReportText(text: string, hints: ReportHints, fileName?: string): ParsedReport {
  return parseDocumentText(text, hints, fileName, 'text')
}

/**
 * A saved web page (or Word-exported HTML), already decoded. The HTML reader (htmlparser2) is
 * loaded on first use: converting report texts, the CLI's bulk case, never pays for it.
 */
export async function parseReportHtml(html: string, hints: ReportHints, fileName?: string): Promise<ParsedReport> {
  const { htmlToCellText } = await import('./html')
  return parseDocumentText(htmlToCellText(html, fileName), hints, fileName, 'html')
}

/** "%PDF" at the start (a PDF may carry a few junk bytes before it; pdf.ts looks further). */
function startsLikePdf(bytes: Uint8Array): boolean {
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46
}

function sniffFormat(fileName: string, bytes: Uint8Array): ReportFormat {
  const ext = extensionOf(fileName)
  if (ext === 'pdf' || startsLikePdf(bytes)) return 'report-pdf'
  if (ext === 'docx') return 'report-docx'
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml' || ext === 'shtml') return 'report-html'
  if (ext === 'txt' || ext === 'md' || ext === 'markdown' || ext === 'text') return 'report-text'
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'report-docx'
  let head = ''
  for (let i = 0; i < Math.min(bytes.length, 1024); i++) head += bytes[i] < 0x80 ? String.fromCharCode(bytes[i]) : ' '
  return /<(?:!doctype\s+html|html|head|body|table|p|div)\b/i.test(head) ? 'report-html' : 'report-text'
}

export async function parseReportDocument(
  /** `text`: the bytes already decoded by decodeText, when the caller has done so (a .txt it sniffed). */
  input: { fileName: string; bytes: Uint8Array; text?: string },
  hints: ReportHints,
): Promise<{ record: ReportRecord; findings: Finding[]; format: ReportFormat }> {
  const { fileName, bytes } = input
  if (extensionOf(fileName) === 'doc') {
    throw new InputError(said('document.oldWord'), { file: fileName })
  }
  const format = sniffFormat(fileName, bytes)
  if (format === 'report-pdf') {
    // PDF.js (some MB) is loaded only when a PDF arrives: a board that never sees one downloads none of it.
    const { pdfToCellText } = await import('./pdf')
    const text = await pdfToCellText(bytes, fileName)
    try {
      return { ...parseDocumentText(text, hints, fileName, 'html'), format }
    } catch (e) {
      if (e instanceof InputError && e.messageId === NO_TABLES.messageId) {
        throw new InputError(said('document.noTablesPdf'), { file: fileName })
      }
      throw e
    }
  }
  if (format === 'report-docx') {
    const html = await docxToHtml(bytes, fileName)
    try {
      return { ...(await parseReportHtml(html, hints, fileName)), format }
    } catch (e) {
      if (e instanceof InputError && e.messageId === NO_TABLES.messageId) {
        throw new InputError(said('document.noTablesWord'), { file: fileName })
      }
      throw e
    }
  }
  if (format === 'report-html') {
    const { text } = decodeHtmlBytes(bytes, fileName)
    return { ...(await parseReportHtml(text, hints, fileName)), format }
  }
  const text = input.text ?? decodeText(bytes, fileName).text
  return { ...parseReportText(text, hints, fileName), format }
}
