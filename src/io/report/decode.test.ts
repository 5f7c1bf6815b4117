import { describe, expect, it } from 'vitest'
import { decodeHtmlBytes, sniffHtmlCharset } from './decode'

// "政府信息公开" in GBK.
const GBK = [0xd5, 0xfe, 0xb8, 0xae, 0xd0, 0xc5, 0xcf, 0xa2, 0xb9, 0xab, 0xbf, 0xaa]
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0))

describe('decodeHtmlBytes', () => {
  it('honours <meta charset=gb2312> and the http-equiv form', () => {
    const a = new Uint8Array([
      ...ascii('<html><head><meta charset=gb2312></head><body><p>'),
      ...GBK,
      ...ascii('</p></body></html>'),
    ])
    expect(decodeHtmlBytes(a)).toMatchObject({ encoding: 'gb18030' })
    expect(decodeHtmlBytes(a).text).toContain('<p>政府信息公开</p>')
    const b = new Uint8Array([...ascii('<meta http-equiv=Content-Type content="text/html; charset=GBK"><p>'), ...GBK])
    expect(sniffHtmlCharset(b)).toBe('gbk')
    expect(decodeHtmlBytes(b).text).toContain('政府信息公开')
  })

  it('reads a page that claims UTF-8 but is GBK, and a page that declares nothing', () => {
    const lying = new Uint8Array([...ascii('<meta charset="utf-8"><p>'), ...GBK])
    expect(decodeHtmlBytes(lying).text).toContain('政府信息公开')
    const utf8 = new TextEncoder().encode('<p>政府信息公开</p>')
    expect(decodeHtmlBytes(utf8)).toEqual({ text: '<p>政府信息公开</p>', encoding: 'utf-8' })
  })
})
