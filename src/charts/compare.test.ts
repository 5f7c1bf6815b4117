import { describe, expect, it } from 'vitest'
import { toRecords } from '../domain/rules/testReport'
import { compareEntities } from '../analysis/compare'
import { consistentReport, withCells } from '../domain/rules/testReport'
import { buildCompareOutcomeOption, buildCompareRateOption, buildCompareVolumeOption } from './compare'

const report = (office: string, region: string, year: number, received: number) =>
  withCells(consistentReport({ office, region, year }), { 'requests.received.total': received })
const cmp = compareEntities(
  toRecords([report('甲局', '<东区>', 2023, 10), report('甲局', '<东区>', 2024, 12), report('乙局', '西区', 2024, 30)]),
  { level: 'region', names: ['<东区>', '西区'] },
)

type Series = { name: string; data: (number | null)[] }
type Opt = { series: Series[]; xAxis: { data: string[] }; tooltip: { formatter: (p: unknown) => string } }

describe('compare charts', () => {
  it('draws one series per entity over every year, a year without a report as a gap', () => {
    const o = buildCompareVolumeOption(cmp, 'T') as unknown as Opt
    expect(o.xAxis.data).toEqual(['2023', '2024'])
    expect(o.series.map((s) => [s.name, s.data])).toEqual([
      ['<东区>', [10, 12]],
      ['西区', [null, 30]],
    ])
    expect(o.tooltip.formatter([{ name: '2024', seriesName: '<东区>', value: 12 }])).toContain('&lt;东区&gt;：12')
  })

  it('draws rates in percent and the outcome mix as shares adding up to 100 %', () => {
    const rates = buildCompareRateOption(cmp, 'disclosureRate', 'T') as unknown as Opt
    for (const s of rates.series) for (const v of s.data) if (v !== null) expect(v).toBeLessThanOrEqual(100)
    const mix = buildCompareOutcomeOption(cmp, 'T', (l) => l.zh) as unknown as Opt
    for (let i = 0; i < 2; i++) {
      const sum = mix.series.reduce((s, ser) => s + (ser.data[i] ?? 0), 0)
      expect(sum).toBeCloseTo(100, 1)
    }
  })
})
