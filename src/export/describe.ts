/**
 * A view's settings and global filters in words, in one language: the filter sheet of an XLSX,
 * the caption of a PNG, the print header and the line under a view's title all say the same.
 */
import type { EntityLevel } from '../analysis/entityFigures'
import type { ReportFilters } from '../analysis/filters'
import { OFFICE_KINDS } from '../domain/model'
import { joinList } from '../i18n/format'
import type { Lang } from '../i18n/translate'

export type FilterItem = { label: string; value: string }

/** "机关" or "地区": what a ranking or comparison is made of. */
export const levelText = (level: EntityLevel, { t }: Lang): string =>
  t(level === 'region' ? 'level.region' : 'level.office')

/** The assessment scheme scores are under, as a filter-sheet line (every export with scores says it). */
export const schemeItem = (schemeName: string, { t }: Lang): FilterItem => ({
  label: t('scheme.label'),
  value: schemeName,
})

/** The global filters that are set, as label/value pairs (for the filter sheet, print and PNG). */
export function describeFilters(f: Partial<ReportFilters>, { t, label, locale }: Lang): FilterItem[] {
  const out: FilterItem[] = []
  if (f.regions?.length) out.push({ label: t('filters.regions'), value: joinList(f.regions, locale) })
  if (f.kind) {
    const kind = OFFICE_KINDS.find((k) => k.key === f.kind)
    out.push({ label: t('filters.kind'), value: kind ? label(kind) : f.kind })
  }
  if (f.q) out.push({ label: t('filters.search'), value: f.q })
  return out
}

/** The global filters with the years (for views where the year is a filter, not a setting). */
export function describeAllFilters(f: Partial<ReportFilters>, lang: Lang): FilterItem[] {
  const years = f.years?.length
    ? [{ label: lang.t('filters.years'), value: joinList(f.years.map(String), lang.locale) }]
    : []
  return [...years, ...describeFilters(f, lang)]
}

/** One line for a chart title or page header: "年度：2024；地区：东城区". */
export function filterLine(items: readonly FilterItem[], lang: Lang): string {
  if (!items.length) return lang.t('export.noFilters')
  return items.map((i) => lang.t('export.pair', i)).join(lang.t('export.sep'))
}
