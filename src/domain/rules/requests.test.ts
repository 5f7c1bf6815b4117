import { describe, expect, it } from 'vitest'
import { outcomeRowsFor } from '../model'
import { checkReport } from './index'
import { consistentReport, withCells } from './testReport'

const only = (rule: string, report = consistentReport()) => {
  const result = checkReport(report, { today: '2030-01-01' })
  return {
    findings: result.findings.filter((f) => f.rule === rule),
    notAssessable: result.notAssessable.filter((n) => n.rule === rule),
  }
}

describe('a consistent report', () => {
  it.each(['2019', '2021'] as const)(
    'passes every single-report rule in the %s format (published on time)',
    (template) => {
      const year = template === '2019' ? 2020 : 2023
      const result = checkReport(consistentReport({ template, year, publishedAt: `${year + 1}-01-15` }))
      expect(result).toEqual({ findings: [], notAssessable: [] })
    },
  )
})

describe('row-total', () => {
  it('reports a row whose total is not the sum of the six applicant columns', () => {
    const report = withCells(consistentReport(), {
      'requests.denied.stateSecret.natural': 2,
      'requests.denied.stateSecret.legal': 1,
    })
    const { findings } = only('row-total', report)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      rule: 'row-total',
      severity: 'error',
      field: 'requests.denied.stateSecret',
      column: 'total',
      expected: 3,
      actual: 1,
      office: '某区教育局',
      year: 2023,
    })
    expect(findings[0].cells).toEqual([
      'requests.denied.stateSecret.natural',
      'requests.denied.stateSecret.business',
      'requests.denied.stateSecret.research',
      'requests.denied.stateSecret.nonprofit',
      'requests.denied.stateSecret.legal',
      'requests.denied.stateSecret.otherOrg',
      'requests.denied.stateSecret.total',
    ])
    expect(findings[0].message).toContain('三（三）不予公开 1.属于国家秘密')
    expect(findings[0].message).toContain('之和为 3')
    expect(findings[0].message).toContain('“总计”列为 1')
  })

  it('does not treat a blank cell as 0: the row is not assessable instead', () => {
    const report = withCells(consistentReport(), { 'requests.granted.research': null, 'requests.granted.total': 99 })
    const { findings, notAssessable } = only('row-total', report)
    expect(findings).toEqual([])
    expect(notAssessable).toHaveLength(1)
    expect(notAssessable[0]).toMatchObject({ rule: 'row-total', office: '某区教育局', year: 2023 })
    expect(notAssessable[0].reason).toContain('三（一）予以公开')
  })

  it('labels the single （六）其他处理 row of the 2019 format', () => {
    const report = withCells(consistentReport({ template: '2019', year: 2020 }), {
      'requests.otherHandling.other.total': 5,
    })
    const { findings } = only('row-total', report)
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ field: 'requests.otherHandling.other', expected: 1, actual: 5 })
    expect(findings[0].message).toMatch(/^三（六）其他处理：/)
  })
})

describe('outcome-sum', () => {
  it('reports a column whose 三（七）总计 is not the sum of the 21 outcome rows', () => {
    // natural column: one more granted request, but the total row still says 10
    const report = withCells(consistentReport(), { 'requests.granted.natural': 6, 'requests.granted.total': 7 })
    const { findings } = only('outcome-sum', report)
    expect(findings.map((f) => f.column)).toEqual(['natural', 'total'])
    expect(findings[0]).toMatchObject({
      rule: 'outcome-sum',
      severity: 'error',
      field: 'requests.total',
      column: 'natural',
      expected: 11,
      actual: 10,
    })
    expect(findings[0].cells).toHaveLength(22)
    expect(findings[0].message).toContain('21 项办理结果之和为 11')
    expect(findings[0].message).toContain('「自然人」')
  })

  it('sums the 19 outcome rows of the 2019 format', () => {
    expect(outcomeRowsFor('2019')).toHaveLength(19)
    const pass = consistentReport({ template: '2019', year: 2020 })
    expect(only('outcome-sum', pass).findings).toEqual([])
    const fail = withCells(consistentReport({ template: '2019', year: 2020 }), {
      'requests.total.business': 3,
      'requests.total.total': 13,
    })
    const { findings } = only('outcome-sum', fail)
    expect(findings[0]).toMatchObject({ field: 'requests.total', column: 'business', expected: 2, actual: 3 })
    expect(findings[0].cells).toHaveLength(20)
    expect(findings[0].message).toContain('19 项办理结果之和为 2')
  })

  it('is not assessable for a column with a blank outcome cell', () => {
    const report = withCells(consistentReport(), { 'requests.notProcessed.repeated.legal': null })
    const { findings, notAssessable } = only('outcome-sum', report)
    expect(findings).toEqual([])
    expect(notAssessable).toHaveLength(1)
    expect(notAssessable[0].reason).toContain('法律服务机构')
  })
})

describe('balance', () => {
  it('reports received + carried over ≠ total + carried forward, with the printed formula', () => {
    const report = withCells(consistentReport(), {
      'requests.carriedForward.natural': 0,
      'requests.carriedForward.total': 0,
    })
    const { findings } = only('balance', report)
    expect(findings.map((f) => f.column)).toEqual(['natural', 'total'])
    expect(findings[0]).toMatchObject({
      rule: 'balance',
      severity: 'error',
      field: 'requests',
      column: 'natural',
      expected: 11,
      actual: 10,
    })
    expect(findings[0].message).toMatch(/^一\+二 ≠ 三（七）\+四 \(自然人\): 11 ≠ 10。/)
    expect(findings[0].cells).toEqual([
      'requests.received.natural',
      'requests.carriedOver.natural',
      'requests.total.natural',
      'requests.carriedForward.natural',
    ])
  })

  it('is not assessable when carried over is blank', () => {
    const report = withCells(consistentReport(), { 'requests.carriedOver.total': null })
    const { findings, notAssessable } = only('balance', report)
    expect(findings).toEqual([])
    expect(notAssessable[0].reason).toContain('「总计」列')
  })
})
