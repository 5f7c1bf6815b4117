/**
 * A chart's text alternative, read from its option: the title, then each series with its values
 * ("申请量：2023 年 1,234；2024 年 1,310"). A screen reader user hears what the picture shows
 * (GB/T 37668 and WCAG ask for a text alternative of every non-text content). Pure: the option
 * builders' output in, plain text out (it goes into an aria-label, never HTML).
 */
import type { EChartsCoreOption } from 'echarts/core'
import { formatCount } from './format'

const MAX_SERIES = 10
const MAX_POINTS = 40

type Loose = Record<string, unknown>
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v])
const obj = (v: unknown): Loose => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Loose) : {})

export interface SummaryTexts {
  /** "and {n} more" */
  more: (n: number) => string
  noValue: string
}

function titleOf(option: Loose): string {
  const t = obj(asArray(option.title)[0]).text
  return typeof t === 'string' ? t : ''
}

/** The category axis (its labels name the points) and whether the value axis shows percent. */
function axes(option: Loose): { categories: string[] | null; percent: boolean } {
  const all = [...asArray(option.xAxis), ...asArray(option.yAxis)].map(obj)
  const category = all.find((a) => a.type === 'category' || Array.isArray(a.data))
  const value = all.find((a) => a.type === 'value')
  const percent = obj(value?.axisLabel).formatter === '{value}%'
  return { categories: category ? asArray(category.data).map(String) : null, percent }
}

function valueText(v: unknown, percent: boolean, locale: 'zh' | 'en', noValue: string): string {
  const raw = obj(v).value ?? v
  const n = Array.isArray(raw) ? raw[raw.length - 1] : raw
  if (typeof n !== 'number' || !Number.isFinite(n)) return noValue
  return percent ? `${Number(n.toFixed(1))}%` : formatCount(n, locale)
}

export function summarizeChart(option: EChartsCoreOption, texts: SummaryTexts, locale: 'zh' | 'en' = 'zh'): string {
  const o = option as Loose
  const { categories, percent } = axes(o)
  const sep = locale === 'zh' ? '；' : '; '
  const colon = locale === 'zh' ? '：' : ': '
  const parts: string[] = []
  const series = asArray(o.series).map(obj)
  for (const s of series.slice(0, MAX_SERIES)) {
    const data = asArray(s.data)
    const points = data.slice(0, MAX_POINTS).map((d, i) => {
      const name = typeof obj(d).name === 'string' ? (obj(d).name as string) : (categories?.[i] ?? String(i + 1))
      return `${name} ${valueText(d, percent, locale, texts.noValue)}`
    })
    if (data.length > MAX_POINTS) points.push(texts.more(data.length - MAX_POINTS))
    const name = typeof s.name === 'string' && s.name && series.length > 1 ? `${s.name}${colon}` : ''
    parts.push(`${name}${points.join(locale === 'zh' ? '，' : ', ')}`)
  }
  if (series.length > MAX_SERIES) parts.push(texts.more(series.length - MAX_SERIES))
  const title = titleOf(o)
  return [title, ...parts].filter(Boolean).join(sep)
}
