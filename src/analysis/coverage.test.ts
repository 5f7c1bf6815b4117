import { describe, expect, it } from 'vitest'
import { checkReports } from '../domain/rules'
import { consistentReport, withCells } from '../domain/rules/testReport'
import type { Report } from '../domain/types'
import { buildCoverage, narrowCoverage, type CoverageOffice } from './coverage'

/** Consistent across years too: nothing issued or repealed, so 现行有效件数 chains hold. */
function report(
  office: string,
  region: string | null,
  year: number,
  cells: Record<string, number | null> = {},
  publishedAt?: string | null,
): Report {
  const r = consistentReport({ office, region, year, ...(publishedAt !== undefined ? { publishedAt } : {}) })
  return withCells(r, {
    'proactive.regulations.issued': 0,
    'proactive.normativeDocuments.issued': 0,
    'proactive.normativeDocuments.repealed': 0,
    ...cells,
  })
}

// Checked on 15 January 2025: 2024 reports of departments are not yet due (31 January).
const TODAY = '2025-01-15'
const ROW_TOTAL_ERROR = { 'requests.received.natural': 11 }

const reports = [
  report('甲局', '东区', 2022),
  report('甲局', '东区', 2023, {}, '2024-03-01'), // late
  report('甲局', '东区', 2024, ROW_TOTAL_ERROR),
  report('乙局', '东区', 2022), // then nothing: 2023 missing, 2024 not yet due
  report('丙局', '西区', 2023, {}, null), // first report; no publication date
  report('丙局', '西区', 2024, { 'review.other': null }), // a blank cell: warning only
  report('丁局', '西区', 2022), // dissolved from 2023
  report('己局', '北区', 2024, ROW_TOTAL_ERROR, '2025-03-01'), // late and wrong
  report('无区局', null, 2024),
]
const registry: CoverageOffice[] = [
  { name: '丁局', region: '西区', officeKind: 'department', dissolvedFrom: 2023 },
  { name: '戊局', region: '南区', officeKind: 'department' }, // registered, never reported
]
const dissolved = new Map([['丁局', 2023]])

describe('buildCoverage', () => {
  const check = checkReports(reports, { today: TODAY, dissolved })
  const coverage = buildCoverage(reports, check, registry)
  const statuses = (office: string) => coverage.rows.find((r) => r.office === office)!.cells.map((c) => c.status)

  it('spans every year from the first to the newest report', () => {
    expect(coverage.years).toEqual([2022, 2023, 2024])
  })

  it('shows missing, not-yet-due, late, error, unknown date, warning, clean and none', () => {
    expect(statuses('甲局')).toEqual(['clean', 'late', 'error'])
    expect(statuses('乙局')).toEqual(['clean', 'missing', 'notDue'])
    expect(statuses('丙局')).toEqual(['none', 'dateUnknown', 'warning'])
    expect(statuses('丁局')).toEqual(['clean', 'none', 'none'])
    expect(statuses('戊局')).toEqual(['none', 'none', 'none'])
  })

  it('keeps the late flag on a report whose status shows its errors', () => {
    const cell = coverage.rows.find((r) => r.office === '己局')!.cells[2]
    expect(cell).toMatchObject({ status: 'error', report: true, late: true })
    expect(cell.errors).toBeGreaterThan(0)
    const missing = coverage.rows.find((r) => r.office === '乙局')!.cells[1]
    expect(missing).toMatchObject({ report: false, late: false, errors: 0, warnings: 0 })
  })

  it('groups rows by region, then office, in Chinese (pinyin) order, blank region last', () => {
    expect(coverage.rows.map((r) => `${r.region ?? '—'}/${r.office}`)).toEqual([
      '北区/己局',
      '东区/甲局',
      '东区/乙局',
      '南区/戊局',
      '西区/丙局',
      '西区/丁局',
      '—/无区局',
    ])
  })

  it('counts statuses per office and per year', () => {
    expect(coverage.rows.find((r) => r.office === '甲局')!.counts).toMatchObject({
      clean: 1,
      late: 1,
      error: 1,
      missing: 0,
    })
    const y2023 = coverage.columnCounts[1]
    expect(y2023).toMatchObject({ clean: 0, late: 1, missing: 1, dateUnknown: 1, none: 4 })
    const total = Object.values(coverage.columnCounts[2]).reduce((a, b) => a + b, 0)
    expect(total).toBe(coverage.rows.length)
  })

  it('shows only the years asked for', () => {
    const c = buildCoverage(reports, check, registry, [2024, 2023])
    expect(c.years).toEqual([2023, 2024])
    expect(c.rows.find((r) => r.office === '甲局')!.cells.map((x) => x.status)).toEqual(['late', 'error'])
  })

  it('covers 4,000 offices over 5 years in one pass', () => {
    const base = report('x', null, 2020)
    const many: Report[] = []
    for (let i = 0; i < 20_000; i++) {
      if (i % 7 === 0) continue
      const r = structuredClone(base)
      r.office = `机关${i % 4000}`
      r.region = `区${i % 16}`
      r.year = 2020 + Math.floor(i / 4000)
      many.push(r)
    }
    const big = buildCoverage(many, { findings: [], notAssessable: [] }, [])
    expect(big.years).toEqual([2020, 2021, 2022, 2023, 2024])
    expect(big.rows).toHaveLength(4000)
    expect(big.columnCounts.reduce((n, c) => n + c.clean, 0)).toBe(many.length)
  })
})

describe('narrowCoverage', () => {
  it('keeps the chosen rows and recounts each year for them', () => {
    const reports = [
      consistentReport({ office: '甲局', region: '东城区', year: 2022 }),
      consistentReport({ office: '甲局', region: '东城区', year: 2023, publishedAt: '2024-03-01' }),
      consistentReport({ office: '乙局', region: '西湖区', year: 2022 }),
    ]
    const full = buildCoverage(reports, checkReports(reports, { today: '2025-06-01' }), [])
    expect(full.columnCounts[1].missing).toBe(1) // 乙局 2023
    const east = narrowCoverage(full, (r) => r.region === '东城区')
    expect(east.rows.map((r) => r.office)).toEqual(['甲局'])
    expect(east.columnCounts.map((c) => [c.clean, c.late, c.missing])).toEqual([
      [1, 0, 0],
      [0, 1, 0],
    ])
    expect(narrowCoverage(full, () => true)).toBe(full)
  })
})
