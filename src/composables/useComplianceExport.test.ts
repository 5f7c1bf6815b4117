import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildCoverage } from '../analysis/coverage'
import { rectificationRows } from '../analysis/rectification'
import { checkReports } from '../domain/rules'
import { consistentReport } from '../domain/rules/testReport'
import * as score from '../domain/score'
import { coverageTable, filterLines, rectificationTable, SCORE_NOTE } from './useComplianceExport'

describe('compliance exports', () => {
  it('a rectification table has one row per finding, in the clerk’s words', () => {
    const late = consistentReport({ office: '甲局', region: '东城区', year: 2023, publishedAt: '2024-02-10' })
    const rows = rectificationRows(checkReports([late], { today: '2025-01-01' }).findings, {}, () => '东城区')
    const table = rectificationTable(
      '整改清单（甲局）',
      rows,
      filterLines({ years: [2023], regions: ['东城区'], kind: 'department', q: '' }),
    )
    expect(table.rows).toEqual([
      expect.objectContaining({
        office: '甲局',
        region: '东城区',
        year: '2023',
        ruleName: '按时发布',
        rule: 'deadline',
        severity: '错误',
        cell: '发布日期',
        expected: '2024-01-31',
        actual: '2024-02-10',
      }),
    ])
    expect(table.filters).toEqual([
      { label: '年度', value: '2023' },
      { label: '地区', value: '东城区' },
      { label: '机关类型', value: '部门' },
    ])
  })

  it('the coverage table writes each status in Chinese and leaves "not required" blank', () => {
    const reports = [
      consistentReport({ office: '甲局', year: 2022 }),
      consistentReport({ office: '乙局', year: 2023, publishedAt: '2024-03-01' }),
    ]
    const table = coverageTable(buildCoverage(reports, checkReports(reports, { today: '2025-01-01' }), []), [])
    const byOffice = new Map(table.rows.map((r) => [r.office, r]))
    expect(byOffice.get('甲局')).toMatchObject({ y2022: '无问题', y2023: '未报送' })
    expect(byOffice.get('乙局')).toMatchObject({ y2022: null, y2023: '逾期发布' })
  })

  it('the score weights written in exports and in the README are the ones the score uses', () => {
    for (const n of [
      score.ERROR_PENALTY,
      score.WARNING_PENALTY,
      score.ERROR_CAP_PER_RULE,
      score.WARNING_CAP_PER_RULE,
      score.MISSING_REPORT_PENALTY,
      score.NOT_ASSESSABLE_PENALTY,
    ]) {
      expect(SCORE_NOTE).toContain(`${n} 分`)
    }
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    expect(readme).toContain(
      `| each error finding | −${score.ERROR_PENALTY} | −${score.ERROR_CAP_PER_RULE} per rule per report`,
    )
    expect(readme).toContain(
      `| each warning finding | −${score.WARNING_PENALTY} | −${score.WARNING_CAP_PER_RULE} per rule per report |`,
    )
    expect(readme).toContain(`| a missing report (\`missing-report\`) | −${score.MISSING_REPORT_PENALTY} |`)
    expect(readme).toContain(
      `| −${score.NOT_ASSESSABLE_PENALTY} | −${score.NOT_ASSESSABLE_CAP_PER_REPORT} per report |`,
    )
  })
})
