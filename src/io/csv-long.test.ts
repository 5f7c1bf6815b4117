import { describe, expect, it } from 'vitest'
import { readInputFile } from './read'
import { inputRejectionOf } from '../../test/unit/input-error'
import { reportsOf } from '../../test/unit/sample-reports'

const utf8 = (s: string) => new TextEncoder().encode(s)
const read = async (text: string, hints = {}) => {
  const result = await readInputFile('long.csv', utf8(text), hints)
  return { ...result, reports: reportsOf(result) }
}

const failure = (text: string) => inputRejectionOf(() => read(text))

describe('long CSV', () => {
  it('is recognised by its header and groups rows into reports by office and year', async () => {
    const text = [
      'office,region,year,field,value',
      '某局,某区,2024,requests.received.natural,3',
      '某局,某区,2024,requests.received.total,3',
      '乙局,某区,2024,requests.received.total,5',
      '某局,某区,2023,requests.received.total,1',
    ].join('\n')
    const { reports, format } = await read(text)
    expect(format).toBe('csv-long')
    expect(reports.map((r) => [r.office, r.year, r.requests.received?.total])).toEqual([
      ['某局', 2024, 3],
      ['乙局', 2024, 5],
      ['某局', 2023, 1],
    ])
    expect(reports[0].requests.received?.natural).toBe(3)
    expect(reports[0].requests.received?.business).toBeNull()
  })

  it('reads Chinese headers (项目/指标 for the field), Chinese label chains and identity rows', async () => {
    const text = [
      '机关名称,所属地区,年度,指标,数值',
      '某区人民政府,某区,2020,报告格式,2019',
      '某区人民政府,某区,2020,发布日期,2021年3月1日',
      '某区人民政府,某区,2020,（六）其他处理-自然人,2',
      '某区人民政府,某区,2020,政府集中采购-采购项目数量,4',
    ].join('\n')
    const [r] = (await read(text)).reports
    expect(r.template).toBe('2019')
    expect(r.officeKind).toBe('government')
    expect(r.publishedAt).toBe('2021-03-01')
    expect(r.requests.otherHandling?.other?.natural).toBe(2)
    expect(r.proactive.procurement.projects).toBe(4)
    const { reports } = await read('机关名称,年度,项目,数值\n甲局,2024,予以公开-总计,1\n')
    expect(reports[0].requests.granted?.total).toBe(1)
  })

  it('fills the region from --region for rows without one', async () => {
    const { reports } = await read('office,region,year,field,value\n甲局,,2024,review.total,0\n', { region: '东区' })
    expect(reports[0].region).toBe('东区')
  })

  it('names each bad row by line, with the field and the value', async () => {
    const text = [
      'office,region,year,field,value',
      '某局,,2024,requests.received.total,abc',
      '某局,,2024,不存在的字段,1',
      '某局,,2024,review.total,1',
      '某局,,2024,review.total,2',
      '某局,,2024,review.upheld',
    ].join('\n')
    const e = await failure(text)
    expect(e.problems).toEqual([
      expect.objectContaining({ line: 2, cell: 'value', message: expect.stringContaining('requests.received.total') }),
      expect.objectContaining({ line: 3, cell: 'field', value: '不存在的字段' }),
      expect.objectContaining({ line: 5, cell: 'review.total' }),
      expect.objectContaining({ line: 6 }),
    ])
    expect(e.describe()).toContain('与第 4 行是同一机关、同一年度的同一项，但值不同')
  })

  it('refuses extra columns and office/year given as fields', async () => {
    const e = await failure('office,year,field,value,requests.granted.total\n某局,2024,review.total,1,2\n')
    expect(e.problems[0].cell).toBe('requests.granted.total')
    const e2 = await failure('office,year,field,value\n某局,2024,year,2023\n')
    expect(e2.problems[0]).toMatchObject({ line: 2, cell: 'field' })
  })
})
