import { describe, expect, it } from 'vitest'
import type { Narrative, Report } from '../../types'
import { checkReport } from '../index'
import { consistentReport, withCells } from '../testReport'
import { JUSTICE_2024 } from './testNarratives'

// consistentReport: received 12, carried over 1, handled (三（七）) 12, carried forward 1; review 3; litigation 1.
const reportSaying = (narrative: Narrative, cells: Record<string, number | null> = {}): Report => ({
  ...withCells(consistentReport(), cells),
  narrative,
})
const mismatches = (r: Report) => checkReport(r).findings.filter((f) => f.rule === 'narrative-mismatch')

describe('narrative-mismatch', () => {
  it('quotes a sentence whose figure differs from the table, with both figures', () => {
    const [f] = mismatches(reportSaying({ overview: '2023年，全年共收到政府信息公开申请15件，办结12件。' }))
    expect(f).toMatchObject({
      severity: 'warning',
      field: 'requests.received',
      column: 'total',
      expected: 12,
      actual: 15,
      cells: ['requests.received.total'],
    })
    expect(f.message).toBe(
      '正文“2023年，全年共收到政府信息公开申请15件，办结12件”所述 15 与表三“一、本年新收政府信息公开申请数量”总计 12 不一致。请核对正文或表格，使两者一致。',
    )
  })

  it('says nothing when the narrative agrees with the tables', () => {
    expect(
      mismatches(
        reportSaying({
          overview:
            '全年新收政府信息公开申请12件，上年结转1件，办结12件，结转下年度继续办理1件。发生行政复议3起，行政诉讼1起。',
        }),
      ),
    ).toEqual([])
  })

  it('accepts a total that counts the requests carried over too, unless it says 新收', () => {
    expect(mismatches(reportSaying({ overview: '全年共收到政府信息公开申请13件。' }))).toEqual([])
    expect(mismatches(reportSaying({ overview: '全年新收政府信息公开申请13件。' }))).toHaveLength(1)
  })

  it('checks 办结, 结转, 行政复议 and 行政诉讼 against their own cells', () => {
    const found = mismatches(
      reportSaying({
        overview: '办结14件，结转下年度继续办理2件。',
        problems: '本年度发生政府信息公开行政复议4起，行政诉讼3起。',
      }),
    )
    expect(found.map((f) => [f.field, f.expected, f.actual])).toEqual([
      ['requests.total', 12, 14],
      ['requests.carriedForward', 1, 2],
      ['review', 3, 4],
      ['litigationDirect', 1, 3],
    ])
    expect(found[3].cells).toEqual(['litigationDirect.total', 'litigationAfterReview.total'])
  })

  it('takes "未发生行政复议、行政诉讼" and "全部办结" at their word', () => {
    const found = mismatches(
      reportSaying({ overview: '全部办结。本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。' }),
    )
    expect(found.map((f) => [f.field, f.expected, f.actual])).toEqual([
      ['requests.carriedForward', 1, 0],
      ['review', 4, 0],
    ])
    expect(found[0].message).toContain('称申请已全部办结，但表三“四、结转下年度继续办理”总计为 1')
  })

  it('leaves a statement alone when the table cell is blank, and a report without narrative', () => {
    expect(mismatches(reportSaying({ overview: '共收到申请15件。' }, { 'requests.received.total': null }))).toEqual([])
    expect(mismatches(consistentReport())).toEqual([])
  })

  it('finds nothing in a real report narrative that matches its table', () => {
    const r = reportSaying(JUSTICE_2024, {
      'requests.received.natural': 15,
      'requests.received.business': 0,
      'requests.received.total': 15,
      'requests.carriedOver.natural': 0,
      'requests.carriedOver.total': 0,
      'requests.carriedForward.natural': 0,
      'requests.carriedForward.total': 0,
    })
    expect(mismatches(r)).toEqual([])
  })

  it('reports one wrong figure once, even when the narrative repeats it', () => {
    expect(mismatches(reportSaying({ overview: '共收到申请20件。', problems: '共收到申请20件。' }))).toHaveLength(1)
  })
})
