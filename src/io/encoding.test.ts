import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodeText } from './encoding'
import { inputErrorOf } from '../../test/unit/input-error'

const utf8 = (s: string) => new TextEncoder().encode(s)
const gb = (s: string) => new Uint8Array(iconv.encode(s, 'gb18030'))

const failure = inputErrorOf

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM, dropping the BOM', () => {
    expect(decodeText(utf8('机关名称,年度\n'))).toEqual({ text: '机关名称,年度\n', encoding: 'utf-8' })
    expect(decodeText(utf8('\ufeff机关名称,年度\n'))).toEqual({ text: '机关名称,年度\n', encoding: 'utf-8' })
    expect(decodeText(utf8('office,year\n'))).toEqual({ text: 'office,year\n', encoding: 'utf-8' })
  })

  it('reads what Chinese Excel saves (GB18030/GBK) with Chinese headers intact', () => {
    const text = '机关名称,所属地区,年度,予以公开-总计\r\n某区教育局,某区,2024,３\r\n'
    expect(decodeText(gb(text))).toEqual({ text, encoding: 'gb18030' })
    // Characters outside GBK (GB18030 four-byte range) survive too.
    expect(decodeText(gb('𠀀区,2024\n')).text).toBe('𠀀区,2024\n')
  })

  it('refuses binary files, saying what they look like and naming the file', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    const e = failure(() => decodeText(png, 'chart.csv'))
    expect(e.describe()).toContain('chart.csv')
    expect(e.message).toContain('不是文本文件（看起来是 PNG 图片')
    expect(failure(() => decodeText(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0]), 'book.csv')).message).toContain(
      'ZIP 压缩包',
    )
    expect(failure(() => decodeText(new Uint8Array([0x41, 0x00, 0x42]), 'x.csv')).message).toContain('不是文本文件')
  })

  it('explains UTF-16 text (Excel "Unicode 文本") instead of decoding garbage', () => {
    const e = failure(() => decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00]), 'u.txt'))
    expect(e.message).toContain('UTF-16')
  })

  it('refuses a file mixing UTF-8 and GBK lines (or a stray byte in UTF-8), naming the odd lines, instead of reading wrong characters', () => {
    const mostlyUtf8 = new Uint8Array([
      ...utf8('office,year\n某区教育局,2024\n某区财政局,2024\n'),
      ...gb('某区司法局,2024\n'),
    ])
    const e = failure(() => decodeText(mostlyUtf8, 'mixed.csv'))
    expect(e.message).toMatch(/^文件大部分是 UTF-8 编码，但有 1 行不是/)
    expect(e.problems.map((p) => p.line)).toEqual([4])
    const stray = new Uint8Array([...utf8('某区教育局,2024\n某区'), 0x80, ...utf8('司法局,2024\n')])
    expect(failure(() => decodeText(stray)).problems.map((p) => p.line)).toEqual([2])
    const mostlyGbk = new Uint8Array([...gb('某区教育局,2024\n某区财政局,2024\n'), ...utf8('某区司法局,2024\n')])
    const g = failure(() => decodeText(mostlyGbk))
    expect(g.message).toMatch(/^文件大部分是 GBK（GB18030）编码，但有 1 行是 UTF-8 编码/)
    expect(g.problems.map((p) => p.line)).toEqual([3])
    // A BOM promises UTF-8: GBK bytes after it are refused, not replaced by "\ufffd".
    expect(failure(() => decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...gb('某区司法局\n')]))).message).toMatch(
      /^文件开头标明是 UTF-8 编码/,
    )
  })

  it('names the line of bytes that are neither UTF-8 nor GB18030', () => {
    const bytes = new Uint8Array([...utf8('office,year\n'), 0x41, 0xff, 0x0a])
    const e = failure(() => decodeText(bytes, 'latin.csv'))
    expect(e.message).toContain('无法识别文件编码')
    expect(e.problems[0].line).toBe(2)
  })
})
