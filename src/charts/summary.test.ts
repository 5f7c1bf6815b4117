import { describe, expect, it } from 'vitest'
import { buildOverview } from '../analysis/overview'
import { metricInfo } from '../analysis/metricInfo'
import type { RankingRow } from '../analysis/ranking'
import { consistentReport, toRecords, withCells } from '../domain/rules/testReport'
import { buildVolumeOption } from './overview'
import { buildRankingOption } from './ranking'
import { summarizeChart } from './summary'

const texts = { more: (n: number) => `另有 ${n} 项`, noValue: '无数据' }
const report = (year: number, received: number) =>
  withCells(consistentReport({ office: '甲局', region: '东城区', year }), { 'requests.received.total': received })

describe('summarizeChart', () => {
  it('reads the title and each point with its category', () => {
    const o = buildVolumeOption(buildOverview(toRecords([report(2023, 1200), report(2024, 15)])), '各年度新收申请量')
    expect(summarizeChart(o, texts)).toBe('各年度新收申请量；2023 1,200，2024 15')
  })

  it('names the series when there are several, shows percent axes in %, and a gap as no value', () => {
    const o = {
      title: { text: '公开率' },
      xAxis: { type: 'category', data: ['2023', '2024'] },
      yAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
      series: [
        { type: 'line', name: '东城区', data: [80.123, null] },
        { type: 'line', name: '西湖区', data: [70, 75] },
      ],
    }
    expect(summarizeChart(o, texts)).toBe('公开率；东城区：2023 80.1%，2024 无数据；西湖区：2023 70%，2024 75%')
    expect(summarizeChart(o, { more: (n) => `${n} more`, noValue: 'no value' }, 'en')).toBe(
      '公开率; 东城区: 2023 80.1%, 2024 no value; 西湖区: 2023 70%, 2024 75%',
    )
  })

  it('reads named data (a pie, a map) and bounds a long series', () => {
    const rows = Array.from({ length: 30 }, (_, i): RankingRow => ({
      rank: i + 1,
      entity: `机关${i + 1}`,
      region: null,
      value: 100 - i,
      volume: 100 - i,
      previousValue: null,
      previousRank: null,
      rankChange: null,
      valueChange: null,
      belowThreshold: false,
      reason: null,
      reports: 1,
    }))
    const ranking = summarizeChart(buildRankingOption(rows, metricInfo('volume'), '排名'), texts)
    expect(ranking.startsWith('排名；机关1 100，机关2 99，')).toBe(true)
    const pie = {
      series: [{ type: 'pie', data: Array.from({ length: 45 }, (_, i) => ({ name: `类${i}`, value: i })) }],
    }
    const text = summarizeChart(pie, texts)
    expect(text).toContain('类0 0，类1 1')
    expect(text.endsWith('另有 5 项')).toBe(true)
  })
})
