/**
 * The compliance view's tables as ExportTables (browser/download.ts's downloadTable writes them as
 * CSV or XLSX through src/io/export-table.ts — one writer for the whole app). Exports are written
 * in Chinese whatever the interface language: they go to clerks. Column headers are the report
 * model's labels (identity fields, metrics) and the interface's own words (translator('zh')), so
 * the file and the screen name a column the same way.
 */
import type { Coverage, CoverageStatus } from '../analysis/coverage'
import type { EntityLevel } from '../analysis/entityFigures'
import type { ReportFilters } from '../analysis/filters'
import { metricInfo } from '../analysis/metricInfo'
import type { RankingRow } from '../analysis/ranking'
import type { RectificationRow } from '../analysis/rectification'
import { headerFor } from '../domain/cells'
import type { Severity } from '../domain/types'
import { translator } from '../i18n/translate'
import type { ExportTable } from '../io/export-table'
import { describeAllFilters, levelText, schemeItem, type FilterItem } from './describe'

const zh = translator('zh')
const identity = (key: 'office' | 'region' | 'year') => headerFor(key, 'zh')
const severityText = (s: Severity) => zh.t(`compliance.severity.${s}`)
const statusText = (s: CoverageStatus) => zh.t(`compliance.status.${s}`)

/** A table and the name its file is saved under (the date is added when it is saved). */
export interface NamedTable {
  table: ExportTable
  fileName: string
}

/** The global filters (and any page filters) as the XLSX's first sheet states them. */
export function filterLines(f: ReportFilters, extra: FilterItem[] = []): FilterItem[] {
  return [...describeAllFilters(f, zh), ...extra]
}

/** The score's definition is the metric's (src/domain/metrics.ts), so the two never disagree. */
export const SCORE_NOTE = `${metricInfo('complianceScore').zh}：${metricInfo('complianceScore').definition}。年度异常提示不扣分。`

export function rectificationTable(
  title: string,
  rows: readonly RectificationRow[],
  filters: FilterItem[],
): ExportTable {
  return {
    title,
    filters,
    notes: ['每行一个问题；“单元格”为报告表格中的栏目名称，“应为/实际”为核对时的数值。'],
    columns: [
      { key: 'office', header: identity('office'), kind: 'text' },
      { key: 'region', header: identity('region'), kind: 'text' },
      { key: 'year', header: identity('year'), kind: 'text' },
      { key: 'ruleName', header: zh.t('compliance.byRule.rule'), kind: 'text' },
      { key: 'rule', header: zh.t('compliance.findings.ruleId'), kind: 'text' },
      { key: 'severity', header: zh.t('compliance.findings.severity'), kind: 'text' },
      { key: 'cell', header: zh.t('compliance.findings.cell'), kind: 'text' },
      { key: 'expected', header: zh.t('compliance.findings.expected'), kind: 'text' },
      { key: 'actual', header: zh.t('compliance.findings.actual'), kind: 'text' },
      { key: 'message', header: zh.t('compliance.findings.message'), kind: 'text' },
    ],
    rows: rows.map((r) => ({
      office: r.office,
      region: r.region,
      year: r.year === null ? null : String(r.year),
      ruleName: r.ruleName,
      rule: r.rule,
      severity: severityText(r.severity),
      cell: r.cell,
      expected: r.expected === null ? null : String(r.expected),
      actual: r.actual === null ? null : String(r.actual),
      message: r.message,
    })),
  }
}

export function coverageTable(coverage: Coverage, filters: FilterItem[]): ExportTable {
  return {
    title: '年度报告报送情况（机关 × 年度）',
    filters,
    notes: [
      '每格为该机关该年度报告的状态：未报送、尚未到期、有错误、逾期发布、发布日期未知、仅有警告、无问题；“—”表示该年度不要求报告。',
    ],
    columns: [
      { key: 'office', header: identity('office'), kind: 'text' },
      { key: 'region', header: identity('region'), kind: 'text' },
      ...coverage.years.map((y) => ({ key: `y${y}`, header: `${y} ${identity('year')}`, kind: 'text' as const })),
    ],
    rows: coverage.rows.map((r) => ({
      office: r.office,
      region: r.region,
      ...Object.fromEntries(
        r.cells.map((c) => [
          `y${c.year}`,
          c.status === 'none' ? null : statusText(c.status) + (c.late && c.status !== 'late' ? '（逾期）' : ''),
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
): ExportTable {
  return {
    title,
    filters,
    notes: [SCORE_NOTE, '并列者名次相同（如 1、2、2、4）；地区得分为其所属机关得分的平均值。'],
    columns: [
      { key: 'rank', header: zh.t('compliance.scores.rank'), kind: 'count' },
      { key: 'entity', header: levelText(level, zh), kind: 'text' },
      { key: 'region', header: identity('region'), kind: 'text' },
      { key: 'value', header: zh.label(metricInfo('complianceScore')), kind: 'number' },
      { key: 'change', header: zh.t('compliance.scores.change'), kind: 'number' },
      ...years.map((y) => ({
        key: `y${y}`,
        header: zh.t('compliance.scores.score', { year: y }),
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
): NamedTable {
  const title = '合规检查问题清单'
  const extra: FilterItem[] = [
    ...(shown.rule ? [{ label: zh.t('compliance.byRule.rule'), value: shown.rule }] : []),
    ...(shown.severity ? [{ label: zh.t('compliance.findings.severity'), value: severityText(shown.severity) }] : []),
    ...(shown.office ? [{ label: zh.t('compliance.office'), value: shown.office }] : []),
  ]
  return { table: rectificationTable(title, rows, filterLines(filters, extra)), fileName: title }
}

/** The rectification list of one office, a region or every office (`scope`: its name, or null for all). */
export function rectificationExport(
  rows: readonly RectificationRow[],
  scope: string | null,
  shown: { office: string | null; anomalies: boolean },
  filters: ReportFilters,
): NamedTable {
  const name = scope ?? '全部机关'
  const extra: FilterItem[] = [
    ...(shown.office ? [{ label: zh.t('compliance.office'), value: shown.office }] : []),
    { label: '年度异常提示', value: shown.anomalies ? '包括（仅供核实，不计入得分）' : '不包括' },
  ]
  return {
    table: rectificationTable(`整改清单（${name}）`, rows, filterLines(filters, extra)),
    fileName: `整改清单-${name}`,
  }
}

/** The coverage matrix, narrowed to the offices with a cell of `status` when one is picked. */
export function coverageExport(coverage: Coverage, status: CoverageStatus | null, filters: ReportFilters): NamedTable {
  const extra = status ? [{ label: '只看', value: statusText(status) }] : []
  return { table: coverageTable(coverage, filterLines(filters, extra)), fileName: '年报报送情况' }
}

/** The score ranking of a year, with every shown year's score beside it. */
export function scoresExport(
  ranking: { level: EntityLevel; year: number; rows: readonly RankingRow[] },
  trend: { years: readonly number[]; byEntity: ReadonlyMap<string, (number | null)[]> },
  filters: ReportFilters,
  schemeName: string,
): NamedTable {
  const { level, year, rows } = ranking
  const title = `合规得分排名（${levelText(level, zh)}，${year} 年度，${schemeName}）`
  const extra = [{ label: zh.t('compliance.scores.year'), value: String(year) }, schemeItem(schemeName, zh)]
  return {
    table: scoreTable(title, level, rows, trend.byEntity, trend.years, filterLines(filters, extra)),
    fileName: title,
  }
}
