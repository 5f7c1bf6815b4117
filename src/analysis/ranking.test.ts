import { describe, expect, it } from 'vitest'
import { toRecords } from '../domain/rules/testReport'
import { checkReports } from '../domain/rules'
import { consistentReport, withCells } from '../domain/rules/testReport'
import type { Report } from '../domain/types'
import {
  DEFAULT_MIN_VOLUME,
  defaultOrder,
  indexFindings,
  NO_REGION,
  rankEntities,
  type RankingOptions,
} from './ranking'

const TODAY = '2026-06-30'

/** A consistent report with a chosen volume and disclosure rate (granted / handled). */
function office(name: string, region: string | null, year: number, cells: Record<string, number | null> = {}): Report {
  return withCells(consistentReport({ office: name, region, year }), cells)
}
function withRate(
  name: string,
  region: string | null,
  year: number,
  granted: number,
  handled: number,
  volume = handled,
): Report {
  return office(name, region, year, {
    'requests.received.total': volume,
    'requests.granted.total': granted,
    'requests.partiallyGranted.total': 0,
    'requests.total.total': handled,
  })
}

const opts = (o: Partial<RankingOptions>): RankingOptions => ({
  level: 'office',
  metric: 'volume',
  year: 2024,
  order: 'desc',
  minVolume: DEFAULT_MIN_VOLUME,
  ...o,
})
const NONE = indexFindings({ findings: [], notAssessable: [] })
const summary = (rows: ReturnType<typeof rankEntities>) => rows.map((r) => [r.entity, r.rank])

