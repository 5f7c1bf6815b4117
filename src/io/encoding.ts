/**
 * Decoding a file's bytes to text. Chinese Excel saves CSV as GB18030/GBK ("ANSI"); newer Excel
 * and most tools write UTF-8, sometimes with a BOM. Binary files are refused with a sentence
 * saying what they look like, so a clerk who picked the wrong file knows at once.
 */
import { InputError } from '../domain/errors'

export type TextEncodingName = 'utf-8' | 'gb18030'

const MAGIC: readonly { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'PNG 图片' },
  { bytes: [0xff, 0xd8, 0xff], what: 'JPEG 图片' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'GIF 图片' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'PDF 文件' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'ZIP 压缩包（Excel 工作簿、Word 文档也是这种格式）' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'ZIP 压缩包' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: '旧版 Office 文件（.xls/.doc）' },
  { bytes: [0x1f, 0x8b], what: 'GZIP 压缩包' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'RAR 压缩包' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: '7z 压缩包' },
]

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false
  return true
}

function refuse(message: string, file?: string): never {
  throw new InputError(message, { file })
}

/** Decode a text file: BOM → UTF-8; valid UTF-8 → UTF-8; otherwise GB18030 (a superset of GBK). */
export function decodeText(bytes: Uint8Array, fileName?: string): { text: string; encoding: TextEncodingName } {
  for (const m of MAGIC) {
    if (startsWith(bytes, m.bytes)) refuse(`不是文本文件（看起来是 ${m.what}）`, fileName)
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    refuse('文件是 UTF-16 编码（Excel 的“Unicode 文本”），请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后再导入', fileName)
  }
  // Text never holds NUL bytes; look at the start only, binary formats show them early.
  const head = bytes.subarray(0, 8192)
  if (head.includes(0)) refuse('不是文本文件（含有二进制数据）', fileName)

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    // Not UTF-8: what Chinese Excel and Notepad ("ANSI") write.
  }
  const text = new TextDecoder('gb18030').decode(bytes)
  const bad = text.indexOf('\ufffd')
  if (bad >= 0) {
    const line = text.slice(0, bad).split(/\r\n|\r|\n/).length
    throw new InputError('无法识别文件编码（既不是 UTF-8，也不是 GB18030/GBK）', {
      file: fileName,
      problems: [{ line, message: '这一行含有无法识别的字符' }],
    })
  }
  return { text, encoding: 'gb18030' }
}
