/**
 * The one module that registers ECharts parts (never import the whole 'echarts').
 */
import { BarChart, LineChart, PieChart } from 'echarts/charts'
import { DataZoomComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components'
import { format, use } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TitleComponent, TooltipComponent, DataZoomComponent, CanvasRenderer])

/** Escape text from a file before it reaches a tooltip's HTML. */
export const escapeHtml: (s: string) => string = format.encodeHTML

export const CHART_FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"
export const PALETTE = ['#2563eb', '#60a5fa', '#f59e0b', '#94a3b8', '#ef4444', '#10b981', '#8b5cf6', '#ec4899']
