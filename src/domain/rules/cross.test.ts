import { describe, expect, it } from 'vitest'
import type { Report } from '../types'
import { checkReports, type CheckOptions } from './index'
import { consistentReport, withCells } from './testReport'

const TODAY = '2030-01-01'

const run = (rule: string, reports: Report[], options: CheckOptions = {}) => {
  const result = checkReports(reports, { today: TODAY, ...options })
  return {
    findings: result.findings.filter((f) => f.rule === rule),
    notAssessable: result.notAssessable.filter((n) => n.rule === rule),
  }
}

/** Year N+1 of consistentReport(): carried over = last year's carried forward, in-force counts chained. */
const nextYear = (year: number, office = '某区教育局') =>
  withCells(consistentReport({ year, office, publishedAt: `${year + 1}-01-20` }), {
    'proactive.regulations.inForce': 6, // 5 + 1 − 0
    'proactive.normativeDocuments.inForce': 11, // 10 + 2 − 1
  })

describe('carry-chain', () => {
  it('passes when this year’s carried over equals last year’s carried forward', () => {
    expect(run('carry-chain', [consistentReport({ year: 2022 }), consistentReport({ year: 2023 })])).toEqual({
      findings: [],
      notAssessable: [],
    })
  })

  it('reports each column that breaks the chain, on the later report', () => {
    const previous = withCells(consistentReport({ year: 2022 }), {
      'requests.carriedForward.natural': 4,
      'requests.carriedForward.total': 4,
    })
    const { findings } = run('carry-chain', [previous, consistentReport({ year: 2023 })])
    expect(findings.map((f) => [f.rule, f.severity, f.field, f.column, f.expected, f.actual, f.year])).toEqual([
      ['carry-chain', 'error', 'requests.carriedOver', 'natural', 4, 1, 2023],
      ['carry-chain', 'error', 'requests.carriedOver', 'total', 4, 1, 2023],
    ])
    expect(findings[0].cells).toEqual(['requests.carriedOver.natural'])
    expect(findings[0].message).toContain('2022 年度报告“四、结转下年度继续办理”同一列为 4')
  })

  it('chains a 2020 report in the 2019 format to a 2021 report in the 2021 format', () => {
    const previous = withCells(consistentReport({ year: 2020, template: '2019' }), {
      'requests.carriedForward.business': 2,
      'requests.carriedForward.total': 3,
    })
    const { findings } = run('carry-chain', [previous, consistentReport({ year: 2021 })])
    expect(findings.map((f) => f.column)).toEqual(['business', 'total'])
  })

  it('needs both years and the same office', () => {
    expect(
      run('carry-chain', [
        consistentReport({ year: 2021 }),
        withCells(consistentReport({ year: 2023 }), { 'requests.carriedOver.natural': 9 }),
      ]).findings,
    ).toEqual([])
    const other = withCells(consistentReport({ year: 2023, office: '某区财政局' }), {
      'requests.carriedOver.natural': 9,
    })
    expect(run('carry-chain', [consistentReport({ year: 2022 }), other]).findings).toEqual([])
  })

  it('is not assessable when either side is blank', () => {
    const previous = withCells(consistentReport({ year: 2022 }), { 'requests.carriedForward.legal': null })
    const { findings, notAssessable } = run('carry-chain', [previous, consistentReport({ year: 2023 })])
    expect(findings).toEqual([])
    expect(notAssessable).toEqual([expect.objectContaining({ rule: 'carry-chain', office: '某区教育局', year: 2023 })])
    expect(notAssessable[0].reason).toContain('法律服务机构')
  })
})

