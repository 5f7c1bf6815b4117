/**
 * Test support: the parts of a .docx (a ZIP) read with node:zlib, and the text of its body as
 * Word shows it (one line per paragraph, table cells separated by tabs). Not imported by
 * application code.
 */
import { inflateRawSync } from 'node:zlib'

export function docxParts(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = bytes.length - 22
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--
  if (eocd < 0) throw new Error('not a ZIP file')
  const count = view.getUint16(eocd + 10, true)
  let at = view.getUint32(eocd + 16, true)
  const parts = new Map<string, string>()
  for (let i = 0; i < count; i++) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error('bad central directory')
    const method = view.getUint16(at + 10, true)
    const compressed = view.getUint32(at + 20, true)
    const nameLength = view.getUint16(at + 28, true)
    const extra = view.getUint16(at + 30, true)
    const comment = view.getUint16(at + 32, true)
    const local = view.getUint32(at + 42, true)
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength))
    const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    const data = bytes.subarray(dataAt, dataAt + compressed)
    parts.set(name, new TextDecoder().decode(method === 8 ? inflateRawSync(data) : data))
    at += 46 + nameLength + extra + comment
  }
  return parts
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

/** The body's text: paragraphs on lines, the cells of a table row joined by tabs. */
export function documentLines(documentXml: string): string[] {
  const lines: string[] = []
  const paragraphText = (p: string) =>
    unescape([...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
  const body = documentXml.replace(/<w:tr[ >][\s\S]*?<\/w:tr>/g, (row) => {
    const cells = [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphText(c[0]))
    return `<w:p><w:r><w:t>${cells.join('\t')}</w:t></w:r></w:p>`
  })
  for (const m of body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) lines.push(paragraphText(m[0]))
  return lines
}
