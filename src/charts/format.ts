/** Number and rate formatting shared by charts, tables and exports: a null is "—", never 0 or NaN. */

export function formatCount(v: number | null | undefined, locale: 'zh' | 'en' = 'zh'): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—'
  return v.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US')
}

export function formatRate(v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—'
  return `${(v * 100).toFixed(digits)}%`
}
