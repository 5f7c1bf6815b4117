import { describe, expect, it } from 'vitest'
import { compareEntities } from '../analysis/compare'
import { indexFindings, rankEntities } from '../analysis/ranking'
import { reportColumns } from '../analysis/columns'
import { officeHistory } from '../analysis/officeHistory'
import { consistentReport, toRecords, withCells } from '../domain/rules/testReport'
import { recordOf } from '../domain/record'
import type { Report } from '../domain/types'
import { tableToCsv } from '../io/export-table'
import { compareExport, historyExport, rankingExport, reportsExport } from './analysisTables'
import { translator } from '../i18n/translate'

const zh = translator('zh')
const NONE = indexFindings({ findings: [], notAssessable: [] })

function withRate(office: string, region: string, year: number, granted: number, handled: number): Report {
  return withCells(consistentReport({ office, region, year }), {
    'requests.received.total': handled,
    'requests.granted.total': granted,
    'requests.partiallyGranted.total': 0,
    'requests.total.total': handled,
  })
}

const reports = [
  withRate('甲局', '东区', 2024, 20, 20),
  withRate('=HYPERLINK("x")', '东区', 2024, 10, 20),
  withRate('乙局', '西区', 2024, 10, 20),
  withRate('小局', '西区', 2024, 2, 2),
  withRate('甲局', '东区', 2023, 10, 20),
]
const context = {
  level: 'office' as const,
  metric: 'disclosureRate' as const,
  year: 2024,
  order: 'desc' as const,
  minVolume: 10,
  filters: { kind: 'department' as const },
  scheme: '市政务公开办2025年考核',
}

describe('rankingExport', () => {
  const rows = rankEntities(reportColumns(toRecords(reports)), NONE, context)
  const table = rankingExport(rows, context, zh)

  it('states the title, the settings and the metric definition for the filter sheet', () => {
    expect(table.title).toBe('2024 年各机关公开率排名')
    expect(table.filters).toEqual(
      expect.arrayContaining([
        { label: '对象', value: '机关' },
        { label: '指标', value: '公开率' },
        { label: '最低申请量', value: '10' },
        { label: '评分方案', value: '市政务公开办2025年考核' },
        { label: '机关类型', value: '部门' },
      ]),
    )
    expect(table.notes?.[0]).toMatch(/^公开率：/)
  })

  it('writes ties with the same rank, the unranked row with its reason, and neutralises formula names in CSV', () => {
    expect(table.rows.map((r) => [r.entity, r.rank])).toEqual([
      ['甲局', 1],
      ['=HYPERLINK("x")', 2],
      ['乙局', 2],
      ['小局', null],
    ])
    expect(table.rows[3].note).toBe('新收申请不足 10 件，不排名')
    expect(table.rows[0]).toMatchObject({ previousValue: 0.5, valueChange: 0.5, previousRank: 1 })
    const csv = tableToCsv(table)
    expect(csv.startsWith('\ufeff名次,机关,所属地区,公开率（%）,新收申请')).toBe(true)
    expect(csv).toContain(`2,"'=HYPERLINK(""x"")",东区,50,20`)
    expect(csv).toContain('\r\n,小局,西区,100,2,')
  })
})

describe('compareExport', () => {
  it('has one row per entity, a column per metric, and names the best and worst in the notes', () => {
    const cmp = compareEntities(reportColumns(toRecords(reports)), {
      level: 'region',
      names: ['东区', '西区'],
      year: 2024,
    })
    const table = compareExport(cmp, { level: 'region', filters: {}, scheme: '默认评分方案（百分制）' }, zh)
    expect(table.filters).toContainEqual({ label: '评分方案', value: '默认评分方案（百分制）' })
    expect(table.rows.map((r) => r.name)).toEqual(['东区', '西区'])
    expect(table.columns.find((c) => c.key === 'disclosureRate')).toEqual({
      key: 'disclosureRate',
      header: '公开率',
      kind: 'rate',
    })
    expect(table.rows[0].disclosureRate).toBeCloseTo(0.75)
    expect(table.rows[1].disclosureRate).toBeCloseTo(12 / 22)
    expect(table.notes).toContain('公开率：最优 东区，最差 西区')
  })
})

describe('historyExport and reportsExport', () => {
  it('writes an office’s years with each figure and its change', () => {
    const table = historyExport(officeHistory(toRecords(reports.filter((r) => r.office === '甲局'))), zh)
    expect(table.rows.map((r) => r.year)).toEqual(['2023', '2024'])
    expect(table.rows[1]).toMatchObject({ disclosureRate: 1, 'disclosureRate.change': 0.5 })
  })

  it('writes the reports as the wide table with Chinese headers and the year as a number', () => {
    const table = reportsExport(reports.slice(0, 1).map(recordOf), '报告数据', [])
    expect(table.columns.slice(0, 4).map((c) => c.header)).toEqual(['机关名称', '所属地区', '机关类型', '年度'])
    expect(table.rows[0]).toMatchObject({
      office: '甲局',
      officeKind: '部门',
      year: 2024,
      'requests.granted.total': 20,
    })
    expect(table.columns.find((c) => c.key === 'requests.granted.total')?.header).toBe('予以公开-总计')
  })
})
