/**
 * Word (.docx) reports: the ZIP central directory is checked before anything is unpacked (a file
 * that would expand past 50 MB, or more than 100 times its size, is refused), then mammoth
 * converts the document to HTML and the HTML reader takes over.
 */
import { InputError } from '../../domain/errors'

export const MAX_UNCOMPRESSED = 50 * 1024 * 1024
export const MAX_RATIO = 100
const MAX_ENTRIES = 5000
const EOCD = 0x06054b50
const CENTRAL = 0x02014b50

export interface ZipSummary {
  entries: number
  uncompressed: number
  names: string[]
}

/** Read the central directory; throw InputError for anything that is not a sane small ZIP. */
export function inspectZip(bytes: Uint8Array, fileName?: string): ZipSummary {
  const fail = (why: string): never => {
    throw new InputError(`不是有效的 Word 文件（.docx）：${why}`, { file: fileName })
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = -1
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) fail('不是 ZIP 格式（旧版 .doc 请在 Word 中另存为 .docx）')
  const count = view.getUint16(eocd + 10, true)
  const size = view.getUint32(eocd + 12, true)
  const offset = view.getUint32(eocd + 16, true)
  if (count === 0xffff || offset === 0xffffffff) fail('使用了 ZIP64 格式，报告文件不会这么大')
  if (count > MAX_ENTRIES) fail(`压缩包内有 ${count} 个文件，过多`)
  if (offset + size > eocd) fail('压缩包目录已损坏')
  let p = offset
  let uncompressed = 0
  const names: string[] = []
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL) fail('压缩包目录已损坏')
    const compressedSize = view.getUint32(p + 20, true)
    const entrySize = view.getUint32(p + 24, true)
    if (compressedSize === 0xffffffff || entrySize === 0xffffffff) fail('使用了 ZIP64 格式，报告文件不会这么大')
    const nameLength = view.getUint16(p + 28, true)
    names.push(new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)))
    uncompressed += entrySize
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true)
  }
  const mb = (x: number) => (x / 1024 / 1024).toFixed(1)
  if (uncompressed > MAX_UNCOMPRESSED) {
    throw new InputError(`Word 文件解压后有 ${mb(uncompressed)} MB，超过 ${mb(MAX_UNCOMPRESSED)} MB 的上限，已拒绝（可能是恶意的压缩炸弹）`, { file: fileName })
  }
  if (uncompressed > MAX_RATIO * Math.max(bytes.length, 1)) {
    throw new InputError(`Word 文件的压缩比超过 ${MAX_RATIO} 倍，已拒绝（可能是恶意的压缩炸弹）`, { file: fileName })
  }
  return { entries: count, uncompressed, names }
}

/** The document as HTML (tables with colspan/rowspan), via mammoth. */
export async function docxToHtml(bytes: Uint8Array, fileName?: string): Promise<string> {
  const zip = inspectZip(bytes, fileName)
  if (!zip.names.includes('word/document.xml')) {
    throw new InputError('不是有效的 Word 文件（.docx）：压缩包里没有 word/document.xml（可能是 Excel 或其他 Office 文件）', { file: fileName })
  }
  const mammoth = (await import('mammoth')).default
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  // mammoth reads `buffer` (a Buffer, a Uint8Array works) in Node and `arrayBuffer` in browsers
  // and workers; both are given, hence the cast past its either-or input type.
  const input = { arrayBuffer, buffer: bytes } as unknown as Parameters<typeof mammoth.convertToHtml>[0]
  try {
    const result = await mammoth.convertToHtml(input)
    return result.value
  } catch (e) {
    throw new InputError(`Word 文件无法读取：${e instanceof Error ? e.message : String(e)}`, { file: fileName })
  }
}
