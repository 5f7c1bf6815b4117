import { describe, expect, it } from 'vitest'
import { checkReports } from './rules'
import { consistentReport, withCells } from './rules/testReport'
import { complianceScore, ERROR_CAP_PER_RULE, ERROR_PENALTY, MISSING_REPORT_PENALTY, WARNING_PENALTY } from './score'
import type { Finding, NotAssessable } from './types'

const finding = (rule: string, severity: 'error' | 'warning', year = 2023, office = '某局'): Finding => ({
  rule,
  severity,
  field: 'requests',
  message: '',
  office,
  year,
})
const unknown = (rule: string, year = 2023): NotAssessable => ({ rule, office: '某局', year, reason: '' })

describe('complianceScore', () => {
  it('is 100 without findings', () => {
    expect(complianceScore([])).toBe(100)
  })

  it('weighs an error more than a warning', () => {
    expect(complianceScore([finding('balance', 'error')])).toBe(100 - ERROR_PENALTY)
    expect(complianceScore([finding('complete', 'warning')])).toBe(100 - WARNING_PENALTY)
    expect(ERROR_PENALTY).toBeGreaterThan(WARNING_PENALTY)
  })

  it('caps one rule on one report, so 30 row-total errors score better than a missing report', () => {
    const thirty = Array.from({ length: 30 }, () => finding('row-total', 'error'))
    expect(complianceScore(thirty)).toBe(100 - ERROR_CAP_PER_RULE)
    expect(complianceScore([finding('missing-report', 'error', 2022)])).toBe(100 - MISSING_REPORT_PENALTY)
    expect(complianceScore(thirty)).toBeGreaterThan(complianceScore([finding('missing-report', 'error', 2022)]))
  })

  it('adds up over rules and years, and never drops below 0', () => {
    expect(complianceScore([finding('balance', 'error', 2022), finding('balance', 'error', 2023)])).toBe(
      100 - 2 * ERROR_PENALTY,
    )
    const many = [2019, 2020, 2021].flatMap((y) => [finding('missing-report', 'error', y)])
    expect(complianceScore(many)).toBe(0)
  })

  it('takes a little off for rules it could not assess, at most 10 per report', () => {
    expect(complianceScore([], [unknown('deadline')])).toBe(98)
    const lots = ['row-total', 'outcome-sum', 'balance', 'review-sum', 'deadline', 'carry-chain', 'in-force-chain'].map(
      (r) => unknown(r),
    )
    expect(complianceScore([], lots)).toBe(90)
    expect(complianceScore([], [unknown('missing-report', 2024)])).toBe(100) // not due yet
  })

  it('scores real rule output: a mistake copied down five rows costs one capped rule', () => {
    const report = consistentReport()
    const wrongTotals: Record<string, number> = {}
    for (const row of ['received', 'carriedOver', 'granted', 'total', 'carriedForward'])
      wrongTotals[`requests.${row}.research`] = 1
    const result = checkReports([withCells(report, wrongTotals)], { today: '2030-01-01' })
    const rowTotal = result.findings.filter((f) => f.rule === 'row-total')
    expect(rowTotal).toHaveLength(5)
    expect(complianceScore(rowTotal)).toBe(100 - ERROR_CAP_PER_RULE)
  })
})
