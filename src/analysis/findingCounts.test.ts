import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Finding } from '../domain/types'
import { countSelectedFindings, indexFindingCounts } from './findingCounts'
import { matcher, NO_FILTERS, type OfficeInfoMap, type ReportFilters } from './filters'
import { countFindings } from './overview'

const INFO: OfficeInfoMap = new Map([
  ['甲区教育局', { region: '东区', officeKind: 'department' }],
  ['乙县人民政府', { region: '西区', officeKind: 'government' }],
  ['丙区财政局', { region: null, officeKind: 'department' }],
])

const finding = (rule: string, severity: Finding['severity'], office?: string, year?: number): Finding => ({
  rule,
  severity,
  field: 'requests',
  message: '',
  office,
  year,
})

/** The counts as the overview took them before: filter every finding, then count. */
function reference(findings: readonly Finding[], info: OfficeInfoMap, f: ReportFilters) {
  const match = matcher(f)
  return countFindings(
    findings.filter((x) => {
      const o = info.get(x.office ?? '')
      return match({ office: x.office ?? '', region: o?.region ?? null, officeKind: o?.officeKind, year: x.year ?? 0 })
    }),
  )
}

describe('countSelectedFindings', () => {
  it('counts errors, missing and late reports of the offices and years the filters select', () => {
    const findings = [
      finding('missing-report', 'error', '甲区教育局', 2023),
      finding('deadline', 'warning', '甲区教育局', 2024),
      finding('row-total', 'error', '甲区教育局', 2024),
      finding('deadline', 'warning', '乙县人民政府', 2024),
      finding('outcome-sum', 'warning', '乙县人民政府', 2024),
    ]
    const index = indexFindingCounts(findings, INFO)
    expect(countSelectedFindings(index, NO_FILTERS)).toEqual({ errors: 2, missing: 1, late: 2 })
    expect(countSelectedFindings(index, { ...NO_FILTERS, years: [2024] })).toEqual({ errors: 1, missing: 0, late: 2 })
    expect(countSelectedFindings(index, { ...NO_FILTERS, regions: ['西区'] })).toEqual({
      errors: 0,
      missing: 0,
      late: 1,
    })
    expect(countSelectedFindings(index, { ...NO_FILTERS, kind: 'department', q: '教育' })).toEqual({
      errors: 2,
      missing: 1,
      late: 1,
    })
  })

  it('equals filtering every finding by office info and year, for any findings and filters', () => {
    const findingArb = fc.record({
      rule: fc.constantFrom('missing-report', 'deadline', 'row-total', 'outcome-sum'),
      severity: fc.constantFrom('error' as const, 'warning' as const),
      office: fc.constantFrom(undefined, '甲区教育局', '乙县人民政府', '丙区财政局', '未登记局'),
      year: fc.constantFrom(undefined, 2022, 2023, 2024),
    })
    const filtersArb = fc.record({
      years: fc.subarray([0, 2022, 2023, 2024]),
      regions: fc.subarray(['东区', '西区', '']),
      kind: fc.constantFrom(null, 'government' as const, 'department' as const),
      q: fc.constantFrom('', '区', ' 人民政府 ', '未登记'),
    })
    fc.assert(
      fc.property(fc.array(findingArb, { maxLength: 30 }), filtersArb, (specs, filters: ReportFilters) => {
        const findings = specs.map((s) => finding(s.rule, s.severity, s.office, s.year))
        expect(countSelectedFindings(indexFindingCounts(findings, INFO), filters)).toEqual(
          reference(findings, INFO, filters),
        )
      }),
      { numRuns: 300 },
    )
  })
})
