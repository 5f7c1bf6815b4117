/**
 * Official documents (document.ts) as a Word file, laid out as Chinese official documents are
 * (GB/T 9704-2012): A4 with 37 mm top and 28 mm binding margins (a 156 × 225 mm type area, 22
 * lines of 28 characters), the title in 方正小标宋简体 二号, 一、 headings in 黑体, （一） headings
 * in 楷体_GB2312 and the text in 仿宋_GB2312 三号, page numbers "— 1 —" in 宋体 四号 (odd pages
 * right, even pages left), each attachment on a page of its own headed 附件N.
 *
 * Fonts an office PC may lack have a fallback in the font table (w:altName: 方正小标宋简体 → 宋体,
 * 仿宋_GB2312 → 仿宋, 楷体_GB2312 → 楷体, 黑体 → SimHei), which Word and WPS use in their place.
 * The `docx` package is imported when a file is built, not before: it is large and only this
 * export needs it.
 */
import type { DocParagraph, DocTable, OfficialDocument } from './document'

const FONT = {
  title: '方正小标宋简体',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  body: '仿宋_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const

const FALLBACKS: [name: string, altName: string][] = [
  [FONT.title, '宋体'],
  [FONT.heading1, 'SimHei'],
  [FONT.heading2, '楷体'],
  [FONT.body, '仿宋'],
  [FONT.pageNumber, 'SimSun'],
]

/** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt. */
const SIZE = { title: 44, text: 32, pageNumber: 28, table: 24 } as const
/** Twips (1/20 pt; 1 mm = 56.7). A4 and the GB/T 9704 margins. */
const PAGE = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1587, right: 1474, footer: 1134 }
const TYPE_AREA_WIDTH = PAGE.width - PAGE.left - PAGE.right
/** 22 lines in the 225 mm type area: 28.95 pt. */
const LINE = 579
const TWO_CHARS = 2 * 16 * 20

// Characters XML 1.0 cannot hold (a control character in a quoted narrative would break the file).
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
const clean = (text: string) => text.replace(NOT_XML, '')

