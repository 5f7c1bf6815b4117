import { describe, expect, it } from 'vitest'
import { toRecords } from '../domain/rules/testReport'
import { checkReports } from '../domain/rules'
import { consistentReport, withCells } from '../domain/rules/testReport'
import type { Report } from '../domain/types'
import { compareEntities } from './compare'
import { indexFindings } from './entityFigures'

function report(office: string, region: string, year: number, cells: Record<string, number | null> = {}): Report {
  return withCells(consistentReport({ office, region, year }), cells)
}
const rate = (granted: number, handled: number) => ({
  'requests.received.total': handled,
  'requests.granted.total': granted,
  'requests.partiallyGranted.total': 0,
  'requests.total.total': handled,
})

describe('compareEntities', () => {
  const reports = [
    report('东区甲局', '东区', 2023, rate(5, 10)),
    report('东区甲局', '东区', 2024, rate(8, 10)),
    report('东区乙局', '东区', 2024, { ...rate(2, 90), 'requests.carriedForward.total': 7 }),
    report('西区甲局', '西区', 2024, { ...rate(30, 40), 'requests.carriedForward.total': 0 }),
    report('南区甲局', '南区', 2024, rate(1, 2)),
  ]

  it('lays regions side by side per year, each the sum of its offices', () => {
    const c = compareEntities(toRecords(reports), { level: 'region', names: ['东区', '西区'] })
    expect(c.years).toEqual([2023, 2024])
    expect(c.year).toBe(2024)
    expect(c.entities.map((e) => e.name)).toEqual(['东区', '西区'])
    const east = c.entities[0]
    expect(east.byYear.get(2024)).toMatchObject({ volume: 100, reports: 2 })
    expect(east.byYear.get(2024)!.disclosureRate).toBeCloseTo(10 / 100, 10)
    expect(east.byYear.get(2023)!.disclosureRate).toBe(0.5)
    expect(east.latest.volume).toBe(100)
    // 西区 has no 2023 report: no entry, not zeros.
    expect(c.entities[1].byYear.has(2023)).toBe(false)
  })

  it('marks the best and worst entity of each metric by its better direction', () => {
    const c = compareEntities(toRecords(reports), { level: 'region', names: ['东区', '西区', '南区'] })
    const row = (id: string) => c.table.find((r) => r.metric === id)!
    // Disclosure: 东区 10 %, 西区 75 %, 南区 50 % — higher is better.
    expect(row('disclosureRate')).toMatchObject({ best: 1, worst: 0 })
    expect(row('disclosureRate').spread).toBeCloseTo(0.65, 10)
    // Backlog: 东区 8 (7 + 1 of 甲局), 西区 0, 南区 1 — lower is better.
    expect(row('backlog')).toMatchObject({ values: [8, 0, 1], best: 1, worst: 0, spread: 8 })
    // Volume has no better direction: the spread is shown, nobody is marked.
    expect(row('volume')).toMatchObject({ values: [100, 40, 2], best: null, worst: null, spread: 98 })
    // Without findings the compliance rows are left out.
    expect(c.table.some((r) => r.metric === 'complianceScore')).toBe(false)
  })

  it('gives no best or worst when all values are equal or only one is known', () => {
    const c = compareEntities(toRecords(reports), { level: 'office', names: ['东区甲局', '无此局'] })
    expect(c.entities[1].byYear.size).toBe(0)
    expect(c.entities[1].latest.volume).toBeNull()
    const disclosure = c.table.find((r) => r.metric === 'disclosureRate')!
    expect(disclosure).toMatchObject({ values: [0.8, null], best: null, worst: null, spread: null })
    const same = compareEntities(toRecords(reports), { level: 'office', names: ['东区甲局', '西区甲局'], year: 2024 })
    expect(same.table.find((r) => r.metric === 'disputeCount')).toMatchObject({
      values: [4, 4],
      best: null,
      worst: null,
      spread: 0,
    })
  })

  it('sums the outcome mix per year with the overview categories', () => {
    const c = compareEntities(toRecords(reports), { level: 'office', names: ['东区甲局', '西区甲局'] })
    const y = c.entities[0].byYear.get(2024)!
    expect(y.outcomes.granted).toBe(8)
    expect(y.outcomes.partiallyGranted).toBe(0)
    expect(y.outcomes.denied).toBe(1) // consistentReport: 1 state secret
    expect(y.outcomes.unavailable).toBe(2)
  })

  it('compares compliance scores when given the findings', () => {
    const withError = [
      ...reports,
      report('北区丙局', '北区', 2024),
      report('北区甲局', '北区', 2024, { 'requests.received.natural': 11 }),
    ]
    const findings = indexFindings(checkReports(withError, { today: '2026-06-30' }))
    const c = compareEntities(toRecords(withError), { level: 'office', names: ['北区丙局', '北区甲局'], findings })
    expect(c.table.find((r) => r.metric === 'complianceScore')).toMatchObject({ values: [100, 70], best: 0, worst: 1 })
    expect(c.table.find((r) => r.metric === 'findingsCount')).toMatchObject({ best: 0, worst: 1 })
  })
})
