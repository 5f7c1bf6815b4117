/**
 * What the analysis views export, as ExportTables (src/io/export-table.ts writes them as CSV or
 * XLSX): the ranking, the comparison, an office's history and the selected reports themselves.
 * Pure functions of figures and a translator: the views pass the screen's language, so an export
 * reads like the view it came from; tested without a browser.
 */
import type { Comparison } from '../analysis/compare'
import type { ReportFilters } from '../analysis/filters'
import { metricInfo } from '../analysis/metricInfo'
import { HISTORY_FIGURES, type OfficeHistory } from '../analysis/officeHistory'
import type { EntityLevel, RankingRow } from '../analysis/ranking'
import { cellsFor, headerFor } from '../domain/cells'
import type { MetricId, MetricInfo } from '../domain/metrics'
import { IDENTITY_FIELDS, type TemplateId } from '../domain/model'
import { cellValue, type ReportRecord } from '../domain/record'
import { translator, type Lang } from '../i18n/translate'
import { columnsFor, identityValue } from '../io/csv-wide'
import type { ExportColumn, ExportColumnKind, ExportTable } from '../io/export-table'
import { describeFilters, levelText, schemeItem, type FilterItem } from './describe'

function columnKind(m: MetricInfo): ExportColumnKind {
  return m.kind === 'rate' ? 'rate' : m.kind === 'count' ? 'count' : 'number'
}

export function rankingTitle(p: { level: EntityLevel; metric: MetricId; year: number | null }, lang: Lang): string {
  return lang.t('ranking.title', {
    year: p.year ?? '—',
    level: levelText(p.level, lang),
    metric: lang.label(metricInfo(p.metric)),
  })
}

export interface RankingContext {
  level: EntityLevel
  metric: MetricId
  year: number | null
  order: 'asc' | 'desc'
  minVolume: number
  filters: Partial<ReportFilters>
  /** The name of the scheme the scores are under. */
  scheme: string
}

/** The view's settings as filter-sheet lines: level, metric, year, order, threshold, filters. */
export function rankingFilterItems(c: RankingContext, lang: Lang): FilterItem[] {
  const m = metricInfo(c.metric)
  const { t } = lang
  return [
    { label: t('level.label'), value: levelText(c.level, lang) },
    { label: t('view.metric'), value: lang.label(m) },
    { label: t('view.year'), value: String(c.year ?? '—') },
    { label: t('view.order'), value: t(c.order === 'asc' ? 'order.asc' : 'order.desc') },
    ...(m.kind === 'rate' ? [{ label: t('ranking.minVolume'), value: String(c.minVolume) }] : []),
    schemeItem(c.scheme, lang),
    ...describeFilters(c.filters, lang),
  ]
}

export function rankingNote(row: RankingRow, minVolume: number, { t }: Lang): string {
  if (row.reason === 'lowVolume') return t('ranking.lowVolume', { n: minVolume })
  if (row.reason === 'noValue') return t('ranking.noValue')
  return ''
}

export function rankingExport(rows: readonly RankingRow[], c: RankingContext, lang: Lang): ExportTable {
  const { t } = lang
  const m = metricInfo(c.metric)
  const kind = columnKind(m)
  const name = lang.label(m)
  const columns: ExportColumn[] = [
    { key: 'rank', header: t('ranking.rank'), kind: 'count' },
    { key: 'entity', header: levelText(c.level, lang), kind: 'text' },
    ...(c.level === 'office' ? [{ key: 'region', header: t('ranking.regionOf'), kind: 'text' as const }] : []),
    { key: 'value', header: name, kind },
    { key: 'volume', header: t('ranking.volume'), kind: 'count' },
    { key: 'previousRank', header: t('ranking.previousRank'), kind: 'count' },
    { key: 'rankChange', header: t('ranking.rankChange'), kind: 'number' },
    { key: 'previousValue', header: t('ranking.previousValue', { metric: name }), kind },
    { key: 'valueChange', header: `${name}${t('ranking.valueChange')}`, kind: kind === 'count' ? 'number' : kind },
    { key: 'reports', header: t('ranking.reports'), kind: 'count' },
    { key: 'note', header: t('ranking.note'), kind: 'text' },
  ]
  return {
    title: rankingTitle(c, lang),
    filters: rankingFilterItems(c, lang),
    columns,
    rows: rows.map((r) => {
      const { belowThreshold: _b, reason: _r, ...values } = r
      return { ...values, note: rankingNote(r, c.minVolume, lang) }
    }),
    notes: [`${name}：${m.definition}`, `${t('ranking.minVolume')}：${t('ranking.minVolumeHint', { n: c.minVolume })}`],
  }
}

