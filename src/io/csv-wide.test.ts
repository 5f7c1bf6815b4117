import { describe, expect, it } from 'vitest'
import { cellsFor } from '../domain/cells'
import { readInputFile } from './read'
import { inputRejectionOf } from '../../test/unit/input-error'
import { reportsOf } from '../../test/unit/sample-reports'

const utf8 = (s: string) => new TextEncoder().encode(s)
const read = async (text: string, name = 'reports.csv', hints = {}) => {
  const result = await readInputFile(name, utf8(text), hints)
  return { ...result, reports: reportsOf(result) }
}

const failure = (text: string, name = 'reports.csv') => inputRejectionOf(() => read(text, name))

describe('wide CSV: reading what a clerk types', () => {
  it('accepts Chinese headers with numbering, full labels and either bracket style; numbers as Excel writes them', async () => {
    const text = [
      '机关名称,所属地区,年度,一、本年新收政府信息公开申请数量-自然人,三（二）部分公开（区分处理的，只计这一情形，不计其他情形）-总计,（三）不予公开-3.危及"三安全一稳定"-总计,行政复议 - 结果纠正,行政事业性收费-本年收费金额(单位:万元)',
      '某区教育局,某区,2024,"1,234",１２, 7 ,-,"12.5"',
      '某区人民政府,,2024年,—,/,,0,',
    ].join('\r\n')
    const { reports, format } = await read(text)
    expect(format).toBe('csv-wide')
    const [a, b] = reports
    expect(a.requests.received?.natural).toBe(1234)
    expect(a.requests.partiallyGranted?.total).toBe(12)
    expect(a.requests.denied?.threeSecurities?.total).toBe(7)
    expect(a.review.corrected).toBeNull()
    expect(a.proactive.fees.amountWanYuan).toBe(12.5)
    expect(a.template).toBe('2021')
    expect(b.officeKind).toBe('government')
    expect(b.year).toBe(2024)
    expect(b.region).toBeNull()
    expect(b.requests.received?.natural).toBeNull()
    expect(b.review.corrected).toBe(0)
  })

  it('skips blank lines (also ",,,") but counts them in line numbers; reads CR-only line ends', async () => {
    const e = await failure('office,year,requests.granted.total\r\n\r\n,,\r\n某局,2024,x\r\n')
    expect(e.problems[0]).toMatchObject({ line: 4, cell: 'requests.granted.total' })
    const { reports } = await read('office,year,requests.granted.total\r某局,2024,3\r\r乙局,2024,4\r')
    expect(reports.map((r) => r.requests.granted?.total)).toEqual([3, 4])
  })

  it('takes the format from the template column, else from the cells, else from the year', async () => {
    const { reports } = await read(
      'office,year,template,proactive.procurement.projects\nA,2019,,\nB,2024,,3\nC,2024,2019,\nD,2020,,',
    )
    expect(reports.map((r) => r.template)).toEqual(['2019', '2019', '2019', '2019'])
    const { reports: r2 } = await read('office,year\nA,2021\n')
    expect(r2[0].template).toBe('2021')
  })

  it('fills what the file does not state from the hints (--region for rows without one)', async () => {
    const { reports } = await read('机关名称,所属地区,予以公开-总计\n甲局,,1\n乙局,西区,2\n', 'h.csv', {
      region: '东区',
      year: 2024,
    })
    expect(reports.map((r) => [r.office, r.region, r.year])).toEqual([
      ['甲局', '东区', 2024],
      ['乙局', '西区', 2024],
    ])
  })

  it('skips a title row above the header, with a note', async () => {
    const { reports, warnings } = await read(
      '2024年各部门政府信息公开年报汇总表,,\n机关名称,年度,予以公开-总计\n某局,2024,3\n',
    )
    expect(reports[0].requests.granted?.total).toBe(3)
    expect(warnings[0]).toMatchObject({ line: 1 })
  })

  it('ignores empty unnamed columns that Excel leaves at the right', async () => {
    const { reports } = await read('office,year,requests.granted.total,,\n某局,2024,3,,\n')
    expect(reports).toHaveLength(1)
  })

  it('reads 20,000 rows × all cells of the 2021 format', async () => {
    const cells = cellsFor('2021')
    const lines = [
      ['office', 'region', 'officeKind', 'year', 'template', 'publishedAt', ...cells.map((c) => c.path)].join(','),
    ]
    for (let i = 0; i < 20000; i++)
      lines.push(
        [
          `机关${i}`,
          '某区',
          'department',
          '2024',
          '2021',
          '2025-01-20',
          ...cells.map((_, j) => String((i + j) % 50)),
        ].join(','),
      )
    const { reports } = await read(lines.join('\r\n'))
    expect(reports).toHaveLength(20000)
    expect(reports[19999].requests.received?.natural).toBe((19999 + 0) % 50)
  })
})

