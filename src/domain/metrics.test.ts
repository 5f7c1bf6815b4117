import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toRecords } from './rules/testReport'
import { CELL_BY_PATH, cellsFor, getPath, setCell } from './cells'
import {
  addToTotals,
  emptyTotals,
  METRICS,
  reportDisclosure,
  reportMetrics,
  SUM_DENOMINATOR,
  SUM_KEYS,
  type SumKey,
  sumOf,
  totalsMetrics,
  type ReportMetrics,
} from './metrics'
import { emptyReport } from './report'
import { consistentReport, withCells } from './rules/testReport'
import type { CanonicalDocument, Report } from './types'

const FIXTURE = '/work/shared/fixtures/report-2024-district-office.expected.json'
const fixture = (JSON.parse(readFileSync(FIXTURE, 'utf8')) as CanonicalDocument).reports[0]

describe('reportDisclosure', () => {
  it('gives the disclosure rate and requests handled, null for a blank cell or nothing handled', () => {
    expect(reportDisclosure(toRecords(fixture))).toEqual({ disclosureRate: 0.5, handled: 10 })
    const blank = (path: string) => reportDisclosure(toRecords(withCells(consistentReport(), { [path]: null })))
    expect(blank('requests.partiallyGranted.total')).toEqual({ disclosureRate: null, handled: 12 })
    expect(blank('requests.total.total')).toEqual({ disclosureRate: null, handled: null })
    const zero = emptyReport({ office: '某局', year: 2023, template: '2021' })
    for (const cell of cellsFor('2021')) if (cell.kind !== 'text') setCell(zero, cell, 0)
    expect(reportDisclosure(toRecords(zero))).toEqual({ disclosureRate: null, handled: 0 })
  })
})

describe('reportMetrics', () => {
  it('computes every metric of the real 2024 district report', () => {
    expect(reportMetrics(toRecords(fixture))).toEqual({
      volume: 10,
      byApplicant: { natural: 10, business: 0, research: 0, nonprofit: 0, legal: 0, otherOrg: 0, total: 10 },
      handled: 10,
      disclosureRate: 0.5, // (3 granted + 2 partially) / 10
      denialRate: 0.3, // 1 state secret + 2 internal affairs
      unavailableRate: 0.2,
      notProcessedRate: 0,
      otherHandlingRate: 0,
      backlog: 0,
      disputeCount: 0,
      disputeRate: 0,
      correctionRate: null, // no concluded review or litigation: 0 / 0
    } satisfies ReportMetrics)
  })

  it('computes the dispute and correction rates over the three groups of table 四', () => {
    const m = reportMetrics(toRecords(consistentReport()))
    expect(m.disputeCount).toBe(4) // review 3 + litigation 1
    expect(m.disputeRate).toBeCloseTo(4 / 12)
    expect(m.correctionRate).toBeCloseTo(2 / 3) // corrected 2 / (upheld 1 + corrected 2 + other 0); pending excluded
    expect(m.otherHandlingRate).toBeCloseTo(1 / 12)
  })

  it('reads the single （六）其他处理 row of the 2019 format', () => {
    const m = reportMetrics(toRecords(consistentReport({ template: '2019', year: 2020 })))
    expect(m.otherHandlingRate).toBeCloseTo(1 / 12)
    expect(m.volume).toBe(12)
  })

  it('gives null, never 0 or NaN, for a zero denominator', () => {
    const zero = emptyReport({ office: '某局', year: 2023, template: '2021' })
    for (const cell of cellsFor('2021')) if (cell.kind !== 'text') setCell(zero, cell, 0)
    const m = reportMetrics(toRecords(zero))
    expect(m.volume).toBe(0)
    expect(m.handled).toBe(0)
    for (const rate of [
      'disclosureRate',
      'denialRate',
      'unavailableRate',
      'notProcessedRate',
      'otherHandlingRate',
      'disputeRate',
      'correctionRate',
    ] as const) {
      expect(m[rate]).toBeNull()
    }
  })

  it('gives null when a needed cell is blank, numerator or denominator', () => {
    expect(
      reportMetrics(toRecords(withCells(consistentReport(), { 'requests.partiallyGranted.total': null })))
        .disclosureRate,
    ).toBeNull()
    expect(
      reportMetrics(toRecords(withCells(consistentReport(), { 'requests.denied.queryMatter.total': null }))).denialRate,
    ).toBeNull()
    const noTotal = reportMetrics(toRecords(withCells(consistentReport(), { 'requests.total.total': null })))
    expect(noTotal.disclosureRate).toBeNull()
    expect(noTotal.handled).toBeNull()
    expect(noTotal.volume).toBe(12) // other metrics are unaffected
    expect(reportMetrics(toRecords(emptyReport({ office: '某局', year: 2023, template: '2021' }))).volume).toBeNull()
  })
})

