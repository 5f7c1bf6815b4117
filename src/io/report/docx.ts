/**
 * Word (.docx) reports. Before mammoth sees the file: the ZIP central directory is checked (a
 * file that would expand past 50 MB, or more than 100 times its size, or whose XML parts — what
 * mammoth parses, at about 1.5 s per MB — pass 10 MB, is refused); then every entry is inflated
 * once as a stream, stopping as soon as it passes the size its directory entry declares (a zip
 * bomb may lie there, and the ZIP library would otherwise inflate all of it into memory). Then
 * mammoth converts the document to HTML and the HTML reader takes over. Images are not read.
 */
import { InputError } from '../../domain/errors'
import { inflateCapped } from './inflate'
import type { NestedMessage } from '../../i18n/format'
import { nested, said } from '../../i18n/said'

export const MAX_UNCOMPRESSED = 50 * 1024 * 1024
export const MAX_RATIO = 100
/** The parts mammoth parses (word/document.xml, styles, numbering…): a real report's are well under 2 MB. */
export const MAX_XML_PARTS = 10 * 1024 * 1024
const MAX_ENTRIES = 5000
const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const STORED = 0
const DEFLATED = 8

export interface ZipSummary {
  entries: number
  uncompressed: number
  names: string[]
}

interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  /** Uncompressed size as declared by the central directory. */
  size: number
  localOffset: number
}

const mb = (x: number) => (x / 1024 / 1024).toFixed(1)

function notWord(why: NestedMessage, fileName?: string): never {
  throw new InputError(said('docx.invalid', { why }), { file: fileName })
}

function readDirectory(bytes: Uint8Array, fileName?: string): ZipEntry[] {
  const fail = (why: NestedMessage) => notWord(why, fileName)
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = -1
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) fail(nested('docx.notZip'))
  const count = view.getUint16(eocd + 10, true)
  const size = view.getUint32(eocd + 12, true)
  const offset = view.getUint32(eocd + 16, true)
  if (count === 0xffff || offset === 0xffffffff) fail(nested('docx.zip64'))
  if (count > MAX_ENTRIES) fail(nested('docx.tooManyEntries', { count }))
  if (offset + size > eocd) fail(nested('docx.directoryDamaged'))
  let p = offset
  const entries: ZipEntry[] = []
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL) fail(nested('docx.directoryDamaged'))
    const compressedSize = view.getUint32(p + 20, true)
    const entrySize = view.getUint32(p + 24, true)
    if (compressedSize === 0xffffffff || entrySize === 0xffffffff) fail(nested('docx.zip64'))
    const nameLength = view.getUint16(p + 28, true)
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      compressedSize,
      size: entrySize,
      localOffset: view.getUint32(p + 42, true),
    })
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true)
  }
  return entries
}

const isXmlPart = (name: string) => /\.(xml|rels)$/i.test(name)

/** The central directory's entries, once its sizes pass the limits. */
function checkedEntries(bytes: Uint8Array, fileName?: string): ZipEntry[] {
  const entries = readDirectory(bytes, fileName)
  let uncompressed = 0
  let xml = 0
  for (const e of entries) {
    uncompressed += e.size
    if (isXmlPart(e.name)) xml += e.size
  }
  if (uncompressed > MAX_UNCOMPRESSED) {
    throw new InputError(said('docx.tooBig', { size: mb(uncompressed), max: mb(MAX_UNCOMPRESSED) }), {
      file: fileName,
    })
  }
  if (uncompressed > MAX_RATIO * Math.max(bytes.length, 1)) {
    throw new InputError(said('docx.ratio', { max: MAX_RATIO }), { file: fileName })
  }
  if (xml > MAX_XML_PARTS) {
    throw new InputError(said('docx.xmlTooBig', { size: mb(xml), max: mb(MAX_XML_PARTS) }), { file: fileName })
  }
  return entries
}

/** Read the central directory; throw InputError for anything that is not a sane small ZIP. */
export function inspectZip(bytes: Uint8Array, fileName?: string): ZipSummary {
  const entries = checkedEntries(bytes, fileName)
  return {
    entries: entries.length,
    uncompressed: entries.reduce((n, e) => n + e.size, 0),
    names: entries.map((e) => e.name),
  }
}

/** Every entry inflates to no more than its declared size (so the checks above hold for the real bytes). */
async function verifySizes(bytes: Uint8Array, entries: readonly ZipEntry[], fileName?: string): Promise<void> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (const e of entries) {
    if (e.localOffset + 30 > bytes.length || view.getUint32(e.localOffset, true) !== LOCAL)
      notWord(nested('docx.damaged'), fileName)
    const start =
      e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true)
    if (start + e.compressedSize > bytes.length) notWord(nested('docx.truncated'), fileName)
    if (e.method !== STORED && e.method !== DEFLATED) notWord(nested('docx.method', { method: e.method }), fileName)
    const real =
      e.method === STORED
        ? e.compressedSize
        : (await inflateCapped(bytes.subarray(start, start + e.compressedSize), 'deflate-raw', e.size)).size
    if (real > e.size) {
      throw new InputError(said('docx.entryTooBig', { name: e.name, size: e.size }), { file: fileName })
    }
  }
}

/** The document as HTML (tables with colspan/rowspan), via mammoth. */
export async function docxToHtml(bytes: Uint8Array, fileName?: string): Promise<string> {
  const entries = checkedEntries(bytes, fileName)
  if (!entries.some((e) => e.name === 'word/document.xml')) {
    notWord(nested('docx.noDocument'), fileName)
  }
  await verifySizes(bytes, entries, fileName)
  const mammoth = (await import('mammoth')).default
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  // mammoth reads `buffer` (a Buffer, a Uint8Array works) in Node and `arrayBuffer` in browsers
  // and workers; both are given, hence the cast past its either-or input type.
  const input = { arrayBuffer, buffer: bytes } as unknown as Parameters<typeof mammoth.convertToHtml>[0]
  try {
    // Images carry no report data: an empty <img> instead of reading (and base64-encoding) them.
    const result = await mammoth.convertToHtml(input, {
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    })
    return result.value
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 120)
    throw new InputError(said('docx.unreadable', { why }), { file: fileName })
  }
}