describe('wide CSV: bad input is named, never dropped', () => {
  it('names an unknown header', async () => {
    const e = await failure('office,year,予以公开-总计,备注栏\n某局,2024,1,x\n', 'u.csv')
    expect(e.describe()).toContain('u.csv')
    expect(e.problems).toEqual([expect.objectContaining({ line: 1, cell: '备注栏' })])
  })

  it('names both headers of a doubled column', async () => {
    const e = await failure('机关名称,年度,予以公开-总计,requests.granted.total\n某局,2024,1,1\n')
    expect(e.problems[0].cell).toBe('requests.granted.total')
    expect(e.describe()).toContain('予以公开-总计')
  })

  it('names a bad cell by line, header as written and value — every bad cell of the file', async () => {
    const e = await failure(
      '机关名称,年度,予以公开-总计,行政复议-总计\n甲局,2024,十二,1\n乙局,2024,3,-2\n丙局,20x4,1,1\n',
    )
    expect(e.problems).toEqual([
      expect.objectContaining({ line: 2, cell: '予以公开-总计' }),
      expect.objectContaining({ line: 3, cell: '行政复议-总计' }),
      expect.objectContaining({ line: 4, cell: '年度', value: '20x4' }),
    ])
    const text = e.describe()
    expect(text).toContain('第 2 行，“予以公开-总计”列：“十二”不是数字')
    expect(text).toContain('第 3 行，“行政复议-总计”列')
  })

  it('refuses a value in a cell the report format does not have', async () => {
    const e = await failure('office,year,template,proactive.procurement.projects\n某局,2024,2021,3\n')
    expect(e.problems[0]).toMatchObject({ line: 2, cell: 'proactive.procurement.projects', value: '3' })
  })

  it('names a row with more or fewer cells than the header', async () => {
    const e = await failure('office,year,requests.granted.total\n某局,2024,1,5\n乙局,2024\n')
    expect(e.problems.map((p) => p.line)).toEqual([2, 3])
    expect(e.describe()).toContain('表头有 3 列')
  })

  it('names the line of a quote that is never closed', async () => {
    const e = await failure('office,year,requests.granted.total\n某局,2024,1\n"乙局,2024,2\n丙局,2024,3\n')
    expect(e.problems[0].line).toBe(3)
    expect(e.describe()).toContain('引号没有闭合')
  })

  it('names both lines of the same office and year with different numbers; identical rows only warn', async () => {
    const e = await failure('office,year,requests.granted.total\n某局,2024,1\n乙局,2024,1\n某局,2024,2\n')
    expect(e.problems[0].line).toBe(4)
    expect(e.describe()).toContain('与第 2 行是同一机关同一年度')
    const { reports, warnings } = await read('office,year,requests.granted.total\n某局,2024,1\n某局,2024,1\n')
    expect(reports).toHaveLength(1)
    expect(warnings[0]).toMatchObject({ line: 3 })
  })

  it('needs an office column (unless --office is given) and at least one row', async () => {
    expect((await failure('year,requests.granted.total\n2024,1\n')).describe()).toContain('缺少“机关名称”')
    expect((await failure('office,year\n')).describe()).toContain('没有任何报告')
    expect((await failure('')).describe()).toContain('空')
  })

  it('names an unnamed column that holds data', async () => {
    const e = await failure('office,year,,requests.granted.total\n某局,2024,7,1\n')
    expect(e.problems[0].cell).toBe('第 3 列')
  })
})
