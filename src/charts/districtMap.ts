/**
 * The district map (choropleth): each area of the supervisor's map shaded by its region's value
 * of a metric. The map itself is registered under `mapName` (charts/echartsMap.ts); names come
 * from files, so the tooltip escapes them and labels are canvas text.
 */
import type { EChartsCoreOption } from 'echarts/core'
import type { DistrictValue } from '../analysis/districtMap'
import type { MetricInfo } from '../domain/metrics'
import type { DistrictMap } from '../io/districtMap'
import { formatMetric } from './ranking'
import { CHART_FONT, escapeHtml } from './theme'

/** Light to dark: darker is more, whatever "better" means for the metric (the legend says which). */
export const DISTRICT_COLORS = ['#e0ecff', '#93c5fd', '#3b82f6', '#1e3a8a']
const NO_DATA_COLOR = '#eef0f3'

export interface DistrictMapTexts {
  /** The metric's name in the screen's language. */
  metric: string
  noData: string
  /** "第 {rank} 名" with the rank filled in. */
  rank: (rank: number) => string
}

/** ECharts draws a map's latitude shorter than its longitude by this factor (its default). */
const ASPECT_SCALE = 0.75
// Room for the title above and the legend on the left (below the map on a narrow chart).
const TOP = 44
const RIGHT = 8
const NARROW = 560
const margins = (width: number) => (width < NARROW ? { left: 8, bottom: 52 } : { left: 96, bottom: 8 })

/** Width ÷ height of the map as drawn (1 for a map with no extent). */
export function districtMapAspect(map: DistrictMap): number {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const a of map.areas)
    for (const polygon of a.polygons)
      for (const [x, y] of polygon[0] ?? []) {
        if (x < minX) minX = x
        if (x > maxX) maxX = x
        if (y < minY) minY = y
        if (y > maxY) maxY = y
      }
  const w = maxX - minX
  const h = (maxY - minY) / ASPECT_SCALE
  return w > 0 && h > 0 ? w / h : 1
}

/** The chart height that shows the map at the panel's width without stretching it. */
export function districtMapHeight(width: number, aspect: number): number {
  const { left, bottom } = margins(width)
  return Math.round(Math.min(620, Math.max(300, (width - left - RIGHT) / aspect + TOP + bottom)))
}

/** The map's rectangle in the chart: as large as fits, its shape kept, centred. */
function mapRect(size: { width: number; height: number }, aspect: number) {
  const { left, bottom } = margins(size.width)
  const w = Math.max(1, size.width - left - RIGHT)
  const h = Math.max(1, size.height - TOP - bottom)
  const width = Math.min(w, h * aspect)
  const height = width / aspect
  return { left: left + (w - width) / 2, top: TOP + (h - height) / 2, width, height }
}

interface MapParam {
  name?: string
  dataIndex?: number
}

export function buildDistrictMapOption(
  mapName: string,
  values: readonly DistrictValue[],
  metric: MetricInfo,
  title: string,
  texts: DistrictMapTexts,
  layout: { width: number; height: number; aspect: number },
  locale: 'zh' | 'en' = 'zh',
): EChartsCoreOption {
  const scale = metric.kind === 'rate' ? 100 : 1
  const show = (v: number | null) => formatMetric(v, metric.kind, locale)
  const known = values.map((v) => v.value).filter((v): v is number => v !== null)
  const min = known.length ? Math.min(...known) * scale : 0
  // A flat map (every region the same) still needs a range to draw the legend.
  const max = known.length ? Math.max(...known) * scale : 1
  const legendText = (v: number) => (metric.kind === 'rate' ? `${v.toFixed(1)}%` : show(v))
  return {
    textStyle: { fontFamily: CHART_FONT },
    animation: false,
    // Clear of the PNG button in the corner.
    title: {
      text: title,
      left: 0,
      textStyle: { fontSize: 14, width: Math.max(120, layout.width - 72), overflow: 'truncate' },
    },
    tooltip: {
      trigger: 'item',
      formatter: (p: MapParam) => {
        const v = values[p.dataIndex ?? -1]
        if (!v) return `${escapeHtml(p.name ?? '')}<br/>${escapeHtml(texts.noData)}`
        const rank = v.rank === null ? '' : `（${escapeHtml(texts.rank(v.rank))}）`
        return `${escapeHtml(v.name)}<br/>${escapeHtml(texts.metric)}：<b>${v.value === null ? escapeHtml(texts.noData) : show(v.value)}</b>${rank}`
      },
    },
    visualMap: {
      type: 'continuous',
      min,
      max: max > min ? max : min + 1,
      ...(layout.width < NARROW
        ? { orient: 'horizontal', left: 'center', bottom: 4, itemWidth: 12, itemHeight: 140 }
        : { orient: 'vertical', left: 0, bottom: 8, itemHeight: 120 }),
      calculable: false,
      inRange: { color: DISTRICT_COLORS },
      text: [legendText(max), legendText(min)],
      textStyle: { fontFamily: CHART_FONT, color: '#1f2933' },
      formatter: (v: number) => legendText(v),
    },
    series: [
      {
        type: 'map',
        map: mapName,
        name: texts.metric,
        roam: false,
        // Placed explicitly: ECharts keeps a map's shape only when its width or height is left open.
        ...mapRect(layout, layout.aspect),
        aspectScale: ASPECT_SCALE,
        selectedMode: false,
        cursor: 'pointer',
        label: {
          show: true,
          fontSize: 11,
          color: '#102a43',
          backgroundColor: 'rgba(255,255,255,0.8)',
          padding: [1, 3],
          borderRadius: 3,
        },
        emphasis: { label: { show: true }, itemStyle: { areaColor: '#f59e0b' } },
        itemStyle: { areaColor: NO_DATA_COLOR, borderColor: '#fff', borderWidth: 1 },
        data: values.map((v) => ({
          name: v.name,
          value: v.value === null ? null : Number((v.value * scale).toFixed(4)),
        })),
      },
    ],
  }
}
