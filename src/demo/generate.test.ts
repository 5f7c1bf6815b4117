import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { cellsFor, getCell } from '../domain/cells'
import { canonicalReport, reportKey } from '../domain/report'
import type { Report } from '../domain/types'
import { reportOf } from '../domain/record'
import { readJsonReport } from '../io/json-report'
import { demoSummary, generateDemo, generateProvince } from './generate'

const demo = generateDemo()
const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex')

/** Problems that would stop the report from importing, or a cell left blank, described for the failure message. */
function defects(r: Report): string[] {
  const out: string[] = []
  const { record, problems } = readJsonReport(JSON.parse(JSON.stringify(r)))
  for (const p of problems) out.push(`${r.office} ${r.year} ${p.cell}: ${p.message}`)
  if (record && JSON.stringify(reportOf(record)) !== JSON.stringify(r))
    out.push(`${r.office} ${r.year}: changes on a JSON round trip`)
  if (JSON.stringify(canonicalReport(r)) !== JSON.stringify(r))
    out.push(`${r.office} ${r.year}: not in canonical key order`)
  for (const cell of cellsFor(r.template)) {
    if (cell.kind === 'text') continue
    const v = getCell(r, cell)
    if (typeof v !== 'number') out.push(`${r.office} ${r.year} ${cell.path}: blank`)
    else if (
      cell.kind === 'amount'
        ? v < 0 || !/^\d+(\.\d{1,2})?$/.test(String(v))
        : !Number.isInteger(v) || (cell.kind === 'count' && v < 0)
    ) {
      out.push(`${r.office} ${r.year} ${cell.path}: ${v}`)
    }
  }
  return out
}

