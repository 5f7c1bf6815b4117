import { describe, expect, it } from 'vitest'
import type { Finding } from '../domain/types'
import { findingCell, sortFindings, summarizeByRegion, summarizeByRule } from './findingSummaries'

const f = (
  office: string,
  year: number,
  rule: string,
  severity: 'error' | 'warning' = 'error',
  extra: Partial<Finding> = {},
): Finding => ({
  office,
  year,
  rule,
  severity,
  field: 'requests',
  message: '…',
  ...extra,
})
const regions: Record<string, string | null> = { 乙局: '东城区', 甲局: '西湖区', 丙局: null }
const regionOf = (o: string) => regions[o] ?? null

describe('summarizeByRule', () => {
  it('counts findings and offices per rule, anomalies apart, and not-assessable entries per rule', () => {
    const rows = summarizeByRule(
      [f('甲局', 2023, 'balance'), f('甲局', 2023, 'balance'), f('乙局', 2022, 'deadline')],
      [f('乙局', 2023, 'yoy-volume', 'warning')],
      [{ rule: 'deadline', office: '丙局', year: 2023, reason: '发布日期未知' }],
    )
    const by = new Map(rows.map((r) => [r.id, r]))
    expect(by.get('balance')).toMatchObject({ count: 2, offices: 1, anomaly: false, penalty: 15 })
    expect(by.get('deadline')).toMatchObject({ count: 1, notAssessable: 1 })
    expect(by.get('yoy-volume')).toMatchObject({ count: 1, anomaly: true, penalty: 0 })
    expect(by.get('row-total')).toMatchObject({ count: 0 }) // every rule is listed, also with none
  })
})

describe('summarizeByRegion', () => {
  it('orders regions by errors, blank region last, anomalies counted apart', () => {
    const rows = summarizeByRegion(
      [
        f('甲局', 2023, 'balance'),
        f('甲局', 2022, 'balance'),
        f('乙局', 2023, 'deadline'),
        f('乙局', 2023, 'yoy-identical', 'warning'),
        f('丙局', 2023, 'complete', 'warning'),
      ],
      regionOf,
    )
    expect(rows.map((r) => [r.region, r.errors, r.warnings, r.anomalies, r.offices])).toEqual([
      ['西湖区', 2, 0, 0, 1],
      ['东城区', 1, 0, 1, 1],
      [null, 0, 1, 0, 1],
    ])
  })
})

describe('sortFindings', () => {
  const rank = new Map([
    ['乙局', 0],
    ['甲局', 1],
  ]) // 东城区 before 西湖区
  const list = [
    f('甲局', 2022, 'deadline'),
    f('乙局', 2023, 'missing-report'),
    f('甲局', 2023, 'balance'),
    f('乙局', 2023, 'balance'),
  ]
  it('by office: region, office, year, rule order', () => {
    expect(sortFindings(list, 'office', rank).map((x) => `${x.office}${x.year}${x.rule}`)).toEqual([
      '乙局2023balance',
      '乙局2023missing-report',
      '甲局2022deadline',
      '甲局2023balance',
    ])
  })
  it('puts offices it does not know last, by name', () => {
    expect(
      sortFindings(
        [f('戊局', 2023, 'balance'), f('丁局', 2023, 'balance'), f('甲局', 2023, 'balance')],
        'office',
        rank,
      ).map((x) => x.office),
    ).toEqual(['甲局', '丁局', '戊局'])
  })
  it('by year (newest first) and by rule', () => {
    expect(sortFindings(list, 'year', rank).map((x) => x.year)).toEqual([2023, 2023, 2023, 2022])
    expect(sortFindings(list, 'rule', rank).map((x) => x.rule)).toEqual([
      'balance',
      'balance',
      'deadline',
      'missing-report',
    ])
  })
})

describe('the cell a finding links to', () => {
  it('is the first cell of the finding, none for a missing report', () => {
    expect(
      findingCell(
        f('甲局', 2023, 'balance', 'error', {
          column: 'natural',
          cells: ['requests.received.natural', 'requests.total.natural'],
        }),
      ),
    ).toBe('requests.received.natural')
    expect(findingCell(f('甲局', 2023, 'review-sum', 'error', { field: 'review', column: 'total' }))).toBe(
      'review.total',
    )
    expect(findingCell(f('甲局', 2023, 'missing-report', 'error', { field: 'report' }))).toBeNull()
  })
})
