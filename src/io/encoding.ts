/**
 * Decoding a file's bytes to text. Chinese Excel saves CSV as GB18030/GBK ("ANSI"); newer Excel
 * and most tools write UTF-8, sometimes with a BOM. Binary files are refused with a sentence
 * saying what they look like, so a clerk who picked the wrong file knows at once.
 */
import { InputError } from '../domain/errors'
import type { MessageKey } from '../i18n/messages'
import { said, type Said } from '../i18n/said'

export type TextEncodingName = 'utf-8' | 'gb18030'

/** What a binary file looks like, by its first bytes (`what`: its name in i18n/readers.ts). */
const MAGIC: readonly { bytes: readonly number[]; what: MessageKey }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'encoding.png' },
  { bytes: [0xff, 0xd8, 0xff], what: 'encoding.jpeg' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'encoding.gif' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'encoding.pdf' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'encoding.zip' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'encoding.zipEmpty' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'encoding.ole' },
  { bytes: [0x1f, 0x8b], what: 'encoding.gzip' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'encoding.rar' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'encoding.7z' },
]

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false
  return true
}

function refuse(message: Said, file?: string): never {
  throw new InputError(message, { file })
}

/**
 * Decode a text file: valid UTF-8 (BOM or not) → UTF-8; a file mixing UTF-8 lines with others
 * (or a BOM over bytes that are not UTF-8) → refused, naming the odd lines; otherwise GB18030
 * (a superset of GBK), refused if even that leaves unreadable bytes.
 */
export function decodeText(bytes: Uint8Array, fileName?: string): { text: string; encoding: TextEncodingName } {
  for (const m of MAGIC) {
    if (startsWith(bytes, m.bytes)) refuse(said('encoding.binary', { what: { id: m.what } }), fileName)
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    refuse(said('encoding.utf16'), fileName)
  }
  // Text never holds NUL bytes; look at the start only, binary formats show them early.
  const head = bytes.subarray(0, 8192)
  if (head.includes(0)) refuse(said('encoding.nul'), fileName)

  try {
    // The BOM, if any, is dropped by the decoder.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    // Not UTF-8 throughout: GB18030 ("ANSI", what Chinese Excel and Notepad write) — unless some
    // lines are clearly UTF-8; then the others would silently turn into wrong characters.
  }
  const scan = scanUtf8Lines(bytes)
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf])
  if (bom || scan.utf8.length > 0) {
    const mostlyUtf8 = bom || scan.utf8.length >= scan.other.length
    const [why, lines, each] = mostlyUtf8
      ? [
          said(bom ? 'encoding.bomNotUtf8' : 'encoding.mostlyUtf8', { count: scan.other.length }),
          scan.other,
          said('encoding.lineNotUtf8'),
        ]
      : [said('encoding.mostlyGbk', { count: scan.utf8.length }), scan.utf8, said('encoding.lineUtf8')]
    throw new InputError(why, { file: fileName, problems: lines.map((line) => ({ line, ...each })) })
  }
  const text = new TextDecoder('gb18030').decode(bytes)
  const bad = text.indexOf('\ufffd')
  if (bad >= 0) {
    const line = text.slice(0, bad).split(/\r\n|\r|\n/).length
    throw new InputError(said('encoding.unknown'), {
      file: fileName,
      problems: [{ line, ...said('encoding.lineUnreadable') }],
    })
  }
  return { text, encoding: 'gb18030' }
}

/**
 * Lines that are UTF-8 beyond doubt (valid, with at least two CJK characters — GBK text never
 * decodes so by chance) and the lines that are not valid UTF-8. Lines end at LF, CR or CRLF.
 */
export function scanUtf8Lines(bytes: Uint8Array): { utf8: number[]; other: number[] } {
  const utf8: number[] = []
  const other: number[] = []
  let line = 1
  let valid = true
  let cjk = 0
  const endLine = () => {
    if (!valid) other.push(line)
    else if (cjk >= 2) utf8.push(line)
    line++
    valid = true
    cjk = 0
  }
  const cont = (i: number, lo = 0x80, hi = 0xbf) => i < bytes.length && bytes[i] >= lo && bytes[i] <= hi
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    if (b < 0x80) {
      if (b === 0x0a) endLine()
      else if (b === 0x0d) {
        if (bytes[i + 1] === 0x0a) i++
        endLine()
      }
      i++
      continue
    }
    let length = 0
    if (b >= 0xc2 && b <= 0xdf) length = cont(i + 1) ? 2 : 0
    else if (b >= 0xe0 && b <= 0xef) {
      const lo = b === 0xe0 ? 0xa0 : 0x80
      const hi = b === 0xed ? 0x9f : 0xbf
      length = cont(i + 1, lo, hi) && cont(i + 2) ? 3 : 0
      if (length === 3) {
        const cp = ((b & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f)
        if (cp >= 0x4e00 && cp <= 0x9fff) cjk++
      }
    } else if (b >= 0xf0 && b <= 0xf4) {
      const lo = b === 0xf0 ? 0x90 : 0x80
      const hi = b === 0xf4 ? 0x8f : 0xbf
      length = cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3) ? 4 : 0
    }
    if (length === 0) {
      // Resynchronise on the next byte (it may be a line end).
      valid = false
      i++
    } else i += length
  }
  if (i > 0 && bytes[bytes.length - 1] !== 0x0a && bytes[bytes.length - 1] !== 0x0d) endLine()
  return { utf8, other }
}
