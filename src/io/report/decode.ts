/**
 * Bytes → text for report documents. A saved web page declares its charset (<meta charset=gb2312>,
 * or http-equiv Content-Type); Chinese government sites still serve GB2312/GBK, which are decoded
 * as GB18030 (their superset). Pages that declare nothing, and .txt/.md files, go through
 * decodeText (BOM → UTF-8 → GB18030).
 */
import { decodeText } from '../encoding'

const GB_NAMES = new Set([
  'gb2312',
  'gbk',
  'gb18030',
  'x-gbk',
  'cp936',
  'csgb2312',
  'euc-cn',
  'gb_2312-80',
  'chinese',
  'ms936',
  'windows-936',
])
const META_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i

/** The charset a page declares in its first 4 KB, lower-cased, if any. */
export function sniffHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = bytes.subarray(0, 4096)
  let ascii = ''
  for (let i = 0; i < head.length; i++) ascii += head[i] < 0x80 ? String.fromCharCode(head[i]) : ' '
  return META_CHARSET.exec(ascii)?.[1].toLowerCase()
}

function decodeWith(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label).decode(bytes)
  } catch {
    return undefined
  }
}

export function decodeHtmlBytes(bytes: Uint8Array, fileName?: string): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' }
  const declared = sniffHtmlCharset(bytes)
  if (declared && GB_NAMES.has(declared)) return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' }
  if (declared && declared !== 'utf-8' && declared !== 'utf8') {
    const text = decodeWith(bytes, declared)
    if (text !== undefined) return { text, encoding: declared }
  }
  // Declared UTF-8 or nothing: a page that says UTF-8 but is really GBK still reads.
  return decodeText(bytes, fileName)
}
