import { describe, expect, it } from 'vitest'
import { readIdentity } from './metadata'

const read = (text: string) => readIdentity(text.split('\n'))

describe('readIdentity', () => {
  it('takes office and year from the usual titles', () => {
    expect(read('北京市朝阳区人民政府2023年政府信息公开工作年度报告')).toMatchObject({
      office: '北京市朝阳区人民政府',
      year: 2023,
    })
    expect(read('某市生态环境局2022年度政府信息公开工作年度报告')).toMatchObject({
      office: '某市生态环境局',
      year: 2022,
    })
    expect(read('某区财政局关于2021年政府信息公开工作年度报告')).toMatchObject({ office: '某区财政局', year: 2021 })
    expect(read('某县统计局政府信息公开工作2020年度报告')).toMatchObject({ office: '某县统计局', year: 2020 })
    expect(read('# 某区卫生健康委员会2019年政府信息公开工作年度报告')).toMatchObject({
      office: '某区卫生健康委员会',
      year: 2019,
    })
    expect(read('关于印发《某市水利局2023年政府信息公开工作年度报告》的通知')).toMatchObject({
      office: '某市水利局',
      year: 2023,
    })
    expect(read('某区教育局2023年政府信息公开工作年度报告_某区人民政府网')).toMatchObject({
      office: '某区教育局',
      year: 2023,
    })
  })

  it("names a report titled by a place after that place's government", () => {
    expect(read('2022年上海市政府信息公开工作年度报告')).toMatchObject({ office: '上海市人民政府', year: 2022 })
    expect(read('福州市晋安区2016年政府信息公开工作年度报告')).toMatchObject({
      office: '福州市晋安区人民政府',
      year: 2016,
    })
  })

  it('finds only the year in a title without an office, and the office in the first sentence', () => {
    expect(read('2024年政府信息公开工作年度报告\n依据《条例》编制本报告。')).toEqual({ year: 2024 })
    expect(
      read('2024年政府信息公开工作年度报告\n本报告由某区司法局根据《中华人民共和国政府信息公开条例》编制。'),
    ).toMatchObject({ office: '某区司法局', year: 2024 })
  })

  it('reads the year from the statistics period when the title has none', () => {
    expect(read('政府信息公开工作年度报告\n本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。').year).toBe(
      2022,
    )
  })

  it('reads the publication date from 来源/时间/发布日期 lines', () => {
    expect(read('标题\n来源：某区政府办　　时间：2025-01-20 10:30').publishedAt).toBe('2025-01-20')
    expect(read('发布日期：2024年1月5日').publishedAt).toBe('2024-01-05')
    expect(read('发布时间：2024/1/5 9:00').publishedAt).toBe('2024-01-05')
    expect(read('来源：某县人民政府 2023.03.30').publishedAt).toBe('2023-03-30')
    expect(read('发布机构 | 市政府办 | 发文日期 | 2018-02-28 |').publishedAt).toBe('2018-02-28')
  })

  it('falls back to the date signed under the report, and ignores dates inside sentences', () => {
    expect(read('正文\n某县水务局\n2021年1月28日').publishedAt).toBe('2021-01-28')
    expect(read('办理时间：2024年3月1日前完成。').publishedAt).toBeUndefined()
  })
})
