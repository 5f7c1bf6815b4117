/**
 * The compliance view's tables as ExportTables (useExport's downloadTable writes them as CSV or
 * XLSX through src/io/export-table.ts — one writer for the whole app). Exports are written in
 * Chinese whatever the interface language: they go to clerks.
 */
import type { Coverage } from '../analysis/coverage'
import type { ReportFilters } from '../analysis/filters'
import type { RankingRow } from '../analysis/ranking'
import type { RectificationRow } from '../analysis/rectification'
import { messages } from '../i18n/messages'
import type { ExportTable } from '../io/export-table'
import { translator } from '../i18n/translate'
import { describeAllFilters, metricInfo, type FilterItem } from './exportTables'

const zh = messages.zh

/** The global filters (and any page filters) as the XLSX's first sheet states them. */
export function filterLines(f: ReportFilters, extra: FilterItem[] = []): FilterItem[] {
  return [...describeAllFilters(f, translator('zh')), ...extra]
}

/** The score's definition is the metric's (src/domain/metrics.ts), so the two never disagree. */
export const SCORE_NOTE = `${metricInfo('complianceScore').zh}：${metricInfo('complianceScore').definition}。年度异常提示不扣分。`

export function rectificationTable(
  title: string,
  rows: readonly RectificationRow[],
  filters: { label: string; value: string }[],
): ExportTable {
  return {
    title,
    filters,
    notes: ['每行一个问题；“单元格”为报告表格中的栏目名称，“应为/实际”为核对时的数值。'],
    columns: [
      { key: 'office', header: '机关名称', kind: 'text' },
      { key: 'region', header: '所属地区', kind: 'text' },
      { key: 'year', header: '年度', kind: 'text' },
      { key: 'ruleName', header: '问题类型', kind: 'text' },
      { key: 'rule', header: '规则编号', kind: 'text' },
      { key: 'severity', header: '严重程度', kind: 'text' },
      { key: 'cell', header: '单元格', kind: 'text' },
      { key: 'expected', header: '应为', kind: 'text' },
      { key: 'actual', header: '实际', kind: 'text' },
      { key: 'message', header: '问题说明', kind: 'text' },
    ],
    rows: rows.map((r) => ({
      office: r.office,
      region: r.region,
      year: r.year === null ? null : String(r.year),
      ruleName: r.ruleName,
      rule: r.rule,
      severity: r.severity === 'error' ? '错误' : '警告',
      cell: r.cell,
      expected: r.expected === null ? null : String(r.expected),
      actual: r.actual === null ? null : String(r.actual),
      message: r.message,
    })),
  }
}

export function coverageTable(coverage: Coverage, filters: { label: string; value: string }[]): ExportTable {
  const status = (s: string) => zh[`compliance.status.${s}` as keyof typeof zh] ?? s
  return {
    title: '年度报告报送情况（机关 × 年度）',
    filters,
    notes: [
      '每格为该机关该年度报告的状态：未报送、尚未到期、有错误、逾期发布、发布日期未知、仅有警告、无问题；“—”表示该年度不要求报告。',
    ],
    columns: [
      { key: 'office', header: '机关名称', kind: 'text' },
      { key: 'region', header: '所属地区', kind: 'text' },
      ...coverage.years.map((y) => ({ key: `y${y}`, header: `${y} 年度`, kind: 'text' as const })),
    ],
    rows: coverage.rows.map((r) => ({
      office: r.office,
      region: r.region,
      ...Object.fromEntries(
        r.cells.map((c) => [
          `y${c.year}`,
          c.status === 'none' ? null : status(c.status) + (c.late && c.status !== 'late' ? '（逾期）' : ''),
        ]),
      ),
    })),
  }
}

export function scoreTable(
  title: string,
  rows: readonly RankingRow[],
  trend: ReadonlyMap<string, (number | null)[]>,
  years: readonly number[],
  filters: { label: string; value: string }[],
): ExportTable {
  return {
    title,
    filters,
    notes: [SCORE_NOTE, '并列者名次相同（如 1、2、2、4）；地区得分为其所属机关得分的平均值。'],
    columns: [
      { key: 'rank', header: '名次', kind: 'count' },
      { key: 'entity', header: '名称', kind: 'text' },
      { key: 'region', header: '所属地区', kind: 'text' },
      { key: 'value', header: '合规得分', kind: 'number' },
      { key: 'change', header: '较上年', kind: 'number' },
      ...years.map((y) => ({ key: `y${y}`, header: `${y} 年度得分`, kind: 'number' as const })),
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
