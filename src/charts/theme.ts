/**
 * Chart fonts, colours and HTML escaping, without ECharts itself: the option builders import this,
 * so the pages stay light and ECharts loads with the first chart (see components/common/EChart.vue).
 */

export const CHART_FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', sans-serif"
export const PALETTE = ['#2563eb', '#60a5fa', '#f59e0b', '#94a3b8', '#ef4444', '#10b981', '#8b5cf6', '#ec4899']

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/**
 * Escape text from a file before it reaches a tooltip's HTML. Same output as ECharts'
 * format.encodeHTML (tested against it), kept here so escaping does not pull in ECharts.
 */
export function escapeHtml(source: string): string {
  return String(source ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c])
}