describe('generateDemo', () => {
  it('gives the same data set for the same seed, and another for another seed', () => {
    expect(hash(generateDemo())).toBe(hash(demo))
    expect(hash(generateDemo({ seed: 7 }))).not.toBe(hash(demo))
    expect(hash(generateDemo({ seed: 7 }))).toBe(hash(generateDemo({ seed: 7 })))
  })

  it('produces reports that import cleanly, in canonical form, with every cell filled', () => {
    expect(demo.reports.flatMap(defects)).toEqual([])
    const keys = demo.reports.map(reportKey)
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('is a city of 16 districts/counties plus 市本级, ~40 offices each, 2020–2024', () => {
    const s = demoSummary(demo)
    expect(s.regions).toBe(17)
    expect(s.offices).toBeGreaterThanOrEqual(640)
    expect(s.offices).toBeLessThan(760)
    expect(s.reports).toBeGreaterThan(3000)
    expect(new Set(demo.reports.map((r) => r.year))).toEqual(new Set([2020, 2021, 2022, 2023, 2024]))
    const regions = new Set(demo.offices.map((o) => o.region))
    expect(regions).toContain('市本级')
    for (const region of regions) if (region !== '市本级') expect(region).toMatch(/[区县]$/)
    for (const o of demo.offices) {
      expect(o.name.startsWith('江州市')).toBe(true)
      expect(o.officeKind).toBe(o.name.endsWith('人民政府') ? 'government' : 'department')
    }
    const perRegion = new Map<string, number>()
    for (const o of demo.offices) perRegion.set(o.region, (perRegion.get(o.region) ?? 0) + 1)
    for (const [region, n] of perRegion) if (region !== '市本级') expect(n).toBeGreaterThanOrEqual(40)
    expect(demo.offices.filter((o) => o.officeKind === 'government').map((o) => o.name)).toHaveLength(17)
    expect(demo.offices.map((o) => o.name)).toContain('江州市东城区教育局')
  })

  it('uses the 2019 format for 2020 (with procurement) and the 2021 format afterwards', () => {
    for (const r of demo.reports.filter((x) => x.year === 2020)) {
      expect(r.template).toBe('2019')
      expect(r.proactive.procurement).toBeDefined()
      expect(r.proactive.otherServices).toBeDefined()
    }
    const later = demo.reports.filter((x) => x.year >= 2021)
    expect(later.filter((r) => r.template === '2021').length).toBeGreaterThan(later.length * 0.99)
  })

  it('has plausible volumes, applicant mix and outcomes', () => {
    const latest = demo.reports.filter((r) => r.year === 2024)
    const received = latest.map((r) => r.requests.received!.total!).sort((a, b) => a - b)
    expect(received[Math.floor(received.length * 0.7)]).toBeLessThanOrEqual(30)
    const busy = latest.filter((r) => r.requests.received!.total! >= 150).map((r) => r.office)
    expect(busy.length).toBeGreaterThan(10)
    for (const office of busy) expect(office).toMatch(/人民政府$|自然资源|住房|公安|市场监督|政务服务/)

    let all = 0,
      natural = 0,
      handled = 0,
      granted = 0,
      unavailable = 0
    for (const r of demo.reports) {
      all += r.requests.received!.total!
      natural += r.requests.received!.natural!
      handled += r.requests.total!.total!
      granted += r.requests.granted!.total!
      unavailable += Object.values(r.requests.unavailable!).reduce((s, row) => s + row.total!, 0)
    }
    expect(natural / all).toBeGreaterThan(0.75)
    expect(granted / handled).toBeGreaterThan(0.33)
    expect(granted / handled).toBeLessThan(0.47)
    expect(unavailable / handled).toBeGreaterThan(0.24)
    expect(unavailable / handled).toBeLessThan(0.36)

    const regulations = latest.filter((r) => (r.proactive.regulations.inForce as number) > 0).map((r) => r.office)
    expect(regulations).toEqual(['江州市人民政府'])
    const licensing = latest.map((r) => r.proactive.licensing.decisions as number)
    expect(licensing.filter((n) => n >= 100).length).toBeGreaterThan(20)
  })

  it('dates reports in January (departments) or February–March (governments) of the next year', () => {
    const { late, undated } = demo.planted
    const planted = new Set([...late, ...undated].map(reportKey))
    for (const r of demo.reports.filter((x) => !planted.has(reportKey(x)))) {
      const months = r.officeKind === 'department' ? ['01'] : ['02', '03']
      expect(months).toContain(r.publishedAt!.slice(5, 7))
      expect(r.publishedAt!.slice(0, 4)).toBe(String(r.year + 1))
    }
  })

  it('honours smaller shapes and other years', () => {
    const small = generateDemo({
      regions: 2,
      officesPerRegion: 6,
      cityDepartments: 3,
      years: [2022, 2023, 2024],
      seed: 3,
    })
    expect(new Set(small.offices.map((o) => o.region))).toEqual(new Set(['东城区', '临江县', '市本级']))
    // 2 × 6 + city government + 3 departments, plus up to 2 数据局 created in 2024.
    expect(small.offices.length).toBeGreaterThanOrEqual(16)
    expect(small.offices.length).toBeLessThanOrEqual(18)
    expect(small.reports.every((r) => r.year >= 2022 && r.template !== undefined)).toBe(true)
    expect(small.reports.flatMap(defects)).toEqual([])
  })
})

describe('generateProvince', () => {
  it('returns exactly the requested number of distinct, valid reports over many regions and 5 years', () => {
    const province = generateProvince(20000)
    expect(province).toHaveLength(20000)
    expect(new Set(province.map(reportKey)).size).toBe(20000)
    expect(new Set(province.map((r) => r.region)).size).toBeGreaterThanOrEqual(100)
    expect(new Set(province.map((r) => r.year))).toEqual(new Set([2020, 2021, 2022, 2023, 2024]))
    // Every 7th report round-trips through the importer's validation (all of them would be slow).
    expect(province.filter((_, i) => i % 7 === 0).flatMap(defects)).toEqual([])
    expect(hash(generateProvince(500, 9))).toBe(hash(generateProvince(500, 9)))
    expect(generateProvince(0)).toEqual([])
  })

  it('provinces started far enough apart share no office name (the bench imports several)', () => {
    const offices = (firstRegion: number) => new Set(generateProvince(3000, 5, { firstRegion }).map((r) => r.office))
    const [a, b] = [offices(0), offices(1000)]
    expect([...a].filter((o) => b.has(o))).toEqual([])
    expect(generateProvince(300, 5, { firstRegion: 0 })).toEqual(generateProvince(300, 5))
  })
})
