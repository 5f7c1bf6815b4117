/**
 * The rankings view's bar chart: the ranked rows of the page, best at the top, labelled with
 * their rank. Names come from files: escaped in the tooltip, drawn as canvas text on the axis.
 */
import type { EChartsCoreOption } from 'echarts/core'
import type { RankingRow } from '../analysis/ranking'
import type { MetricInfo } from '../domain/metrics'
import { CHART_FONT, PALETTE, escapeHtml } from './theme'
import { formatCount, formatRate } from './format'

/** A metric value as the table shows it: rates in %, scores with one decimal, counts grouped. */
export function formatMetric(
  v: number | null | undefined,
  kind: MetricInfo['kind'],
  locale: 'zh' | 'en' = 'zh',
): string {
  if (kind === 'rate') return formatRate(v)
  if (kind === 'score') return v === null || v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(1)
  return formatCount(v, locale)
}

/** Bars shown at most: more would not be readable beside the table. */
export const RANKING_CHART_MAX = 25

interface BarParam {
  name?: string
  value?: unknown
  dataIndex?: number
}

export function buildRankingOption(
  rows: readonly RankingRow[],
  metric: MetricInfo,
  title: string,
  locale: 'zh' | 'en' = 'zh',
): EChartsCoreOption {
  const shown = rows.filter((r) => r.rank !== null && r.value !== null).slice(0, RANKING_CHART_MAX)
  const scale = metric.kind === 'rate' ? 100 : 1
  const show = (v: number | null) => formatMetric(v, metric.kind, locale)
  return {
    textStyle: { fontFamily: CHART_FONT },
    color: PALETTE,
    animation: false,
    title: { text: title, left: 0, textStyle: { fontSize: 14, width: 420, overflow: 'truncate' } },
    grid: { left: 8, right: 64, top: 40, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'item',
      formatter: (p: BarParam) => {
        const r = shown[p.dataIndex ?? 0]
        return r ? `${r.rank}. ${escapeHtml(r.entity)}<br/>${escapeHtml(metric.zh)}：<b>${show(r.value)}</b>` : ''
      },
    },
    xAxis: {
      type: 'value',
      max: metric.kind === 'rate' ? 100 : undefined,
      axisLabel: { formatter: metric.kind === 'rate' ? '{value}%' : undefined },
      minInterval: metric.kind === 'count' ? 1 : undefined,
    },
    yAxis: {
      type: 'category',
      inverse: true,
      triggerEvent: true,
      data: shown.map((r) => r.entity),
      axisLabel: {
        width: 150,
        overflow: 'truncate',
        formatter: (name: string, i: number) => `${shown[i]?.rank ?? ''}. ${name}`,
      },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 18,
        data: shown.map((r) => (r.value === null ? null : Number((r.value * scale).toFixed(4)))),
        label: {
          show: true,
          position: 'right',
          formatter: (p: BarParam) => show(shown[p.dataIndex ?? 0]?.value ?? null),
        },
        cursor: 'pointer',
      },
    ],
  }
}

/** Height that keeps every bar readable. */
export function rankingChartHeight(rows: readonly RankingRow[]): number {
  const n = Math.min(RANKING_CHART_MAX, rows.filter((r) => r.rank !== null && r.value !== null).length)
  return Math.max(220, 60 + n * 24)
}
