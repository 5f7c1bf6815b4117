import { describe, expect, it } from 'vitest'
import { translator } from './translate'

const zh = translator('zh')
const en = translator('en')

describe('message parameters rendered through the model’s labels', () => {
  it('names an applicant column, a table 三 row (per format) and a cell in each language', () => {
    const params = {
      row: 'requests.otherHandling.other',
      template: '2019',
      total: 3,
      outcomes: 19,
      sum: 2,
      column: 'legal',
    }
    expect(zh.t('finding.outcome-sum', params)).toBe(
      '三（六）其他处理「法律服务机构」列为 3，但 19 项办理结果之和为 2。请逐行核对三（一）至三（六）的「法律服务机构」列和总计。',
    )
    expect(en.t('finding.outcome-sum', params)).toMatch(
      /^III\(6\) Other handling, column “Legal service providers”: 3,/,
    )
    expect(en.t('finding.outcome-sum', { ...params, template: '2021' })).toMatch(
      /^III\(6\) Other handling – 3\. Other,/,
    )
    expect(en.t('finding.revised-after-publication.change', { cell: 'review.corrected', before: 1, after: null })).toBe(
      'Administrative review - Corrected 1 → blank',
    )
  })

  it('lists at most so many items, then how many in all (zh) or how many more (en)', () => {
    const columns = ['natural', 'business', 'research', 'nonprofit', 'legal']
    expect(zh.t('na.balance', { columns })).toBe(
      '「自然人、商业企业、科研机构 等 5 项」列有空白单元格，无法核对 一+二 = 三（七）+四（空白不按 0 计算）',
    )
    expect(en.t('na.balance', { columns })).toContain('“Natural persons, Businesses, Research institutions and 2 more”')
  })

  it('joins nested messages with the separator the template gives, in the same language', () => {
    const reasons = [
      { id: 'finding.zero-requests.running', params: { running: 3, from: 2022, year: 2024 } },
      { id: 'finding.zero-requests.peers', params: { region: '东区', peers: 6, officeKind: 'government', median: 20 } },
    ]
    expect(zh.t('finding.zero-requests', { reasons })).toBe(
      '已连续 3 年（2022–2024 年度）本年新收申请为 0；东区其他 6 个政府同年新收申请的中位数为 20 件，本机关为 0。请核实是否确无申请，或是否有申请未登记、未统计。',
    )
    expect(en.t('finding.zero-requests', { reasons })).toBe(
      'No new requests: 3 years running (2022–2024); the 6 other Government offices of 东区 received a median of 20 that year. Check whether there were truly no requests, or whether requests went unlogged or uncounted.',
    )
  })

  it('counts in English with the right plural and names months', () => {
    expect(en.t('read.problems', { count: 1 })).toBe('1 problem; no report was imported')
    expect(en.t('read.problems', { count: 2 })).toBe('2 problems; no report was imported')
    expect(zh.t('finding.deadline.due', { officeKind: 'government', month: 3, day: 31 })).toBe(
      '政府应于次年 3 月 31 日前发布，《政府信息公开条例》第四十九条',
    )
    expect(en.t('finding.deadline.due', { officeKind: 'government', month: 3, day: 31 })).toMatch(
      /^Government offices publish by 31 March of the following year/,
    )
  })

  it('quotes a value as the rules show it: blank, text, odd numbers', () => {
    const row = { row: 'requests.granted', template: '2021', cell: 'requests.granted.natural' }
    const why = { id: 'finding.integer.notNumber' }
    expect(zh.t('finding.integer', { ...row, value: 'abc', why })).toContain(
      '三（一）予以公开「自然人」列的值 “abc” 不是数字',
    )
    expect(en.t('finding.integer', { ...row, value: Number.NaN, why })).toContain(
      'III(1) Granted, column “Natural persons”: the value NaN is not a number',
    )
  })

  it('names a table 二 item by its format: 规范性文件 (2019) is 行政规范性文件 in 2021', () => {
    expect(zh.t('parse.itemMissing', { item: 'normativeDocuments', template: '2019' })).toContain('“规范性文件”')
    expect(zh.t('parse.itemMissing', { item: 'normativeDocuments', template: '2021' })).toContain('“行政规范性文件”')
  })

  it('renders a finding, problem or error from its id in English and keeps its Chinese text in Chinese', () => {
    const worded = { message: '旧文本', messageId: 'read.empty' as const }
    expect(zh.text(worded)).toBe('旧文本')
    expect(en.text(worded)).toBe('The file is empty')
    // Made before ids (or by hand): the text it carries, in either language.
    expect(en.text({ message: '手写的说明' })).toBe('手写的说明')
  })
})
