/**
 * Loading PDF.js (pdfjs-dist 5.4) on first use, in Node (the CLI, the tests) and in the import
 * worker alike, and the options every document is opened with.
 *
 * - The code imports the legacy build (polyfilled: Node 20 lacks Promise.withResolvers and
 *   friends); the app's Vite config aliases it to the modern build, which Chromium runs as is.
 * - PDF.js normally parses in a worker of its own. Importing its worker module first registers it
 *   on `globalThis.pdfjsWorker`, and PDF.js then runs it in the same thread: in the CLI, and in
 *   the import worker, which is already off the page (no nested worker, no worker URL).
 *   In a browser worker that module also listens on the worker's own port and posts one
 *   {action: "ready"} message to the page; the page ignores messages that are not the import
 *   worker's (client.ts reads `type`).
 * - CMaps (needed for the text of Chinese PDFs whose fonts are not embedded) and the standard
 *   font data are read from the package's own directory in Node, and in the browser from the
 *   board's own origin (copied into dist/pdfjs/ by the build), never from a CDN.
 * - Nothing in a PDF runs: no eval (fonts are interpreted, not compiled: CVE-2024-4367 is fixed in
 *   this version anyway), no XFA, no scripting (only PDF.js's viewer has that), no WebAssembly,
 *   and images are never decoded (maxImageSize 1: the reader needs text and lines only).
 */
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api'

export type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

interface NodeProcess {
  versions?: { node?: string }
  getBuiltinModule?: (id: string) => unknown
}

const nodeProcess = (globalThis as { process?: NodeProcess }).process
const inNode = typeof nodeProcess?.versions?.node === 'string'

/** Where the browser build serves CMaps and standard fonts (set by the import worker from the page's base URL). */
let browserAssets: string | undefined

/** `base`: absolute URL of the board's pdfjs/ directory, ending in "/". */
export function setPdfAssetBase(base: string): void {
  browserAssets = base.endsWith('/') ? base : `${base}/`
}

let loading: Promise<Pdfjs> | undefined

export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
    return pdfjs
  })()
  return loading
}

function assetDirs(): { cMapUrl: string; standardFontDataUrl: string } {
  if (inNode) {
    const getModule = nodeProcess?.getBuiltinModule
    const nodeModule = getModule?.('module') as
      { createRequire: (from: string) => { resolve: (id: string) => string } } | undefined
    if (!nodeModule) throw new Error('Node ≥ 20.16 is needed to read PDF files')
    const manifest = nodeModule.createRequire(import.meta.url).resolve('pdfjs-dist/package.json')
    const dir = manifest.slice(0, manifest.length - 'package.json'.length)
    return { cMapUrl: `${dir}cmaps/`, standardFontDataUrl: `${dir}standard_fonts/` }
  }
  const base = browserAssets ?? new URL('pdfjs/', globalThis.location?.href).href
  return { cMapUrl: `${base}cmaps/`, standardFontDataUrl: `${base}standard_fonts/` }
}

/** The options every PDF is opened with; `data` is handed over (PDF.js transfers its buffer). */
export function documentOptions(data: Uint8Array, pdfjs: Pdfjs): DocumentInitParameters {
  return {
    data,
    ...assetDirs(),
    cMapPacked: true,
    isEvalSupported: false,
    enableXfa: false,
    useWasm: false,
    useSystemFonts: false,
    disableFontFace: true,
    // In the browser PDF.js's parsing side fetches CMaps itself (plain fetch: its page-side
    // factories read document.baseURI, which a worker lacks); Node reads them from disk.
    useWorkerFetch: !inNode,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    maxImageSize: 1,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  }
}
