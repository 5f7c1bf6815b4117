import { describe, expect, it } from 'vitest'
import { emptyReport } from '../report'
import { checkReport } from './index'
import { consistentReport, withCells } from './testReport'

const only = (rule: string, report = consistentReport()) => {
  const result = checkReport(report, { today: '2030-01-01' })
  return {
    findings: result.findings.filter((f) => f.rule === rule),
    notAssessable: result.notAssessable.filter((n) => n.rule === rule),
  }
}

describe('review-sum', () => {
  it('passes when each group of table 四 adds up', () => {
    expect(only('review-sum')).toEqual({ findings: [], notAssessable: [] })
  })

  it('reports a group whose total is not upheld + corrected + other + pending', () => {
    const report = withCells(consistentReport(), { 'litigationAfterReview.pending': 2 })
    const { findings } = only('review-sum', report)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      rule: 'review-sum',
      severity: 'error',
      field: 'litigationAfterReview',
      column: 'total',
      expected: 2,
      actual: 0,
      cells: [
        'litigationAfterReview.upheld',
        'litigationAfterReview.corrected',
        'litigationAfterReview.other',
        'litigationAfterReview.pending',
        'litigationAfterReview.total',
      ],
    })
    expect(findings[0].message).toContain('表四行政诉讼-复议后起诉')
  })

  it('is not assessable when a group has a blank cell', () => {
    const report = withCells(consistentReport(), { 'review.other': null })
    const { findings, notAssessable } = only('review-sum', report)
    expect(findings).toEqual([])
    expect(notAssessable).toHaveLength(1)
    expect(notAssessable[0].reason).toContain('行政复议')
  })
})

describe('integer', () => {
  it('passes non-negative integers and blanks', () => {
    const report = withCells(consistentReport(), { 'review.other': null })
    expect(only('integer', report).findings).toEqual([])
  })

  it('reports a negative, a fractional and a text value in tables 三/四', () => {
    const report = withCells(consistentReport(), {
      'requests.received.research': -1,
      'requests.granted.legal': 1.5,
      'review.upheld': '一',
    })
    const { findings } = only('integer', report)
    expect(findings.map((f) => [f.rule, f.severity, f.field, f.column, f.actual])).toEqual([
      ['integer', 'error', 'requests.received', 'research', -1],
      ['integer', 'error', 'requests.granted', 'legal', 1.5],
      ['integer', 'error', 'review', 'upheld', '“一”'],
    ])
    expect(findings[0].message).toContain('一、本年新收政府信息公开申请数量「科研机构」列的值 -1 是负数')
    expect(findings[2].cells).toEqual(['review.upheld'])
  })

  it('ignores table 二, where amounts may be fractional', () => {
    const report = withCells(consistentReport(), { 'proactive.fees.amountWanYuan': 12.5 })
    expect(only('integer', report).findings).toEqual([])
  })
})

describe('complete', () => {
  it('passes a report with every cell of tables 三/四 filled (zeros included)', () => {
    expect(only('complete').findings).toEqual([])
  })

  it('gives one warning per row with blanks, listing the blank cells', () => {
    const report = withCells(consistentReport(), {
      'requests.denied.processInfo.business': null,
      'requests.denied.processInfo.total': null,
      'litigationDirect.pending': null,
    })
    const { findings, notAssessable } = only('complete', report)
    expect(findings).toHaveLength(2)
    expect(findings[0]).toMatchObject({
      rule: 'complete',
      severity: 'warning',
      field: 'requests.denied.processInfo',
      cells: ['requests.denied.processInfo.business', 'requests.denied.processInfo.total'],
    })
    expect(findings[0].message).toContain('有 2 个空白单元格（商业企业、总计）')
    expect(findings[1]).toMatchObject({ field: 'litigationDirect', cells: ['litigationDirect.pending'] })
    expect(notAssessable).toEqual([])
  })

  it('says "整行空白" and covers 28 rows for an entirely blank 2021 report, not one warning per cell', () => {
    const { findings } = only('complete', emptyReport({ office: '某局', year: 2023, template: '2021' }))
    expect(findings).toHaveLength(25 + 3)
    expect(findings[0].message).toContain('有 7 个空白单元格（整行空白）')
  })

  it('covers the 23 rows of the 2019 format', () => {
    const { findings } = only('complete', emptyReport({ office: '某局', year: 2020, template: '2019' }))
    expect(findings).toHaveLength(23 + 3)
  })
})
