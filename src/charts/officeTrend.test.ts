import { describe, expect, it } from 'vitest'
import { officeHistory } from '../analysis/officeHistory'
import { consistentReport, toRecords, withCells } from '../domain/rules/testReport'
import { buildOfficeTrendOption } from './officeTrend'

type Series = { name: string; data: (number | null)[] }
type Tooltip = { formatter: (p: { seriesIndex: number; name: string; value: unknown }) => string }

describe('buildOfficeTrendOption', () => {
  const history = officeHistory(
    toRecords([
      withCells(consistentReport({ office: '<b>甲局</b>', year: 2022 }), { 'requests.received.total': 30 }),
      withCells(consistentReport({ office: '<b>甲局</b>', year: 2024 }), { 'requests.received.total': 45 }),
    ]),
  )
  const option = buildOfficeTrendOption({
    history,
    scores: new Map([
      [2022, 85],
      [2023, 60],
      [2024, 100],
    ]),
    years: [2022, 2023, 2024],
    titles: { volume: '新收申请', disclosureRate: '公开率', disputeCount: '复议诉讼', score: '得分（<i>方案</i>）' },
    scale: { base: 100, floor: 0 },
  }) as { series: Series[]; yAxis: { max?: number }[]; tooltip: Tooltip }

  it('draws four panels over every year, a year without a report as a gap, not 0', () => {
    expect(option.series.map((s) => s.name)).toEqual(['新收申请', '公开率', '复议诉讼', '得分（<i>方案</i>）'])
    expect(option.series[0].data).toEqual([30, null, 45])
    expect(option.series[3].data).toEqual([85, 60, 100])
    expect(option.yAxis[3].max).toBe(100)
    expect(option.yAxis[1].max).toBe(1)
  })

  it('escapes names in the tooltip and writes rates as percentages', () => {
    const html = option.tooltip.formatter({ seriesIndex: 3, name: '2024', value: 100 })
    expect(html).toContain('&lt;i&gt;方案&lt;/i&gt;')
    expect(option.tooltip.formatter({ seriesIndex: 1, name: '2022', value: 0.5 })).toContain('50.0%')
  })
})