function fontTableXml(): string {
  const fonts = [...FALLBACKS, [FONT.latin, '']]
    .map(
      ([name, alt]) =>
        `<w:font w:name="${name}">${alt ? `<w:altName w:val="${alt}"/>` : ''}` +
        `<w:charset w:val="${alt ? '86' : '00'}"/><w:family w:val="${alt ? 'modern' : 'roman'}"/><w:pitch w:val="variable"/></w:font>`,
    )
    .join('')
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${fonts}</w:fonts>`
  )
}

type Docx = typeof import('docx')

function font(eastAsia: string) {
  return { ascii: FONT.latin, hAnsi: FONT.latin, eastAsia, hint: 'eastAsia' }
}

function run(d: Docx, text: string, eastAsia: string, size: number = SIZE.text) {
  return new d.TextRun({ text: clean(text), font: font(eastAsia), size })
}

const FONT_OF: Record<DocParagraph['kind'], string> = {
  heading1: FONT.heading1,
  heading2: FONT.heading2,
  body: FONT.body,
}

function paragraph(d: Docx, p: DocParagraph) {
  return new d.Paragraph({
    children: [run(d, p.text, FONT_OF[p.kind])],
    alignment: d.AlignmentType.JUSTIFIED,
    indent: { firstLine: TWO_CHARS },
    spacing: { line: LINE, lineRule: d.LineRuleType.EXACT },
    outlineLevel: p.kind === 'heading1' ? 0 : p.kind === 'heading2' ? 1 : undefined,
    keepNext: p.kind !== 'body',
  })
}

function titleParagraphs(d: Docx, title: string) {
  return [
    new d.Paragraph({
      children: [run(d, title, FONT.title, SIZE.title)],
      alignment: d.AlignmentType.CENTER,
      spacing: { line: 700, lineRule: d.LineRuleType.EXACT, after: LINE },
    }),
  ]
}

const plain = (d: Docx, text: string, options: { align?: 'left' | 'right' | 'center'; indent?: object } = {}) =>
  new d.Paragraph({
    children: [run(d, text, FONT.body)],
    alignment:
      options.align === 'right'
        ? d.AlignmentType.RIGHT
        : options.align === 'center'
          ? d.AlignmentType.CENTER
          : d.AlignmentType.LEFT,
    indent: options.indent,
    spacing: { line: LINE, lineRule: d.LineRuleType.EXACT },
  })

function table(d: Docx, t: DocTable) {
  const weights = t.widths && t.widths.length === t.columns.length ? t.widths : t.columns.map(() => 1)
  const total = weights.reduce((s, w) => s + w, 0)
  const widths = weights.map((w) => Math.floor((TYPE_AREA_WIDTH * w) / total))
  const cell = (text: string, i: number, header: boolean) =>
    new d.TableCell({
      width: { size: widths[i], type: d.WidthType.DXA },
      verticalAlign: d.VerticalAlign.CENTER,
      children: [
        new d.Paragraph({
          alignment: header ? d.AlignmentType.CENTER : d.AlignmentType.LEFT,
          children: [run(d, text, header ? FONT.heading1 : FONT.body, SIZE.table)],
        }),
      ],
    })
  return new d.Table({
    width: { size: TYPE_AREA_WIDTH, type: d.WidthType.DXA },
    columnWidths: widths,
    rows: [
      new d.TableRow({ tableHeader: true, cantSplit: true, children: t.columns.map((c, i) => cell(c, i, true)) }),
      ...(t.rows.length ? t.rows : [t.columns.map((_, i) => (i === 0 ? '（无）' : ''))]).map(
        (row) => new d.TableRow({ cantSplit: true, children: t.columns.map((_, i) => cell(row[i] ?? '', i, false)) }),
      ),
    ],
  })
}

function footer(d: Docx, side: 'left' | 'right') {
  return new d.Footer({
    children: [
      new d.Paragraph({
        alignment: side === 'right' ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
        indent: side === 'right' ? { right: 280 } : { left: 280 },
        children: [
          new d.TextRun({
            children: ['— ', d.PageNumber.CURRENT, ' —'],
            font: font(FONT.pageNumber),
            size: SIZE.pageNumber,
          }),
        ],
      }),
    ],
  })
}

function section(d: Docx, doc: OfficialDocument) {
  const children: (InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>)[] = [...titleParagraphs(d, doc.title)]
  if (doc.documentNumber) children.push(plain(d, doc.documentNumber, { align: 'center' }))
  children.push(plain(d, doc.recipients))
  for (const p of doc.body) children.push(paragraph(d, p))
  if (doc.attachments.length > 0) {
    children.push(plain(d, ''))
    doc.attachments.forEach((a, i) => {
      const label = doc.attachments.length === 1 ? '附件：' : i === 0 ? '附件：1. ' : `      ${i + 1}. `
      children.push(plain(d, `${label}${a.title}`, { indent: { left: TWO_CHARS } }))
    })
  }
  children.push(plain(d, ''), plain(d, ''))
  children.push(plain(d, doc.signature.issuer, { align: 'right', indent: { right: TWO_CHARS * 2 } }))
  children.push(plain(d, doc.signature.date, { align: 'right', indent: { right: TWO_CHARS * 2 } }))
  doc.attachments.forEach((a, i) => {
    children.push(
      new d.Paragraph({
        pageBreakBefore: true,
        children: [run(d, doc.attachments.length === 1 ? '附件' : `附件${i + 1}`, FONT.heading1)],
        spacing: { line: LINE, lineRule: d.LineRuleType.EXACT },
      }),
      ...titleParagraphs(d, a.title),
      table(d, a),
    )
  })
  return {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, footer: PAGE.footer },
        pageNumbers: { start: 1 },
      },
      // 22 lines to the page, as the standard sets.
      grid: { linePitch: LINE, type: d.DocumentGridType.LINES },
    },
    footers: { default: footer(d, 'right'), even: footer(d, 'left') },
    children,
  }
}

/** The documents as one Word file, each starting on a new page with its own page numbers. */
export async function buildOfficialDocx(documents: readonly OfficialDocument[], title?: string): Promise<Uint8Array> {
  const d = await import('docx')
  const file = new d.Document({
    creator: '政府信息公开年报监督台',
    title: clean(title ?? documents[0]?.title ?? ''),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: font(FONT.body), size: SIZE.text }, paragraph: { spacing: { line: LINE } } },
      },
    },
    sections: documents.map((doc) => section(d, doc)),
  })
  return d.Packer.pack(file, 'uint8array', false, [{ path: 'word/fontTable.xml', data: fontTableXml() }])
}

/** The circular (通报) as a .docx file. */
export function buildCircularDocx(model: OfficialDocument): Promise<Uint8Array> {
  return buildOfficialDocx([model])
}

/** Rectification notices (整改通知) as a .docx file: one office's, or several, each from a new page. */
export function buildNoticeDocx(models: OfficialDocument | readonly OfficialDocument[]): Promise<Uint8Array> {
  const list = Array.isArray(models) ? (models as readonly OfficialDocument[]) : [models as OfficialDocument]
  return buildOfficialDocx(list, list.length === 1 ? list[0].title : '整改通知')
}
