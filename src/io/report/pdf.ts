/**
 * PDF reports → the one-cell-per-line text the report reader takes. PDF.js (loaded on first use,
 * see pdf-engine.ts) gives each page's text runs with their positions and its drawing operators;
 * the border lines among those give the tables their cells (pdf-grid.ts), and pdf-layout.ts
 * writes cells, rows and prose in reading order. What cannot be read is said, not guessed: a
 * scan, an encrypted or damaged file, one past the limits — each an InputError naming the file.
 */
import { InputError } from '../../domain/errors'
import { said, type Said } from '../../i18n/said'
import type { TextItem } from 'pdfjs-dist/types/src/display/api'
import { cleanPdfText } from './pdf-characters'
import { documentOptions, loadPdfjs, type Pdfjs } from './pdf-engine'
import type { PageContent, TextRun } from './pdf-geometry'
import { rulingsOf } from './pdf-graphics'
import { layoutPages } from './pdf-layout'
import { DecodeBudgetExceeded, inspectPdfBytes, MAX_DECODED_BYTES, pdfHeaderAt } from './pdf-streams'

/** A report is a few pages; a PDF of more is not one report (and would take minutes). */
export const MAX_PDF_PAGES = 200
/** Characters of text over all pages (a long report has some 20,000). */
export const MAX_PDF_TEXT = 2_000_000
/** Whole-document time limit; checked between pages. */
export const PDF_TIME_LIMIT_MS = 60_000
/** Fewer characters than this on every page together: no text layer to speak of. */
const MIN_TEXT = 20

function refuse(message: Said, fileName?: string): never {
  throw new InputError(message, { file: fileName })
}

/** Private-use and replacement characters: what unmapped glyphs come out as. */
const UNMAPPED = /[\ue000-\uf8ff\ufffd\u0000-\u0008]/g

function runOf(item: TextItem, viewport: number[], transform: Pdfjs['Util']['transform']): TextRun | undefined {
  const text = cleanPdfText(item.str)
  if (text.trim() === '') return undefined
  const m = transform(viewport, item.transform)
  const size = Math.hypot(m[2], m[3])
  const advance = Math.hypot(m[0], m[1])
  if (!(size > 0) || !(advance > 0)) return undefined
  // Baseline origin, the direction of writing and "up", all in top-left page coordinates.
  const [ox, oy] = [m[4], m[5]]
  const [ax, ay] = [(m[0] / advance) * item.width, (m[1] / advance) * item.width]
  const [ux, uy] = [m[2] / size, m[3] / size]
  const xs = [ox, ox + ax].flatMap((x) => [x + ux * 0.85 * size, x - ux * 0.15 * size])
  const ys = [oy, oy + ay].flatMap((y) => [y + uy * 0.85 * size, y - uy * 0.15 * size])
  return {
    text,
    x0: Math.min(...xs),
    x1: Math.max(...xs),
    top: Math.min(...ys),
    bottom: Math.max(...ys),
    size,
  }
}

interface OpenedPdf {
  pages: PageContent[]
  chars: number
  unmapped: number
}

async function readPages(pdfjs: Pdfjs, bytes: Uint8Array, fileName?: string): Promise<OpenedPdf> {
  // PDF.js takes the buffer over: give it a copy, the caller's bytes stay usable.
  const task = pdfjs.getDocument(documentOptions(bytes.slice(), pdfjs))
  const started = Date.now()
  try {
    let doc
    try {
      doc = await task.promise
    } catch (e) {
      const name = e instanceof Error ? e.name : ''
      if (name === 'PasswordException') refuse(said('pdf.encrypted'), fileName)
      if (name === 'InvalidPDFException') refuse(said('pdf.invalid'), fileName)
      const why = (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 120)
      refuse(said('pdf.unreadable', { why }), fileName)
    }
    if (doc.numPages > MAX_PDF_PAGES) {
      refuse(said('pdf.tooManyPages', { pages: doc.numPages, max: MAX_PDF_PAGES }), fileName)
    }
    const pages: PageContent[] = []
    let chars = 0
    let unmapped = 0
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() - started > PDF_TIME_LIMIT_MS)
        refuse(said('pdf.tooSlow', { page: n, seconds: PDF_TIME_LIMIT_MS / 1000 }), fileName)
      const page = await doc.getPage(n)
      const viewport = page.getViewport({ scale: 1 })
      // Streamed, and given up as soon as the text passes the limit: a page of millions of glyphs
      // is refused without waiting for all of them.
      const reader = page.streamTextContent().getReader() as ReadableStreamDefaultReader<{ items: unknown[] }>
      const runs: TextRun[] = []
      for (;;) {
        const { done, value } = await reader.read()
        if (done) break
        for (const item of value.items as TextItem[]) {
          if (typeof item.str !== 'string') continue
          const run = runOf(item, viewport.transform, pdfjs.Util.transform)
          if (!run) continue
          chars += run.text.length
          unmapped += run.text.match(UNMAPPED)?.length ?? 0
          runs.push(run)
        }
        // Not reader.cancel(): PDF.js would go on writing into the cancelled stream and throw
        // where nothing catches it. Destroying the document (finally, below) stops its work.
        if (chars > MAX_PDF_TEXT) refuse(said('pdf.tooMuchText', { max: MAX_PDF_TEXT.toLocaleString('en') }), fileName)
      }
      const rulings = rulingsOf(
        await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE }),
        pdfjs.OPS,
        viewport.transform,
      )
      pages.push({ width: viewport.width, height: viewport.height, runs, rulings })
      page.cleanup()
    }
    return { pages, chars, unmapped }
  } finally {
    await task.destroy()
  }
}

/** The pages' text runs and borders; InputError (naming the file) for what cannot be read. */
async function readPdfPages(bytes: Uint8Array, fileName?: string): Promise<PageContent[]> {
  if (pdfHeaderAt(bytes) < 0) refuse(said('pdf.noHeader'), fileName)
  let images: boolean
  try {
    ;({ images } = await inspectPdfBytes(bytes))
  } catch (e) {
    if (!(e instanceof DecodeBudgetExceeded)) throw e
    refuse(said('pdf.bomb', { max: MAX_DECODED_BYTES / 1024 / 1024 }), fileName)
  }
  const pdfjs = await loadPdfjs()
  const { pages, chars, unmapped } = await readPages(pdfjs, bytes, fileName)
  if (chars < MIN_TEXT) refuse(said(images ? 'pdf.scan' : 'pdf.noText'), fileName)
  if (unmapped > chars * 0.3) refuse(said('pdf.garbled'), fileName)
  return pages
}

/** The report's text in the reader's layout; InputError (naming the file) for what cannot be read. */
export async function pdfToCellText(bytes: Uint8Array, fileName?: string): Promise<string> {
  return layoutPages(await readPdfPages(bytes, fileName))
}
