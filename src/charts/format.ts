/** Number and rate formatting shared by charts, tables and exports: a null is "—", never 0 or NaN. */

// One formatter per locale: `toLocaleString` builds a new one on every call, which shows when the
// overview formats a few hundred values per filter change.
const COUNT_FORMATS = {
  zh: new Intl.NumberFormat('zh-CN'),
  en: new Intl.NumberFormat('en-US'),
}

export function formatCount(v: number | null | undefined, locale: 'zh' | 'en' = 'zh'): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—'
  return (COUNT_FORMATS[locale] ?? COUNT_FORMATS.zh).format(v)
}

export function formatRate(v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—'
  return `${(v * 100).toFixed(digits)}%`
}
