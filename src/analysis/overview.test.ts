import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { toRecords } from '../domain/rules/testReport'
import { CELL_BY_PATH, cellsFor, numberAt, setCell } from '../domain/cells'
import { addToTotals, emptyTotals, totalsMetrics, type Totals } from '../domain/metrics'
import { APPLICANT_PARTS } from '../domain/model'
import { consistentReport, withCells } from '../domain/rules/testReport'
import type { Finding, Report } from '../domain/types'
import { reportColumns, selectIndices } from './columns'
import { matcher, type ReportFilters } from './filters'
import {
  buildOverview,
  OUTCOME_CATEGORIES,
  OUTCOME_LEAVES,
  overviewFor,
  type Overview,
  type YearFigures,
} from './overview'

/**
 * The overview as it was computed before the column store: one walk over the nested reports,
 * every cell read by its key path. The column path must give the same figures.
 */
function nestedOverview(reports: readonly Report[], findings: readonly Finding[] = [], topN = 10): Overview {
  const add = (acc: number | null, v: number | null) => (v === null ? acc : (acc ?? 0) + v)
  const receivedTotal = CELL_BY_PATH.get('requests.received.total')!
  const receivedParts = APPLICANT_PARTS.map((c) => CELL_BY_PATH.get(`requests.received.${c}`)!)
  const byYear = new Map<number, YearFigures>()
  const offices = new Set<string>()
  const totals: Totals = emptyTotals()
  const mix = receivedParts.map(() => null as number | null)
  const regions = new Map<string, number>()
  for (const r of reports) {
    offices.add(r.office)
    addToTotals(totals, toRecords(r))
    let y = byYear.get(r.year)
    if (!y) {
      y = { year: r.year, reports: 0, received: null, outcomes: {}, leaves: {} }
      for (const c of OUTCOME_CATEGORIES) y.outcomes[c.key] = null
      for (const l of OUTCOME_LEAVES) y.leaves[l.row.key] = null
      byYear.set(r.year, y)
    }
    y.reports++
    const received = numberAt(r, receivedTotal)
    y.received = add(y.received, received)
    for (const c of OUTCOME_CATEGORIES)
      for (const cell of c.cells) y.outcomes[c.key] = add(y.outcomes[c.key], numberAt(r, cell))
    for (const l of OUTCOME_LEAVES) y.leaves[l.row.key] = add(y.leaves[l.row.key], numberAt(r, l.cell))
    receivedParts.forEach((cell, i) => (mix[i] = add(mix[i], numberAt(r, cell))))
    if (received !== null) regions.set(r.region ?? '—', (regions.get(r.region ?? '—') ?? 0) + received)
  }
  return {
    offices: offices.size,
    reports: reports.length,
    years: [...byYear.values()].sort((a, b) => a.year - b.year),
    metrics: totalsMetrics(totals),
    applicantMix: APPLICANT_PARTS.map((key, i) => ({ key, value: mix[i] })),
    topRegions: [...regions.entries()]
      .map(([region, received]) => ({ region, received }))
      .sort((a, b) => b.received - a.received || a.region.localeCompare(b.region, 'zh'))
      .slice(0, topN),
    errors: findings.filter((f) => f.severity === 'error').length,
    missing: findings.filter((f) => f.rule === 'missing-report').length,
    late: findings.filter((f) => f.rule === 'deadline').length,
  }
}

// Cells the overview and the metrics read; the random reports blank or change any of them.
const NUMERIC_2021 = cellsFor('2021').filter((c) => c.kind !== 'text' && c.table !== 'proactive')

const reportArb = fc.record({
  office: fc.constantFrom('甲区教育局', '乙区教育局', '丙县人民政府', '丁市财政局'),
  region: fc.constantFrom<string | null>('东区', '西区', '—', null),
  officeKind: fc.constantFrom('government' as const, 'department' as const),
  year: fc.integer({ min: 2020, max: 2024 }),
  template: fc.constantFrom('2019' as const, '2021' as const),
  // Path index → value (null = blank); most cells keep the consistent report's values.
  cells: fc.dictionary(
    fc.integer({ min: 0, max: NUMERIC_2021.length - 1 }).map(String),
    fc.option(fc.nat(5000), { nil: null, freq: 3 }),
    { maxKeys: 12 },
  ),
  // Now and then a whole group missing, as a malformed import might leave it.
  dropGroup: fc.option(fc.constantFrom('denied', 'otherHandling', 'received'), { nil: undefined, freq: 8 }),
})