describe('rankEntities', () => {
  it('gives tied values the same rank, competition style (1, 2, 2, 4)', () => {
    const reports = [
      office('甲局', '东区', 2024, { 'requests.received.total': 30 }),
      office('乙局', '东区', 2024, { 'requests.received.total': 50 }),
      office('丙局', '西区', 2024, { 'requests.received.total': 10 }),
      office('丁局', '西区', 2024, { 'requests.received.total': 30 }),
    ]
    const rows = rankEntities(toRecords(reports), NONE, opts({}))
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 2, 4])
    expect(rows[0]).toMatchObject({ entity: '乙局', region: '东区', value: 50, volume: 50, reports: 1 })
    expect(rows.slice(1, 3).map((r) => r.value)).toEqual([30, 30])
    // Ascending order: smallest first, ties still shared.
    expect(rankEntities(toRecords(reports), NONE, opts({ order: 'asc' })).map((r) => r.rank)).toEqual([1, 2, 2, 4])
  })

  it('lists rate metrics of offices below the minimum volume after the ranked ones, unranked', () => {
    const reports = [
      withRate('小局', '东区', 2024, 5, 5), // 100 % of only 5 requests
      withRate('大局', '东区', 2024, 30, 60),
      withRate('中局', '东区', 2024, 20, 25),
    ]
    const rows = rankEntities(toRecords(reports), NONE, opts({ metric: 'disclosureRate' }))
    expect(summary(rows)).toEqual([
      ['中局', 1],
      ['大局', 2],
      ['小局', null],
    ])
    expect(rows[2]).toMatchObject({ value: 1, belowThreshold: true, reason: 'lowVolume' })
    expect(rows[0].belowThreshold).toBe(false)
    // With the threshold lowered it takes first place.
    expect(
      summary(rankEntities(toRecords(reports), NONE, opts({ metric: 'disclosureRate', minVolume: 1 })))[0],
    ).toEqual(['小局', 1])
    // Counts ignore the threshold.
    expect(rankEntities(toRecords(reports), NONE, opts({ metric: 'volume' })).every((r) => r.rank !== null)).toBe(true)
  })

  it('puts entities without a value last, unranked, and never as 0', () => {
    const reports = [
      withRate('甲局', '东区', 2024, 10, 20),
      office('空白局', '东区', 2024, { 'requests.total.total': null }), // rate cannot be computed
      withRate('零申请局', '东区', 2024, 0, 0, 30), // handled 0 → rate null, not 0
      withRate('乙局', '东区', 2024, 5, 20),
    ]
    const rows = rankEntities(toRecords(reports), NONE, opts({ metric: 'disclosureRate', order: 'asc' }))
    expect(summary(rows)).toEqual([
      ['乙局', 1],
      ['甲局', 2],
      ['空白局', null],
      ['零申请局', null],
    ])
    expect(rows[3]).toMatchObject({ value: null, belowThreshold: true, reason: 'noValue' })
  })

  it('sums a region over its offices: the rate is Σ numerators / Σ denominators, not a mean of rates', () => {
    const reports = [
      withRate('东区甲局', '东区', 2024, 1, 1), // 100 %
      withRate('东区乙局', '东区', 2024, 10, 100), // 10 %
      withRate('西区甲局', '西区', 2024, 30, 60), // 50 %
      withRate('无区局', null, 2024, 3, 12),
    ]
    const rows = rankEntities(toRecords(reports), NONE, opts({ level: 'region', metric: 'disclosureRate' }))
    const east = rows.find((r) => r.entity === '东区')!
    expect(east.value).toBeCloseTo(11 / 101, 10) // the mean of the office rates would be 0.55
    expect(east).toMatchObject({ volume: 101, reports: 2, region: null })
    expect(summary(rows)).toEqual([
      ['西区', 1],
      [NO_REGION, 2],
      ['东区', 3],
    ])
  })

  it('compares with the previous year ranked the same way', () => {
    const reports = [
      office('甲局', '东区', 2023, { 'requests.received.total': 100 }),
      office('乙局', '东区', 2023, { 'requests.received.total': 50 }),
      office('甲局', '东区', 2024, { 'requests.received.total': 40 }),
      office('乙局', '东区', 2024, { 'requests.received.total': 60 }),
      office('新局', '东区', 2024, { 'requests.received.total': 10 }),
    ]
    const rows = rankEntities(toRecords(reports), NONE, opts({}))
    expect(rows[0]).toMatchObject({
      entity: '乙局',
      rank: 1,
      previousRank: 2,
      rankChange: 1,
      previousValue: 50,
      valueChange: 10,
    })
    expect(rows[1]).toMatchObject({
      entity: '甲局',
      rank: 2,
      previousRank: 1,
      rankChange: -1,
      previousValue: 100,
      valueChange: -60,
    })
    expect(rows[2]).toMatchObject({
      entity: '新局',
      rank: 3,
      previousRank: null,
      rankChange: null,
      previousValue: null,
      valueChange: null,
    })
  })

  it('ranks the compliance score per office, with a missing report scored and listed without volume', () => {
    const reports = [
      office('好局', '东区', 2024),
      office('错局', '东区', 2024, { 'requests.received.natural': 11 }), // row-total and balance errors: −30
      office('缺局', '西区', 2023), // no 2024 report: −40
    ]
    const findings = indexFindings(checkReports(reports, { today: TODAY }))
    const rows = rankEntities(toRecords(reports), findings, opts({ metric: 'complianceScore' }))
    expect(rows.map((r) => [r.entity, r.rank, r.value])).toEqual([
      ['好局', 1, 100],
      ['错局', 2, 70],
      ['缺局', 3, 60],
    ])
    expect(rows[2]).toMatchObject({ volume: null, reports: 0, region: '西区' })

    const count = rankEntities(
      toRecords(reports),
      findings,
      opts({ metric: 'findingsCount', order: defaultOrder('findingsCount') }),
    )
    expect(count.map((r) => [r.entity, r.rank, r.value])).toEqual([
      ['好局', 1, 0],
      ['缺局', 2, 1],
      ['错局', 3, 2],
    ])

    // A region's score is the mean of its offices' scores, not one score over all their findings.
    const regions = rankEntities(toRecords(reports), findings, opts({ level: 'region', metric: 'complianceScore' }))
    expect(regions.map((r) => [r.entity, r.value])).toEqual([
      ['东区', 85],
      ['西区', 60],
    ])
  })

  it('knows which direction is better for each metric', () => {
    expect(defaultOrder('disclosureRate')).toBe('desc')
    expect(defaultOrder('correctionRate')).toBe('asc')
    expect(defaultOrder('complianceScore')).toBe('desc')
  })

  it('ranks 20,000 reports of 4,000 offices in one go', () => {
    const base = consistentReport({ office: 'x', region: 'r', year: 2020 })
    const reports: Report[] = []
    for (let i = 0; i < 20_000; i++) {
      const r = structuredClone(base)
      r.office = `机关${i % 4000}`
      r.region = `区${i % 16}`
      r.year = 2020 + Math.floor(i / 4000)
      r.requests.received!.total = i % 97
      reports.push(r)
    }
    const rows = rankEntities(toRecords(reports), NONE, opts({ metric: 'volume', year: 2024 }))
    expect(rows).toHaveLength(4000)
    expect(rows[0].value).toBe(96)
    expect(rows.every((r) => r.previousRank !== null)).toBe(true)
    expect(
      rankEntities(toRecords(reports), NONE, opts({ level: 'region', metric: 'disclosureRate', year: 2024 })),
    ).toHaveLength(16)
  })
})
