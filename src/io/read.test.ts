import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { isReportDocument, readInputFile } from './read'
import { inputRejectionOf } from '../../test/unit/input-error'
import { reportsOf } from '../../test/unit/sample-reports'

const utf8 = (s: string) => new TextEncoder().encode(s)

const failure = (name: string, bytes: Uint8Array) => inputRejectionOf(() => readInputFile(name, bytes))

describe('readInputFile', () => {
  it('reads a GB18030 CSV with Chinese headers as Chinese Excel saves it', async () => {
    const text = '机关名称,所属地区,机关类型,年度,予以公开-总计\r\n某区教育局,某区,部门,2024,3\r\n'
    const result = await readInputFile('汇总.csv', new Uint8Array(iconv.encode(text, 'gb18030')))
    expect(result).toMatchObject({ fileName: '汇总.csv', format: 'csv-wide', parseFindings: [] })
    expect(reportsOf(result)[0]).toMatchObject({ office: '某区教育局', region: '某区', year: 2024 })
  })

  it('reads a tab-separated .txt table (Excel "文本文件（制表符分隔）") as CSV', async () => {
    const result = await readInputFile('汇总.txt', utf8('机关名称\t年度\t予以公开-总计\n某局\t2024\t3\n'))
    expect(result.format).toBe('csv-wide')
    expect(reportsOf(result)[0].requests.granted?.total).toBe(3)
  })

  it('recognises JSON and CSV content when the extension says nothing', async () => {
    expect((await readInputFile('export', utf8('[{"office":"甲","year":2024}]'))).format).toBe('json')
    expect((await readInputFile('export.dat', utf8('office,year,field,value\n甲,2024,review.total,1\n'))).format).toBe(
      'csv-long',
    )
  })

  it('refuses spreadsheets, images and unknown files with a sentence naming the file', async () => {
    expect((await failure('汇总.xlsx', new Uint8Array([0x50, 0x4b, 3, 4]))).describe()).toMatch(
      /^汇总\.xlsx: .*另存为.*CSV/,
    )
    expect((await failure('图.csv', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).describe()).toContain(
      '图.csv: 不是文本文件（看起来是 PNG 图片',
    )
    expect((await failure('notes.dat', utf8('hello world\n'))).describe()).toContain('notes.dat: 无法识别的文件类型')
  })

  it('returns nothing partial: one bad row fails the whole file', async () => {
    const e = await failure('a.csv', utf8('office,year,requests.granted.total\n甲,2024,1\n乙,2024,x\n'))
    expect(e.file).toBe('a.csv')
    expect(e.problems).toHaveLength(1)
  })
})

describe('isReportDocument', () => {
  it('tells report documents from tables by extension, in any case', () => {
    for (const name of ['年报.txt', '年报.MD', '年报.htm', '年报.html', '年报.docx', '年报.PDF'])
      expect(isReportDocument(name), name).toBe(true)
    for (const name of ['汇总.csv', '汇总.json', '汇总.tsv', '汇总.xlsx', 'pdf', '年报.pdf.csv'])
      expect(isReportDocument(name), name).toBe(false)
  })
})
