import { describe, expect, it } from 'vitest'
import { checkReport, checkReports } from '../domain/rules'
import { consistentReport, toRecords, withCells } from '../domain/rules/testReport'
import type { Finding } from '../domain/types'
import { checkAnomalies } from './anomalies'
import { findingCellLabel, fixedFindings, rectificationRows } from './rectification'

const TODAY = '2026-06-30'
const REGIONS: Record<string, string> = { 甲局: '东区', 乙局: '东区', 丙局: '北区' }
const regionOf = (office: string) => REGIONS[office] ?? null

describe('rectificationRows', () => {
  const reports = [
    withCells(consistentReport({ office: '乙局', year: 2024, publishedAt: '2025-03-01' }), {
      'requests.received.natural': 11,
    }),
    withCells(consistentReport({ office: '甲局', year: 2024 }), { 'review.total': 4 }),
    consistentReport({ office: '丙局', year: 2023 }),
    consistentReport({ office: '无区局', year: 2024 }),
  ]
  const { findings } = checkReports(reports, { today: TODAY })

  it('lists every finding with the rule name and the cell in the clerk’s words, by region, office, year, rule', () => {
    const rows = rectificationRows(findings, {}, regionOf)
    expect(rows.map((r) => `${r.region}/${r.office}/${r.year}/${r.rule}`)).toEqual([
      '北区/丙局/2024/missing-report',
      '东区/甲局/2024/review-sum',
      '东区/乙局/2024/row-total',
      '东区/乙局/2024/balance',
      '东区/乙局/2024/deadline',
    ])
    const rowTotal = rows.find((r) => r.rule === 'row-total')!
    expect(rowTotal).toMatchObject({ ruleName: '行合计', severity: 'error', expected: 13, actual: 12 }) // sum of the columns vs the printed total
    expect(rowTotal.cell).toBe(
      '本年新收政府信息公开申请数量：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计',
    )
    expect(rows.find((r) => r.rule === 'balance')!.cell).toMatch(
      /^自然人列：本年新收政府信息公开申请数量、上年结转政府信息公开申请数量、/,
    )
    expect(rows.find((r) => r.rule === 'deadline')).toMatchObject({
      cell: '发布日期',
      expected: '2025-01-31',
      actual: '2025-03-01',
    })
    expect(rows.find((r) => r.rule === 'review-sum')!.cell).toBe(
      '行政复议：结果维持、结果纠正、其他结果、尚未审结、总计',
    )
    expect(rows[0]).toMatchObject({ ruleName: '报告缺失', cell: '整份年度报告', expected: null, actual: null })
  })

  it('filters by office, region and year', () => {
    expect(rectificationRows(findings, { office: '甲局' }, regionOf).map((r) => r.rule)).toEqual(['review-sum'])
    expect(rectificationRows(findings, { region: '北区' }, regionOf).map((r) => r.office)).toEqual(['丙局'])
    expect(rectificationRows(findings, { year: 2023 }, regionOf)).toEqual([])
  })

  it('names anomaly rules too', () => {
    const anomalies = checkAnomalies(
      toRecords([consistentReport({ office: '甲局', year: 2023 }), consistentReport({ office: '甲局', year: 2024 })]),
    )
    expect(rectificationRows(anomalies, {}, regionOf)[0]).toMatchObject({
      rule: 'yoy-identical',
      ruleName: '与上年完全相同',
      cell: '表三（收到和处理政府信息公开申请情况）',
    })
  })

  it('labels a finding without listed cells by its field and column', () => {
    const f: Finding = {
      rule: 'integer',
      severity: 'error',
      field: 'requests.denied.stateSecret',
      column: 'natural',
      message: '',
    }
    expect(findingCellLabel(f)).toBe('不予公开-属于国家秘密-自然人')
    expect(findingCellLabel({ ...f, column: undefined })).toBe('不予公开-属于国家秘密')
  })
})

describe('fixedFindings', () => {
  it('reports what the replacing version of a report no longer has (已整改)', () => {
    const before = checkReport(
      withCells(consistentReport({ office: '甲局', year: 2024, publishedAt: '2025-03-01' }), {
        'requests.received.natural': 11,
      }),
      { today: TODAY },
    ).findings
    const after = checkReport(consistentReport({ office: '甲局', year: 2024, publishedAt: '2025-03-01' }), {
      today: TODAY,
    }).findings
    expect(before.map((f) => f.rule)).toEqual(['row-total', 'balance', 'deadline'])
    expect(fixedFindings(before, after).map((f) => f.rule)).toEqual(['row-total', 'balance'])
  })

  it('does not count a cell that still fails with another value as fixed', () => {
    const wrong = (n: number) =>
      checkReport(withCells(consistentReport({ office: '甲局', year: 2024 }), { 'requests.received.natural': n }), {
        today: TODAY,
      }).findings
    expect(fixedFindings(wrong(11), wrong(13))).toEqual([])
    expect(fixedFindings([], wrong(13))).toEqual([])
  })
})
