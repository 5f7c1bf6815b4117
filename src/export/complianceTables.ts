/**
 * The compliance view's tables as ExportTables (browser/download.ts's downloadTable writes them as
 * CSV or XLSX through src/io/export-table.ts — one writer for the whole app). Exports are written
 * in the screen's language (`lang`; Chinese by default): column headers are the report model's
 * labels (identity fields, metrics) and the interface's own words, so the file and the screen name
 * a column the same way; titles, notes and file names follow too.
 */
import type { Coverage, CoverageStatus } from '../analysis/coverage'
import type { EntityLevel } from '../analysis/entityFigures'
import type { ReportFilters } from '../analysis/filters'
import { metricInfo } from '../analysis/metricInfo'
import type { RankingRow } from '../analysis/ranking'
import type { RectificationRow } from '../analysis/rectification'
import { IDENTITY_FIELDS } from '../domain/model'
import type { Severity } from '../domain/types'
import { translator, type Lang } from '../i18n/translate'
import type { ExportTable } from '../io/export-table'
import { describeAllFilters, levelText, schemeItem, type FilterItem } from './describe'

const zh = translator('zh')
const identity = (key: 'office' | 'region' | 'year', lang: Lang) =>
  lang.label(IDENTITY_FIELDS.find((f) => f.key === key)!)
const severityText = (s: Severity, lang: Lang) => lang.t(`compliance.severity.${s}`)
const statusText = (s: CoverageStatus, lang: Lang) => lang.t(`compliance.status.${s}`)

/** A table and the name its file is saved under (the date is added when it is saved). */
export interface NamedTable {
  table: ExportTable
  fileName: string
}

/** The global filters (and any page filters) as the XLSX's first sheet states them. */
export function filterLines(f: ReportFilters, extra: FilterItem[] = [], lang: Lang = zh): FilterItem[] {
  return [...describeAllFilters(f, lang), ...extra]
}

/**
 * The score's definition is the metric's (src/domain/metrics.ts), so the two never disagree. The
 * definitions are written in Chinese only (metrics.ts): an English export quotes it as it is.
 */
export const scoreNote = (lang: Lang): string =>
  lang.t('export.scores.note', {
    score: lang.label(metricInfo('complianceScore')),
    definition: metricInfo('complianceScore').definition,
  })
export const SCORE_NOTE = scoreNote(zh)

/** The findings or rectification rows as a table, in the language the rows were made in. */
export function rectificationTable(
  title: string,
  rows: readonly RectificationRow[],
  filters: FilterItem[],
  lang: Lang = zh,
): ExportTable {
  const { t } = lang
  return {
    title,
    filters,
    notes: [t('export.findings.note')],
    columns: [
      { key: 'office', header: identity('office', lang), kind: 'text' },
      { key: 'region', header: identity('region', lang), kind: 'text' },
      { key: 'year', header: identity('year', lang), kind: 'text' },
      { key: 'ruleName', header: t('compliance.byRule.rule'), kind: 'text' },
      { key: 'rule', header: t('compliance.findings.ruleId'), kind: 'text' },
      { key: 'severity', header: t('compliance.findings.severity'), kind: 'text' },
      { key: 'cell', header: t('compliance.findings.cell'), kind: 'text' },
      { key: 'expected', header: t('compliance.findings.expected'), kind: 'text' },
      { key: 'actual', header: t('compliance.findings.actual'), kind: 'text' },
      { key: 'message', header: t('compliance.findings.message'), kind: 'text' },
    ],
    rows: rows.map((r) => ({
      office: r.office,
      region: r.region,
      year: r.year === null ? null : String(r.year),
      ruleName: r.ruleName,
      rule: r.rule,
      severity: severityText(r.severity, lang),
      cell: r.cell,
      expected: r.expected === null ? null : String(r.expected),
      actual: r.actual === null ? null : String(r.actual),
      message: r.message,
    })),
  }
}

export function coverageTable(coverage: Coverage, filters: FilterItem[], lang: Lang = zh): ExportTable {
  return {
    title: lang.t('export.coverage.title'),
    filters,
    notes: [lang.t('export.coverage.note')],
    columns: [
      { key: 'office', header: identity('office', lang), kind: 'text' },
      { key: 'region', header: identity('region', lang), kind: 'text' },
      ...coverage.years.map((y) => ({
        key: `y${y}`,
        header: `${y} ${identity('year', lang)}`,
        kind: 'text' as const,
      })),
    ],
    rows: coverage.rows.map((r) => ({
      office: r.office,
      region: r.region,
      ...Object.fromEntries(
        r.cells.map((c) => [
          `y${c.year}`,
          c.status === 'none'
            ? null
            : statusText(c.status, lang) + (c.late && c.status !== 'late' ? lang.t('export.coverage.late') : ''),
        ]),
      ),
    })),
  }
}

