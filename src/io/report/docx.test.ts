import { readFileSync } from 'node:fs'
import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { makeDocx, makeZip } from '../../../test/corpus/reports/make-docx'
import { inspectZip, MAX_UNCOMPRESSED, MAX_XML_PARTS } from './docx'
import { parseReportDocument } from './index'
import { withReport } from '../../../test/unit/sample-reports'
import { inputRejectionOf } from '../../../test/unit/input-error'

const CORPUS = new URL('../../../test/corpus/reports/', import.meta.url)
const enc = new TextEncoder()

const rejection = (p: Promise<unknown>) => inputRejectionOf(p)

describe('Word (.docx) reports', () => {
  it('reads a report written in Word, tables with merged cells included', async () => {
    const bytes = makeDocx(readFileSync(new URL('docx-2021-culture.document.xml', CORPUS), 'utf8'))
    const { report, findings, format } = withReport(await parseReportDocument({ fileName: '年报.docx', bytes }, {}))
    expect(format).toBe('report-docx')
    expect(report).toMatchObject({
      office: '某区文化和旅游局',
      year: 2022,
      template: '2021',
      publishedAt: '2023-01-30',
    })
    expect(report.requests.notProcessed?.excessive).toEqual({
      natural: 0,
      business: null,
      research: null,
      nonprofit: null,
      legal: null,
      otherOrg: null,
      total: 0,
    })
    expect(findings).toEqual([])
  })

  it('refuses a Word file that is not a report', async () => {
    const bytes = makeDocx(readFileSync(new URL('bad-not-a-report.document.xml', CORPUS), 'utf8'))
    const e = await rejection(parseReportDocument({ fileName: '通知.docx', bytes }, { office: 'X', year: 2024 }))
    expect(e.message).toMatch(/^未识别出年报表格/)
    expect(e.file).toBe('通知.docx')
  })

  it('refuses a zip bomb before unpacking it (total size or ratio)', async () => {
    const bomb = makeZip([
      { name: 'word/document.xml', data: enc.encode('<w:document/>'), claimedSize: MAX_UNCOMPRESSED + 1 },
    ])
    expect((await rejection(parseReportDocument({ fileName: 'a.docx', bytes: bomb }, {}))).message).toMatch(
      /超过 50\.0 MB/,
    )
    const dense = makeZip([{ name: 'word/document.xml', data: enc.encode('x'.repeat(200)), claimedSize: 1_000_000 }])
    expect((await rejection(parseReportDocument({ fileName: 'b.docx', bytes: dense }, {}))).message).toMatch(
      /压缩比超过 100 倍/,
    )
  })

  it('refuses a zip bomb whose directory lies about the sizes, without inflating it all', async () => {
    const inflated = 200 * 1024 * 1024
    const deflated = new Uint8Array(deflateRawSync(Buffer.alloc(inflated, 0x30), { level: 9 }))
    const bomb = makeDeflatedZip('word/document.xml', deflated, deflated.length * 2)
    const e = await rejection(parseReportDocument({ fileName: 'lying.docx', bytes: bomb }, {}))
    expect(e.message).toBe(
      `Word 文件中的“word/document.xml”解压后超过了压缩包目录声明的 ${deflated.length * 2} 字节，已拒绝（可能是恶意的压缩炸弹）`,
    )
  })

  it('refuses a Word file whose XML parts (what mammoth parses) pass 10 MB', async () => {
    const big = makeZip([{ name: 'word/document.xml', data: new Uint8Array(MAX_XML_PARTS + 1) }])
    expect((await rejection(parseReportDocument({ fileName: 'big.docx', bytes: big }, {}))).message).toMatch(
      /正文部分解压后有 10\.0 MB，超过 10\.0 MB 的上限/,
    )
  })

  it('refuses files that are not Word documents', async () => {
    expect(
      (await rejection(parseReportDocument({ fileName: 'c.docx', bytes: enc.encode('hello') }, {}))).message,
    ).toMatch(/不是 ZIP 格式/)
    const xlsx = makeZip([{ name: 'xl/workbook.xml', data: enc.encode('<workbook/>') }])
    expect((await rejection(parseReportDocument({ fileName: 'd.docx', bytes: xlsx }, {}))).message).toMatch(
      /没有 word\/document\.xml/,
    )
    expect((await rejection(parseReportDocument({ fileName: 'e.doc', bytes: enc.encode('x') }, {}))).message).toMatch(
      /另存为”\.docx/,
    )
  })

  it('lists the entries of a sane zip', () => {
    const zip = makeZip([{ name: 'a.txt', data: enc.encode('abc') }])
    expect(inspectZip(zip)).toEqual({ entries: 1, uncompressed: 3, names: ['a.txt'] })
  })
})

/** A one-entry ZIP holding a deflated stream, declaring `declared` bytes uncompressed. */
function makeDeflatedZip(name: string, deflated: Uint8Array, declared: number): Uint8Array {
  const n = enc.encode(name)
  const local = new DataView(new ArrayBuffer(30))
  local.setUint32(0, 0x04034b50, true)
  local.setUint16(8, 8, true)
  local.setUint32(18, deflated.length, true)
  local.setUint32(22, declared, true)
  local.setUint16(26, n.length, true)
  const dir = new DataView(new ArrayBuffer(46))
  dir.setUint32(0, 0x02014b50, true)
  dir.setUint16(10, 8, true)
  dir.setUint32(20, deflated.length, true)
  dir.setUint32(24, declared, true)
  dir.setUint16(28, n.length, true)
  const end = new DataView(new ArrayBuffer(22))
  end.setUint32(0, 0x06054b50, true)
  end.setUint16(8, 1, true)
  end.setUint16(10, 1, true)
  end.setUint32(12, 46 + n.length, true)
  end.setUint32(16, 30 + n.length + deflated.length, true)
  return new Uint8Array(
    Buffer.concat([
      new Uint8Array(local.buffer),
      n,
      deflated,
      new Uint8Array(dir.buffer),
      n,
      new Uint8Array(end.buffer),
    ]),
  )
}