describe('totals (a region = the sum of its offices)', () => {
  it('adds numerators and denominators, not rates', () => {
    const big = withCells(consistentReport(), {
      'requests.granted.natural': 95,
      'requests.granted.total': 96,
      'requests.total.natural': 100,
      'requests.total.total': 102,
    })
    const t = emptyTotals()
    addToTotals(t, toRecords(big)) // (96 + 2) / 102
    addToTotals(t, toRecords(fixture)) // (3 + 2) / 10
    expect(t.reports).toBe(2)
    expect(totalsMetrics(t).disclosureRate).toBeCloseTo(103 / 112)
    expect(totalsMetrics(t).volume).toBe(22)
  })

  it('skips a report whose needed cells are blank, and counts it', () => {
    const t = emptyTotals()
    addToTotals(t, toRecords(consistentReport()))
    addToTotals(t, toRecords(withCells(consistentReport(), { 'requests.granted.total': null })))
    addToTotals(t, toRecords(fixture))
    expect(sumOf(t, 'disclosureRate')).toEqual({ num: 8 + 5, den: 12 + 10, included: 2, skipped: 1 })
    expect(sumOf(t, 'volume')).toMatchObject({ num: 34, included: 3, skipped: 0 })
    expect(totalsMetrics(t).disclosureRate).toBeCloseTo(13 / 22)
  })

  it('gives null for an empty region', () => {
    const m = totalsMetrics(emptyTotals())
    expect(m.volume).toBeNull()
    expect(m.disclosureRate).toBeNull()
    expect(m.byApplicant.natural).toBeNull()
  })

  it('equals the per-report sums for any mix of reports and blanks', () => {
    const counted = [
      'requests.received.natural',
      'requests.received.total',
      'requests.total.total',
      'requests.carriedForward.total',
      'review.total',
    ]
    const reportArb = fc.record({
      template: fc.constantFrom('2019' as const, '2021' as const),
      values: fc.array(fc.option(fc.nat(1000), { nil: null }), {
        minLength: counted.length,
        maxLength: counted.length,
      }),
    })
    fc.assert(
      fc.property(fc.array(reportArb, { maxLength: 12 }), (specs) => {
        const reports: Report[] = specs.map(({ template, values }) => {
          const r = consistentReport({ template, year: template === '2019' ? 2020 : 2023 })
          counted.forEach((path, i) => setCell(r, CELL_BY_PATH.get(path)!, values[i]))
          return r
        })
        const t = emptyTotals()
        for (const r of reports) addToTotals(t, toRecords(r))
        const total = totalsMetrics(t)
        const per = reports.map((r) => reportMetrics(toRecords(r)))
        const sum = (pick: (m: ReportMetrics) => number | null) => {
          const vs = per.map(pick).filter((v): v is number => v !== null)
          return vs.length ? vs.reduce((a, b) => a + b, 0) : null
        }
        expect(total.volume).toBe(sum((m) => m.volume))
        expect(total.byApplicant.natural).toBe(sum((m) => m.byApplicant.natural))
        expect(total.handled).toBe(sum((m) => m.handled))
        expect(total.backlog).toBe(sum((m) => m.backlog))
        expect(total.disputeCount).toBe(sum((m) => m.disputeCount))
        expect(sumOf(t, 'volume').included + sumOf(t, 'volume').skipped).toBe(reports.length)
        // disclosure rate = Σ granted-or-partial / Σ handled over reports with both
        const withBoth = reports.filter((r) => typeof getPath(r, 'requests.total.total') === 'number')
        const den = withBoth.reduce((a, r) => a + (getPath(r, 'requests.total.total') as number), 0)
        expect(total.disclosureRate).toBe(den > 0 ? (withBoth.length * 8) / den : null)
      }),
      { numRuns: 200 },
    )
  })
})

describe('METRICS', () => {
  it('sums a denominator for exactly the metrics described as rates', () => {
    for (const m of METRICS) {
      const k = SUM_KEYS.indexOf(m.id as SumKey)
      if (k >= 0) expect([m.id, SUM_DENOMINATOR[k] >= 0]).toEqual([m.id, m.kind === 'rate'])
    }
  })

  it('describes every metric with a Chinese name, kind and direction', () => {
    expect(METRICS.map((m) => m.id)).toEqual([
      'volume',
      'handled',
      'disclosureRate',
      'denialRate',
      'unavailableRate',
      'notProcessedRate',
      'otherHandlingRate',
      'backlog',
      'disputeCount',
      'disputeRate',
      'correctionRate',
      'complianceScore',
      'findingsCount',
    ])
    const byId = new Map(METRICS.map((m) => [m.id, m]))
    expect(byId.get('disclosureRate')).toMatchObject({ zh: '公开率', kind: 'rate', better: 'higher' })
    expect(byId.get('correctionRate')).toMatchObject({ zh: '被纠错率', kind: 'rate', better: 'lower' })
    expect(byId.get('complianceScore')).toMatchObject({ kind: 'score', better: 'higher' })
    expect(byId.get('complianceScore')!.definition).toContain('每个错误扣 15 分')
    expect(byId.get('disclosureRate')!.definition).toBe('（予以公开 + 部分公开） ÷ 三（七）总计（均取“总计”列）')
  })
})
