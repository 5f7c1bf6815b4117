/**
 * ECharts options for the compliance view: pure functions from figures to options. Series names
 * (office and region names) come from files: they are escaped in the tooltip's HTML.
 */
import type { EChartsCoreOption } from 'echarts/core'
import { CHART_FONT, PALETTE, escapeHtml } from './theme'

export interface ScoreSeries {
  name: string
  /** One value per year; null = no score that year (a gap in the line, never 0). */
  values: (number | null)[]
  /** Drawn heavier (the overall mean). */
  emphasis?: boolean
}

interface AxisParam {
  axisValueLabel?: string
  seriesName?: string
  value?: unknown
  marker?: string
}

const score = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v.toFixed(1) : '—')

/**
 * Compliance score by year: one line per series. The y axis ends at the scheme's full marks and
 * starts at the lowest score rounded down to a tenth of them (scores cluster near the top: a full
 * axis would draw flat lines).
 */
export function buildScoreTrendOption(
  years: readonly number[],
  series: readonly ScoreSeries[],
  title: string,
  scale: { base: number; floor: number } = { base: 100, floor: 0 },
): EChartsCoreOption {
  const many = series.length > 6
  const values = series.flatMap((s) => s.values).filter((v): v is number => v !== null)
  const step = (scale.base - scale.floor) / 10 || 1
  const low = values.length
    ? Math.max(scale.floor, scale.floor + Math.floor((Math.min(...values) - scale.floor - step / 10) / step) * step)
    : scale.floor
  return {
    textStyle: { fontFamily: CHART_FONT },
    color: PALETTE,
    animation: false,
    title: { text: title, left: 0, textStyle: { fontSize: 14 } },
    legend: { type: 'scroll', top: 30, left: 0, right: 0 },
    grid: { left: 44, right: 24, top: 72, bottom: 28 },
    tooltip: {
      trigger: 'axis',
      formatter: (params: AxisParam[]) => {
        const rows = [...params].sort((a, b) => (Number(b.value) || 0) - (Number(a.value) || 0))
        const head = escapeHtml(rows[0]?.axisValueLabel ?? '')
        const lines = rows
          .slice(0, 12)
          .map((p) => `${p.marker ?? ''}${escapeHtml(p.seriesName ?? '')}：<b>${score(p.value)}</b>`)
        if (rows.length > 12) lines.push(`… ${rows.length - 12}`)
        return [head, ...lines].join('<br/>')
      },
    },
    xAxis: { type: 'category', data: years.map(String), boundaryGap: false },
    yAxis: { type: 'value', min: low, max: scale.base },
    series: series.map((s) => ({
      type: 'line',
      name: s.name,
      data: s.values.map((v) => (v === null ? null : Number(v.toFixed(1)))),
      connectNulls: false,
      symbolSize: s.emphasis ? 8 : 5,
      lineStyle: { width: s.emphasis ? 3 : many ? 1.5 : 2 },
      ...(s.emphasis
        ? {
            color: '#102a43',
            z: 3,
            label: { show: true, position: 'top', formatter: (p: { value: unknown }) => score(p.value) },
          }
        : {}),
    })),
  }
}
