import { describe, expect, it } from 'vitest'
import type { RankingRow } from '../analysis/ranking'
import { METRICS } from '../domain/metrics'
import { buildRankingOption, formatMetric, RANKING_CHART_MAX } from './ranking'

const rate = METRICS.find((m) => m.id === 'disclosureRate')!
const row = (entity: string, rank: number | null, value: number | null): RankingRow => ({
  rank,
  entity,
  region: null,
  value,
  volume: 20,
  previousValue: null,
  previousRank: null,
  rankChange: null,
  valueChange: null,
  belowThreshold: rank === null,
  reason: rank === null ? 'lowVolume' : null,
  reports: 1,
})

type Opt = {
  series: { data: (number | null)[]; label: { formatter: (p: { dataIndex: number }) => string } }[]
  yAxis: { data: string[] }
  tooltip: { formatter: (p: { dataIndex: number }) => string }
}

describe('buildRankingOption', () => {
  it('draws the ranked rows best first, in percent, and leaves unranked rows out', () => {
    const o = buildRankingOption(
      [row('甲', 1, 0.5), row('乙', 2, 0.25), row('小', null, 1)],
      rate,
      'T',
    ) as unknown as Opt
    expect(o.yAxis.data).toEqual(['甲', '乙'])
    expect(o.series[0].data).toEqual([50, 25])
    expect(o.series[0].label.formatter({ dataIndex: 1 })).toBe('25.0%')
  })

  it('caps the bars and escapes names in the tooltip', () => {
    const many = Array.from({ length: 40 }, (_, i) => row(`<b>${i}</b>`, i + 1, 0.5))
    const o = buildRankingOption(many, rate, 'T') as unknown as Opt
    expect(o.yAxis.data).toHaveLength(RANKING_CHART_MAX)
    expect(o.tooltip.formatter({ dataIndex: 0 })).toContain('&lt;b&gt;0&lt;/b&gt;')
  })

  it('formats values by kind, a missing value as a dash', () => {
    expect(formatMetric(0.1234, 'rate')).toBe('12.3%')
    expect(formatMetric(87.25, 'score')).toBe('87.3')
    expect(formatMetric(12345, 'count')).toBe('12,345')
    expect(formatMetric(null, 'rate')).toBe('—')
  })
})