function toReport(spec: {
  office: string
  region: string | null
  officeKind: 'government' | 'department'
  year: number
  template: '2019' | '2021'
  cells: Record<string, number | null>
  dropGroup?: string
}): Report {
  const r = consistentReport({
    office: spec.office,
    region: spec.region,
    officeKind: spec.officeKind,
    year: spec.year,
    template: spec.template,
  })
  for (const [i, v] of Object.entries(spec.cells)) {
    const cell = NUMERIC_2021[Number(i)]
    if (cell.templates.includes(spec.template)) setCell(r, cell, v)
  }
  if (spec.dropGroup) delete (r.requests as Record<string, unknown>)[spec.dropGroup]
  return r
}

describe('buildOverview', () => {
  it('sums requests, outcomes and the applicant mix per year, blank cells left out', () => {
    const reports = [
      consistentReport({ office: '甲局', region: '东区', year: 2023 }),
      withCells(consistentReport({ office: '乙局', region: '西区', year: 2023 }), {
        'requests.received.total': null,
        'requests.denied.stateSecret.total': 4,
      }),
      consistentReport({ office: '甲局', region: '东区', year: 2024 }),
    ]
    const o = buildOverview(toRecords(reports))
    expect(o.offices).toBe(2)
    expect(o.reports).toBe(3)
    expect(o.years.map((y) => [y.year, y.reports, y.received])).toEqual([
      [2023, 2, 12],
      [2024, 1, 12],
    ])
    expect(o.years[0].outcomes.denied).toBe(1 + 4)
    expect(o.years[0].leaves['denied.stateSecret']).toBe(5)
    expect(o.years[0].outcomes.granted).toBe(12)
    expect(o.metrics.volume).toBe(24)
    expect(o.applicantMix.find((m) => m.key === 'natural')?.value).toBe(30)
    expect(o.topRegions).toEqual([{ region: '东区', received: 24 }])
  })

  it('counts errors, missing and late reports among the findings it is given', () => {
    const f = (rule: string, severity: Finding['severity']): Finding => ({
      rule,
      severity,
      field: 'requests',
      message: '',
    })
    const o = buildOverview(toRecords([]), [
      f('missing-report', 'error'),
      f('deadline', 'warning'),
      f('row-total', 'error'),
      f('deadline', 'warning'),
    ])
    expect([o.errors, o.missing, o.late]).toEqual([2, 1, 2])
    expect(o.years).toEqual([])
    expect(o.metrics.volume).toBeNull()
  })

  it('equals the nested walk over the reports for any mix of reports and blanks', () => {
    fc.assert(
      fc.property(fc.array(reportArb, { maxLength: 25 }), fc.integer({ min: 1, max: 4 }), (specs, topN) => {
        const reports = specs.map(toReport)
        expect(buildOverview(toRecords(reports), [], topN)).toEqual(nestedOverview(reports, [], topN))
      }),
      { numRuns: 300 },
    )
  })

  it('gives the overview of a filter selection over the column store, as over the filtered reports', () => {
    const filtersArb = fc.record({
      years: fc.subarray([2020, 2021, 2022, 2023, 2024]),
      regions: fc.subarray(['东区', '西区', '—', '']),
      kind: fc.constantFrom(null, 'government' as const, 'department' as const),
      q: fc.constantFrom('', '教育', '人民政府', ' 乙区 ', '无此机关'),
    })
    fc.assert(
      fc.property(fc.array(reportArb, { maxLength: 25 }), filtersArb, (specs, filters: ReportFilters) => {
        const reports = Object.freeze(specs.map(toReport))
        const cols = reportColumns(toRecords(reports))
        const sel = selectIndices(cols, filters)
        const expected = reports.filter(matcher(filters))
        expect([...sel].map((i) => reports[i])).toEqual(expected)
        // Without a name search, from the per-cell sums; with one, over the indices.
        expect(overviewFor(cols, filters)).toEqual(nestedOverview(expected))
      }),
      { numRuns: 300 },
    )
  })
})
