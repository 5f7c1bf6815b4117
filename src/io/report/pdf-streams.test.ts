import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { concat } from '../../../test/hostile/make'
import { DecodeBudgetExceeded, inspectPdfBytes, pdfHeaderAt } from './pdf-streams'

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0))
const bytesOf = (parts: (Uint8Array | string)[]) => concat(parts.map((p) => (typeof p === 'string' ? latin1(p) : p)))
const stream = (dict: string, data: Uint8Array) =>
  bytesOf([`1 0 obj\n<< ${dict} /Length ${data.length} >>\nstream\n`, data, '\nendstream\nendobj\n'])
const pdf = (...objects: Uint8Array[]) => bytesOf(['%PDF-1.7\n', ...objects, '%%EOF\n'])
const MB = 1024 * 1024

function ascii85(bytes: Uint8Array): Uint8Array {
  let out = ''
  for (let i = 0; i < bytes.length; i += 4) {
    const chunk = [...bytes.subarray(i, i + 4)]
    const n = chunk.length
    while (chunk.length < 4) chunk.push(0)
    let v = ((chunk[0] << 24) | (chunk[1] << 16) | (chunk[2] << 8) | chunk[3]) >>> 0
    const digits: string[] = []
    for (let k = 0; k < 5; k++) {
      digits.unshift(String.fromCharCode(33 + (v % 85)))
      v = Math.floor(v / 85)
    }
    out += digits.slice(0, n + 1).join('')
  }
  return latin1(`${out}~>`)
}

describe('inspectPdfBytes', () => {
  it('counts what the streams decode to, through nested dictionaries and ASCII85 wrappers', async () => {
    const content = latin1('BT /F1 12 Tf (x) Tj ET\n'.repeat(100))
    const summary = await inspectPdfBytes(
      pdf(
        stream('/Filter /FlateDecode /DecodeParms << /Predictor 1 >>', deflateSync(content)),
        stream('/Filter [/ASCII85Decode /FlateDecode]', ascii85(deflateSync(content))),
        stream('/Subtype /Image /Width 1 /Height 1 /Filter /DCTDecode', latin1('\xff\xd8\xff')),
      ),
    )
    expect(summary).toEqual({ images: true, decoded: 2 * content.length + 3 })
  })

  it('stops a decompression bomb at the budget, nested Flate layers too', async () => {
    const zeros = Buffer.alloc(30 * MB)
    await expect(inspectPdfBytes(pdf(stream('/Filter /FlateDecode', deflateSync(zeros))), 20 * MB)).rejects.toThrow(
      DecodeBudgetExceeded,
    )
    // 25 MB of zeros compressed twice: under 2 KB, whose first layer inflates to some 25 KB only.
    const nested = deflateSync(deflateSync(Buffer.alloc(25 * MB)))
    expect(nested.length).toBeLessThan(2000)
    await expect(inspectPdfBytes(pdf(stream('/Filter [/FlateDecode /FlateDecode]', nested)), 20 * MB)).rejects.toThrow(
      DecodeBudgetExceeded,
    )
    await expect(inspectPdfBytes(pdf(stream('/Filter /FlateDecode', nested)), 20 * MB)).rejects.toThrow(
      DecodeBudgetExceeded,
    )
  })

  it('finds the header after junk bytes', () => {
    expect(pdfHeaderAt(latin1('\r\n%PDF-1.4\n'))).toBe(2)
    expect(pdfHeaderAt(latin1('<html>'))).toBe(-1)
  })
})
