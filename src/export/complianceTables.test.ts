import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildCoverage } from '../analysis/coverage'
import { rectificationRows } from '../analysis/rectification'
import { checkReports } from '../domain/rules'
import { consistentReport } from '../domain/rules/testReport'
import * as score from '../domain/score'
import {
  coverageExport,
  coverageTable,
  filterLines,
  findingsExport,
  rectificationExport,
  rectificationTable,
  SCORE_NOTE,
  scoresExport,
} from './complianceTables'

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

describe('the compliance tabs’ exports', () => {
  const late = consistentReport({ office: '甲局', region: '东城区', year: 2023, publishedAt: '2024-02-10' })
  const rows = rectificationRows(checkReports([late], { today: '2025-01-01' }).findings, {}, () => '东城区')
  const noFilters = { years: [], regions: [], kind: null, q: '' }

  it('head the findings columns with the model’s and the screen’s words', () => {
    const { table, fileName } = findingsExport(rows, { rule: 'deadline', severity: 'error', office: '甲局' }, noFilters)
    expect(fileName).toBe('合规检查问题清单')
    const headers = table.columns.map((c) => c.header).join(' ')
    expect(headers).toBe('机关名称 所属地区 年度 问题类型 规则编号 严重程度 单元格 应为 实际 问题说明')
    expect(table.filters).toEqual([
      { label: '问题类型', value: 'deadline' },
      { label: '严重程度', value: '错误' },
      { label: '机关', value: '甲局' },
    ])
  })

  it('name the rectification list after its scope and say whether anomalies are in it', () => {
    const one = rectificationExport(rows, '甲局', { office: '甲局', anomalies: false }, noFilters)
    expect(one.fileName).toBe('整改清单-甲局')
    expect(one.table.title).toBe('整改清单（甲局）')
    expect(one.table.filters).toContainEqual({ label: '年度异常提示', value: '不包括' })
    const all = rectificationExport(rows, null, { office: null, anomalies: true }, noFilters)
    expect(all.fileName).toBe('整改清单-全部机关')
    expect(all.table.filters).toEqual([{ label: '年度异常提示', value: '包括（仅供核实，不计入得分）' }])
  })

  it('state the coverage status picked and head each year as the model names it', () => {
    const coverage = buildCoverage([late], checkReports([late], { today: '2025-01-01' }), [])
    const { table, fileName } = coverageExport(coverage, 'late', { ...noFilters, years: [2023] })
    expect(fileName).toBe('年报报送情况')
    expect(table.columns.map((c) => c.header)).toEqual(['机关名称', '所属地区', '2023 年度'])
    expect(table.filters).toEqual([
      { label: '年度', value: '2023' },
      { label: '只看', value: '逾期发布' },
    ])
  })

  it('title the score ranking by level and year, and head its columns by level and year', () => {
    const row = {
      rank: 1,
      entity: '东城区',
      region: null,
      value: 87.25,
      volume: 12,
      previousValue: null,
      previousRank: null,
      rankChange: null,
      valueChange: -2.5,
      belowThreshold: false,
      reason: null,
      reports: 3,
    }
    const trend = { years: [2022, 2023], byEntity: new Map([['东城区', [89.75, 87.25]]]) }
    const { table, fileName } = scoresExport({ level: 'region', year: 2023, rows: [row] }, trend, noFilters, '十分制')
    expect(fileName).toBe('合规得分排名（地区，2023 年度，十分制）')
    const headers = table.columns.map((c) => c.header).join(' | ')
    expect(headers).toBe('名次 | 地区 | 所属地区 | 合规得分 | 较上年 | 2022 年度得分 | 2023 年度得分')
    expect(table.rows[0]).toMatchObject({ rank: 1, value: 87.3, change: -2.5, y2022: 89.75, y2023: 87.25 })
    expect(table.filters).toEqual([
      { label: '排名年度', value: '2023' },
      { label: '评分方案', value: '十分制' },
    ])
  })
})
