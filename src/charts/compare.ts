/**
 * The compare view's small multiples: the same entities (2–8 regions or offices) in every chart,
 * in the same colours — requests by year, disclosure and correction rates by year, and the
 * outcome mix of one year as 100 % bars. Entity names come from files: escaped in tooltips.
 */
import type { EChartsCoreOption } from 'echarts/core'
import type { Comparison } from '../analysis/compare'
import { OUTCOME_CATEGORIES } from '../analysis/overview'
import type { LabelOf } from '../i18n/translate'
import { CHART_FONT, PALETTE, escapeHtml } from './theme'
import { formatCount, formatRate } from './format'

/** Entity colours (the outcome chart uses its own, one per category). */
export const ENTITY_COLORS = ['#2563eb', '#f59e0b', '#10b981', '#ef4444', '#8b5cf6', '#0891b2', '#ec4899', '#64748b']

interface TooltipParam {
  seriesName?: string
  name?: string
  value?: unknown
  marker?: string
  dataIndex?: number
  seriesIndex?: number
}

const base = (title: string) => ({
  textStyle: { fontFamily: CHART_FONT },
  animation: false,
  title: { text: title, left: 0, textStyle: { fontSize: 14 } },
  legend: { top: 34, left: 0, right: 40, type: 'scroll' },
})

function axisTooltip(format: (v: number | null) => string) {
  return {
    trigger: 'axis',
    formatter: (ps: TooltipParam[]) => {
      const head = escapeHtml(String(ps[0]?.name ?? ''))
      const lines = ps.map(
        (p) =>
          `${p.marker ?? ''}${escapeHtml(p.seriesName ?? '')}：${format(typeof p.value === 'number' ? p.value : null)}`,
      )
      return [head, ...lines].join('<br/>')
    },
  }
}

export function buildCompareVolumeOption(c: Comparison, title: string, locale: 'zh' | 'en' = 'zh'): EChartsCoreOption {
  return {
    ...base(title),
    color: ENTITY_COLORS,
    grid: { left: 56, right: 16, top: 76, bottom: 28 },
    tooltip: axisTooltip((v) => formatCount(v, locale)),
    xAxis: { type: 'category', data: c.years.map(String), triggerEvent: true },
    yAxis: { type: 'value', minInterval: 1 },
    series: c.entities.map((e) => ({
      type: 'bar',
      name: e.name,
      barMaxWidth: 18,
      data: c.years.map((y) => e.byYear.get(y)?.volume ?? null),
    })),
  }
}

export function buildCompareRateOption(
  c: Comparison,
  metric: 'disclosureRate' | 'correctionRate',
  title: string,
): EChartsCoreOption {
  return {
    ...base(title),
    color: ENTITY_COLORS,
    grid: { left: 56, right: 16, top: 76, bottom: 28 },
    tooltip: axisTooltip((v) => (v === null ? '—' : `${v.toFixed(1)}%`)),
    xAxis: { type: 'category', data: c.years.map(String), triggerEvent: true },
    // Rates of similar entities differ by a few points: the axis fits the data (a line needs no zero).
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: '{value}%' } },
    series: c.entities.map((e) => ({
      type: 'line',
      name: e.name,
      symbolSize: 7,
      connectNulls: false,
      data: c.years.map((y) => {
        const v = e.byYear.get(y)?.[metric] ?? null
        return v === null ? null : Number((v * 100).toFixed(2))
      }),
    })),
  }
}

/** Outcome mix of the table's year: one 100 % bar per entity (shares of Σ outcomes). */
export function buildCompareOutcomeOption(
  c: Comparison,
  title: string,
  labelOf: LabelOf,
  locale: 'zh' | 'en' = 'zh',
): EChartsCoreOption {
  const year = c.year
  const outcomes = c.entities.map((e) => (year === null ? undefined : e.byYear.get(year)?.outcomes))
  const sums = outcomes.map((o) => (o ? OUTCOME_CATEGORIES.reduce((s, cat) => s + (o[cat.key] ?? 0), 0) : 0))
  return {
    ...base(title),
    color: PALETTE,
    grid: { left: 8, right: 24, top: 76, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'item',
      formatter: (p: TooltipParam) => {
        const i = p.dataIndex ?? 0
        const cat = OUTCOME_CATEGORIES[p.seriesIndex ?? 0]
        const n = outcomes[i]?.[cat.key] ?? null
        const share = sums[i] > 0 && n !== null ? formatRate(n / sums[i]) : '—'
        return `${escapeHtml(c.entities[i]?.name ?? '')}<br/>${escapeHtml(p.seriesName ?? '')}：${formatCount(n, locale)}（${share}）`
      },
    },
    xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    yAxis: {
      type: 'category',
      inverse: true,
      triggerEvent: true,
      data: c.entities.map((e) => e.name),
      axisLabel: { width: 130, overflow: 'truncate' },
    },
    series: OUTCOME_CATEGORIES.map((cat) => ({
      type: 'bar',
      stack: 'share',
      name: labelOf(cat),
      barMaxWidth: 22,
      data: outcomes.map((o, i) => {
        const n = o?.[cat.key] ?? null
        return n === null || sums[i] === 0 ? null : Number(((n / sums[i]) * 100).toFixed(2))
      }),
    })),
  }
}

/** Height for the outcome chart: one bar per entity. */
export function compareOutcomeHeight(c: Comparison): number {
  return Math.max(240, 100 + c.entities.length * 34)
}