function scoreTable(
  title: string,
  level: EntityLevel,
  rows: readonly RankingRow[],
  trend: ReadonlyMap<string, (number | null)[]>,
  years: readonly number[],
  filters: FilterItem[],
  lang: Lang,
): ExportTable {
  return {
    title,
    filters,
    notes: [scoreNote(lang), lang.t('export.scores.ties')],
    columns: [
      { key: 'rank', header: lang.t('compliance.scores.rank'), kind: 'count' },
      { key: 'entity', header: levelText(level, lang), kind: 'text' },
      { key: 'region', header: identity('region', lang), kind: 'text' },
      { key: 'value', header: lang.label(metricInfo('complianceScore')), kind: 'number' },
      { key: 'change', header: lang.t('compliance.scores.change'), kind: 'number' },
      ...years.map((y) => ({
        key: `y${y}`,
        header: lang.t('compliance.scores.score', { year: y }),
        kind: 'number' as const,
      })),
    ],
    rows: rows.map((r) => ({
      rank: r.rank,
      entity: r.entity,
      region: r.region,
      value: r.value === null ? null : Number(r.value.toFixed(1)),
      change: r.valueChange === null ? null : Number(r.valueChange.toFixed(1)),
      ...Object.fromEntries(years.map((y, i) => [`y${y}`, trend.get(r.entity)?.[i] ?? null])),
    })),
  }
}

/** The findings list as the findings tab shows it (its rule, severity and office filters stated). */
export function findingsExport(
  rows: readonly RectificationRow[],
  shown: { rule: string | null; severity: Severity | null; office: string | null },
  filters: ReportFilters,
  lang: Lang = zh,
): NamedTable {
  const { t } = lang
  const title = t('export.findings.title')
  const extra: FilterItem[] = [
    ...(shown.rule ? [{ label: t('compliance.byRule.rule'), value: shown.rule }] : []),
    ...(shown.severity
      ? [{ label: t('compliance.findings.severity'), value: severityText(shown.severity, lang) }]
      : []),
    ...(shown.office ? [{ label: t('compliance.office'), value: shown.office }] : []),
  ]
  return { table: rectificationTable(title, rows, filterLines(filters, extra, lang), lang), fileName: title }
}

/** The rectification list of one office, a region or every office (`scope`: its name, or null for all). */
export function rectificationExport(
  rows: readonly RectificationRow[],
  scope: string | null,
  shown: { office: string | null; anomalies: boolean },
  filters: ReportFilters,
  lang: Lang = zh,
): NamedTable {
  const { t } = lang
  const name = scope ?? t('export.rectify.all')
  const extra: FilterItem[] = [
    ...(shown.office ? [{ label: t('compliance.office'), value: shown.office }] : []),
    {
      label: t('export.rectify.anomalies'),
      value: t(shown.anomalies ? 'export.rectify.anomaliesIn' : 'export.rectify.anomaliesOut'),
    },
  ]
  return {
    table: rectificationTable(
      t('export.rectify.title', { scope: name }),
      rows,
      filterLines(filters, extra, lang),
      lang,
    ),
    fileName: t('export.rectify.file', { scope: name }),
  }
}

/** The coverage matrix, narrowed to the offices with a cell of `status` when one is picked. */
export function coverageExport(
  coverage: Coverage,
  status: CoverageStatus | null,
  filters: ReportFilters,
  lang: Lang = zh,
): NamedTable {
  const extra = status ? [{ label: lang.t('export.coverage.only'), value: statusText(status, lang) }] : []
  return {
    table: coverageTable(coverage, filterLines(filters, extra, lang), lang),
    fileName: lang.t('export.coverage.file'),
  }
}

/** The score ranking of a year, with every shown year's score beside it. */
export function scoresExport(
  ranking: { level: EntityLevel; year: number; rows: readonly RankingRow[] },
  trend: { years: readonly number[]; byEntity: ReadonlyMap<string, (number | null)[]> },
  filters: ReportFilters,
  schemeName: string,
  lang: Lang = zh,
): NamedTable {
  const { level, year, rows } = ranking
  const title = lang.t('export.scores.title', { level: levelText(level, lang), year, scheme: schemeName })
  const extra = [{ label: lang.t('compliance.scores.year'), value: String(year) }, schemeItem(schemeName, lang)]
  return {
    table: scoreTable(title, level, rows, trend.byEntity, trend.years, filterLines(filters, extra, lang), lang),
    fileName: title,
  }
}
