import { describe, expect, it } from 'vitest'
import { emptyReport } from '../domain/report'
import {
  filtersFromQuery,
  matcher,
  filtersToQuery,
  officeYearMatcher,
  type OfficeInfoMap,
  type ReportFilters,
} from './filters'

describe('filters', () => {
  it('survive a round trip through the URL query', () => {
    const f = { years: [2023, 2024], regions: ['东城区', '临江县'], kind: 'government' as const, q: '教育' }
    expect(filtersFromQuery(filtersToQuery(f))).toEqual(f)
  })
  it('ignore junk in the URL', () => {
    expect(filtersFromQuery({ year: 'abc,2024', kind: 'x' })).toEqual({ years: [2024], regions: [], kind: null, q: '' })
  })
  it('select by year, region, kind and name', () => {
    const a = emptyReport({ office: '东城区教育局', region: '东城区', year: 2024, template: '2021' })
    const b = emptyReport({ office: '东城区人民政府', region: '东城区', year: 2023, template: '2021' })
    const c = emptyReport({ office: '临江县教育局', region: '临江县', year: 2024, template: '2021' })
    const filterReports = (f: ReportFilters) => [a, b, c].filter(matcher(f))
    expect(filterReports({ years: [2024], regions: [], kind: null, q: '' })).toEqual([a, c])
    expect(filterReports({ years: [], regions: ['东城区'], kind: 'government', q: '' })).toEqual([b])
    expect(filterReports({ years: [], regions: [], kind: null, q: '教育' })).toEqual([a, c])
  })

  it('select the office-years of findings, region and kind taken from the office info', () => {
    const info: OfficeInfoMap = new Map([
      ['东城区教育局', { region: '东城区', officeKind: 'department' }],
      ['临江县人民政府', { region: '临江县', officeKind: 'government' }],
    ])
    const keep = officeYearMatcher({ years: [2024], regions: ['东城区'], kind: null, q: '' }, info)
    expect(keep('东城区教育局', 2024)).toBe(true)
    expect(keep('东城区教育局', 2023)).toBe(false)
    expect(keep('临江县人民政府', 2024)).toBe(false)
    // An office the info does not know has no region: a region filter leaves it out, no filter keeps it.
    expect(keep('无名局', 2024)).toBe(false)
    expect(officeYearMatcher({ years: [], regions: [], kind: null, q: '' }, info)('无名局')).toBe(true)
    expect(officeYearMatcher({ years: [], regions: [], kind: 'government', q: '' }, info)('东城区教育局')).toBe(false)
  })
})
