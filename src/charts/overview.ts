/**
 * ECharts options for the overview page: pure functions from figures to options.
 * Every text that may come from a file (region names) is escaped in tooltips; axis labels are
 * drawn on canvas as text, never parsed as HTML.
 */
import type { EChartsCoreOption } from 'echarts/core'
import { OUTCOME_CATEGORIES, OUTCOME_LEAVES, type Overview } from '../analysis/overview'
import type { LabelOf } from '../i18n/translate'
import { APPLICANT_COLUMNS } from '../domain/model'
import { CHART_FONT, PALETTE, escapeHtml } from './theme'
import { formatCount } from './format'

const base = {
  textStyle: { fontFamily: CHART_FONT },
  color: PALETTE,
  animation: false,
}

interface AxisTooltipParam {
  axisValueLabel?: string
  seriesName?: string
  value?: unknown
  marker?: string
  dataIndex?: number
}

export function buildVolumeOption(o: Overview, title: string): EChartsCoreOption {
  return {
    ...base,
    title: { text: title, left: 0, textStyle: { fontSize: 14 } },
    grid: { left: 56, right: 16, top: 56, bottom: 28 },
    tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => formatCount(typeof v === 'number' ? v : null) },
    xAxis: { type: 'category', data: o.years.map((y) => String(y.year)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'line', name: title, data: o.years.map((y) => y.received), symbolSize: 8, label: { show: true } }],
  }
}

export function buildOutcomeOption(o: Overview, title: string, labelOf: LabelOf): EChartsCoreOption {
  return {
    ...base,
    title: { text: title, left: 0, textStyle: { fontSize: 14 } },
    grid: { left: 56, right: 16, top: 84, bottom: 28 },
    legend: { top: 34, left: 0, type: 'scroll' },
    tooltip: {
      trigger: 'item',
      // Category → its leaf reasons, so the breakdown is one hover away.
      formatter: (p: AxisTooltipParam) => {
        const year = o.years[p.dataIndex ?? 0]
        const cat = OUTCOME_CATEGORIES.find((c) => labelOf(c) === p.seriesName)
        const lines = [
          `${escapeHtml(String(year?.year ?? ''))} · ${escapeHtml(p.seriesName ?? '')}: <b>${formatCount(year?.outcomes[cat?.key ?? ''] ?? null)}</b>`,
        ]
        if (cat && cat.cells.length > 1 && year) {
          for (const leaf of OUTCOME_LEAVES.filter((l) => 'group' in l.row && l.row.group === cat.key)) {
            lines.push(`${escapeHtml(labelOf(leaf.row))}: ${formatCount(year.leaves[leaf.row.key])}`)
          }
        }
        return lines.join('<br/>')
      },
    },
    xAxis: { type: 'category', data: o.years.map((y) => String(y.year)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: OUTCOME_CATEGORIES.map((c) => ({
      type: 'bar',
      stack: 'outcomes',
      name: labelOf(c),
      data: o.years.map((y) => y.outcomes[c.key]),
      barMaxWidth: 48,
    })),
  }
}

export function buildApplicantOption(o: Overview, title: string, labelOf: LabelOf): EChartsCoreOption {
  const label = (key: string) => labelOf(APPLICANT_COLUMNS.find((c) => c.key === key)!)
  return {
    ...base,
    title: { text: title, left: 0, textStyle: { fontSize: 14 } },
    tooltip: {
      trigger: 'item',
      formatter: (p: { name?: string; value?: number; percent?: number }) =>
        `${escapeHtml(p.name ?? '')}: ${formatCount(p.value ?? null)}（${(p.percent ?? 0).toFixed(1)}%）`,
    },
    legend: { bottom: 0, left: 'center', type: 'scroll' },
    series: [
      {
        type: 'pie',
        minShowLabelAngle: 3,
        radius: ['35%', '62%'],
        center: ['50%', '50%'],
        data: o.applicantMix.filter((m) => (m.value ?? 0) > 0).map((m) => ({ name: label(m.key), value: m.value })),
        label: { formatter: '{b}\n{d}%' },
      },
    ],
  }
}

export function buildTopRegionsOption(o: Overview, title: string): EChartsCoreOption {
  const rows = [...o.topRegions].reverse()
  return {
    ...base,
    title: { text: title, left: 0, textStyle: { fontSize: 14 } },
    grid: { left: 8, right: 48, top: 36, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (ps: AxisTooltipParam[]) => {
        const p = ps[0]
        return `${escapeHtml(p?.axisValueLabel ?? '')}: ${formatCount(typeof p?.value === 'number' ? p.value : null)}`
      },
    },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: rows.map((r) => r.region), axisLabel: { width: 120, overflow: 'truncate' } },
    series: [
      { type: 'bar', data: rows.map((r) => r.received), label: { show: true, position: 'right' }, barMaxWidth: 22 },
    ],
  }
}
