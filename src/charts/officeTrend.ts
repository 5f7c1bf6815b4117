/**
 * An office's trend over the years in four small charts side by side: new requests, the disclosure
 * rate, disputes (review + litigation) and the compliance score under the chosen scheme. A year
 * without a report (or a blank figure) is a gap, never 0. Pure: figures in, ECharts option out.
 */
import type { EChartsCoreOption } from 'echarts/core'
import type { OfficeHistory } from '../analysis/officeHistory'
import { formatCount } from './format'
import { CHART_FONT, PALETTE, escapeHtml } from './theme'

export interface OfficeTrendInput {
  history: OfficeHistory
  /** The score of each year of `years` (null: none), under the scheme named in `titles.score`. */
  scores: ReadonlyMap<number, number | null>
  /** Every year to show, ascending (years without a report too). */
  years: readonly number[]
  titles: { volume: string; disclosureRate: string; disputeCount: string; score: string }
  scale: { base: number; floor: number }
}

const PANELS = ['volume', 'disclosureRate', 'disputeCount', 'score'] as const
type Panel = (typeof PANELS)[number]

const shown = (panel: Panel, v: number | null): string =>
  v === null
    ? '—'
    : panel === 'disclosureRate'
      ? `${(v * 100).toFixed(1)}%`
      : panel === 'score'
        ? v.toFixed(1)
        : formatCount(v)

export function buildOfficeTrendOption(input: OfficeTrendInput): EChartsCoreOption {
  const byYear = new Map(input.history.rows.map((r) => [r.year, r]))
  const value = (panel: Panel, year: number): number | null => {
    if (panel === 'score') return input.scores.get(year) ?? null
    return byYear.get(year)?.figures[panel].value ?? null
  }
  const width = 100 / PANELS.length
  return {
    textStyle: { fontFamily: CHART_FONT },
    color: PALETTE,
    animation: false,
    title: PANELS.map((p, i) => ({
      text: input.titles[p],
      left: `${i * width + 1}%`,
      top: 0,
      textStyle: { fontSize: 13 },
    })),
    grid: PANELS.map((_, i) => ({ left: `${i * width + 4}%`, width: `${width - 7}%`, top: 36, bottom: 28 })),
    tooltip: {
      trigger: 'item',
      formatter: (p: { seriesIndex?: number; name?: string; value?: unknown }) => {
        const panel = PANELS[p.seriesIndex ?? 0]
        const v = typeof p.value === 'number' ? p.value : null
        return `${escapeHtml(input.titles[panel])}<br/>${escapeHtml(p.name ?? '')}：<b>${shown(panel, v)}</b>`
      },
    },
    xAxis: PANELS.map((_, i) => ({ type: 'category', gridIndex: i, data: input.years.map(String) })),
    yAxis: PANELS.map((p, i) => ({
      type: 'value',
      gridIndex: i,
      ...(p === 'disclosureRate'
        ? { min: 0, max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } }
        : p === 'score'
          ? { min: input.scale.floor, max: input.scale.base }
          : { minInterval: 1 }),
    })),
    series: PANELS.map((p, i) => ({
      type: 'line',
      name: input.titles[p],
      xAxisIndex: i,
      yAxisIndex: i,
      connectNulls: false,
      symbolSize: 7,
      data: input.years.map((y) => value(p, y)),
    })),
  }
}
