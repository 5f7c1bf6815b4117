import { describe, expect, it } from 'vitest'
import { buildCoverage } from '../analysis/coverage'
import { checkReports } from '../domain/rules'
import { consistentReport } from '../domain/rules/testReport'
import { narrowCoverage } from './useComplianceData'

describe('narrowCoverage', () => {
  it('keeps the chosen rows and recounts each year for them', () => {
    const reports = [
      consistentReport({ office: '甲局', region: '东城区', year: 2022 }),
      consistentReport({ office: '甲局', region: '东城区', year: 2023, publishedAt: '2024-03-01' }),
      consistentReport({ office: '乙局', region: '西湖区', year: 2022 }),
    ]
    const full = buildCoverage(reports, checkReports(reports, { today: '2025-06-01' }), [])
    expect(full.columnCounts[1].missing).toBe(1) // 乙局 2023
    const east = narrowCoverage(full, (r) => r.region === '东城区')
    expect(east.rows.map((r) => r.office)).toEqual(['甲局'])
    expect(east.columnCounts.map((c) => [c.clean, c.late, c.missing])).toEqual([
      [1, 0, 0],
      [0, 1, 0],
    ])
    expect(narrowCoverage(full, () => true)).toBe(full)
  })
})