describe('in-force-chain', () => {
  it('passes when in force = last year + issued − repealed', () => {
    expect(run('in-force-chain', [consistentReport({ year: 2022 }), nextYear(2023)])).toEqual({
      findings: [],
      notAssessable: [],
    })
  })

  it('warns when the in-force count does not follow, per item', () => {
    const { findings } = run('in-force-chain', [consistentReport({ year: 2022 }), consistentReport({ year: 2023 })])
    expect(findings.map((f) => [f.rule, f.severity, f.field, f.column, f.expected, f.actual])).toEqual([
      ['in-force-chain', 'warning', 'proactive.regulations', 'inForce', 6, 5],
      ['in-force-chain', 'warning', 'proactive.normativeDocuments', 'inForce', 11, 10],
    ])
    expect(findings[0].cells).toEqual([
      'proactive.regulations.inForce',
      'proactive.regulations.issued',
      'proactive.regulations.repealed',
    ])
    expect(findings[0].message).toContain('规章“现行有效件数”为 5')
  })

  it('only compares two reports in the 2021 format', () => {
    const previous = consistentReport({ year: 2020, template: '2019' })
    expect(run('in-force-chain', [previous, consistentReport({ year: 2021 })])).toEqual({
      findings: [],
      notAssessable: [],
    })
  })

  it('is not assessable when a count is blank', () => {
    const previous = withCells(consistentReport({ year: 2022 }), { 'proactive.regulations.inForce': null })
    const { findings, notAssessable } = run('in-force-chain', [previous, nextYear(2023)])
    expect(findings).toEqual([])
    expect(notAssessable[0].reason).toContain('规章')
  })
})

describe('missing-report', () => {
  it('passes an office with every year up to the newest year in the data', () => {
    const reports = [
      consistentReport({ year: 2022 }),
      consistentReport({ year: 2023 }),
      consistentReport({ year: 2023, office: '某区财政局' }),
    ]
    expect(run('missing-report', reports).findings).toEqual([])
  })

  it('reports each missing year, including years after the office’s last report', () => {
    const reports = [
      consistentReport({ year: 2020 }),
      consistentReport({ year: 2022 }),
      consistentReport({ year: 2024, office: '某区财政局' }),
    ]
    const { findings } = run('missing-report', reports)
    expect(findings.map((f) => [f.rule, f.severity, f.field, f.office, f.year])).toEqual([
      ['missing-report', 'error', 'report', '某区教育局', 2021],
      ['missing-report', 'error', 'report', '某区教育局', 2023],
      ['missing-report', 'error', 'report', '某区教育局', 2024],
    ])
    expect(findings[0].message).toContain('缺少 2021 年度报告')
    expect(findings[0].message).toContain('数据中最新年度为 2024')
  })

  it('exempts an office from the year it was dissolved', () => {
    const reports = [consistentReport({ year: 2020 }), consistentReport({ year: 2024, office: '某区财政局' })]
    const { findings } = run('missing-report', reports, { dissolved: new Map([['某区教育局', 2022]]) })
    expect(findings.map((f) => f.year)).toEqual([2021])
  })

  it('does not call a report missing before its deadline has passed', () => {
    const reports = [consistentReport({ year: 2023 }), consistentReport({ year: 2024, office: '某区财政局' })]
    const { findings, notAssessable } = run('missing-report', reports, { today: '2025-01-15' })
    expect(findings).toEqual([])
    expect(notAssessable).toEqual([
      expect.objectContaining({ rule: 'missing-report', office: '某区教育局', year: 2024 }),
    ])
    expect(notAssessable[0].reason).toContain('2025-01-31 尚未届满')
  })
})

describe('checkReports', () => {
  it('orders findings by office, year, then rule', () => {
    const late = withCells(consistentReport({ year: 2023, publishedAt: '2024-05-01' }), { 'review.total': 4 })
    const result = checkReports(
      [late, consistentReport({ year: 2021 }), consistentReport({ year: 2023, office: '某区财政局' })],
      { today: TODAY },
    )
    expect(result.findings.map((f) => [f.office, f.year, f.rule])).toEqual([
      ['某区教育局', 2022, 'missing-report'],
      ['某区教育局', 2023, 'review-sum'],
      ['某区教育局', 2023, 'deadline'],
    ])
  })
})