export function compareExport(
  cmp: Comparison,
  c: { level: EntityLevel; filters: Partial<ReportFilters>; scheme: string },
  lang: Lang,
): ExportTable {
  const { t } = lang
  const byMetric = new Map(cmp.table.map((row) => [row.metric, row]))
  const metrics = cmp.table.map((row) => metricInfo(row.metric))
  const columns: ExportColumn[] = [
    { key: 'name', header: levelText(c.level, lang), kind: 'text' },
    { key: 'reports', header: t('ranking.reports'), kind: 'count' },
    ...metrics.map((m) => ({ key: m.id, header: lang.label(m), kind: columnKind(m) })),
  ]
  const rows = cmp.entities.map((e, i) => {
    const row: Record<string, string | number | null> = {
      name: e.name,
      reports: cmp.year === null ? null : (e.byYear.get(cmp.year)?.reports ?? 0),
    }
    for (const m of metrics) row[m.id] = byMetric.get(m.id)!.values[i]
    return row
  })
  const marks = cmp.table
    .filter((r) => r.best !== null && r.worst !== null)
    .map((r) =>
      t('export.compare.mark', {
        metric: lang.label(metricInfo(r.metric)),
        best: cmp.entities[r.best!].name,
        worst: cmp.entities[r.worst!].name,
      }),
    )
  return {
    title: t('compare.table', { year: cmp.year ?? '—' }),
    filters: [
      { label: t('level.label'), value: levelText(c.level, lang) },
      { label: t('view.year'), value: String(cmp.year ?? '—') },
      schemeItem(c.scheme, lang),
      ...describeFilters(c.filters, lang),
    ],
    columns,
    rows,
    notes: [
      ...marks,
      ...metrics.map((m) => t('export.definition', { metric: lang.label(m), definition: m.definition })),
    ],
  }
}

export function historyExport(h: OfficeHistory, lang: Lang): ExportTable {
  const { t } = lang
  const columns: ExportColumn[] = [
    { key: 'year', header: t('view.year'), kind: 'text' },
    { key: 'template', header: t('office.template'), kind: 'text' },
    { key: 'publishedAt', header: t('office.published'), kind: 'text' },
  ]
  for (const id of HISTORY_FIGURES) {
    const m = metricInfo(id)
    columns.push({ key: id, header: lang.label(m), kind: columnKind(m) })
    columns.push({
      key: `${id}.change`,
      header: `${lang.label(m)}${t('office.change')}`,
      kind: m.kind === 'rate' ? 'rate' : 'number',
    })
  }
  const rows = h.rows.map((y) => {
    const row: Record<string, string | number | null> = {
      year: String(y.year),
      template: y.report.template,
      publishedAt: y.report.publishedAt,
    }
    for (const id of HISTORY_FIGURES) {
      row[id] = y.figures[id].value
      row[`${id}.change`] = y.figures[id].change
    }
    return row
  })
  return {
    title: `${h.office ?? ''} ${t('office.history')}`,
    filters: [{ label: t('level.office'), value: h.office ?? '' }],
    columns,
    rows,
    notes: HISTORY_FIGURES.map((id) =>
      t('export.definition', { metric: lang.label(metricInfo(id)), definition: metricInfo(id).definition }),
    ),
  }
}

/**
 * The selected reports as the canonical wide table with Chinese headers (the XLSX twin of
 * writeWideCsv): the headers are the data format a clerk imports again, so they stay Chinese in
 * every language; the notes follow `lang`.
 */
export function reportsExport(
  reports: readonly ReportRecord[],
  title: string,
  filters: FilterItem[],
  lang: Lang = translator('zh'),
): ExportTable {
  const cells = columnsFor(new Set<TemplateId>(reports.map((r) => r.template)))
  const columns: ExportColumn[] = [
    ...IDENTITY_FIELDS.map((f): ExportColumn => ({
      key: f.key,
      header: headerFor(f.key, 'zh'),
      kind: f.key === 'year' ? 'count' : 'text',
    })),
    ...cells.map((c): ExportColumn => ({
      key: c.path,
      header: headerFor(c.path, 'zh'),
      kind: c.kind === 'text' ? 'text' : c.kind === 'amount' ? 'number' : 'count',
    })),
  ]
  const template2021 = new Set(cellsFor('2021').map((c) => c.path))
  const rows = reports.map((r) => {
    const row: Record<string, string | number | null> = {}
    for (const f of IDENTITY_FIELDS) row[f.key] = f.key === 'year' ? r.year : identityValue(r, f.key, 'zh') || null
    for (const c of cells) {
      row[c.path] = cellValue(r, c)
    }
    return row
  })
  return {
    title,
    filters,
    columns,
    rows,
    notes: [
      lang.t('export.reports.note', { n: reports.length }),
      ...(cells.some((c) => !template2021.has(c.path)) ? [lang.t('export.reports.note2019')] : []),
    ],
  }
}
