import { describe, expect, it } from 'vitest'
import { checkReports } from '../domain/rules'
import { consistentReport, toRecords, withCells } from '../domain/rules/testReport'
import { entityFigures, entityScore, indexFindings, overallScore } from './entityFigures'

describe('overallScore', () => {
  // 甲局 and 乙局 in 东区, 丙局 in 西区; 乙局's tables do not balance (two errors: −30).
  const reports = [
    consistentReport({ office: '甲局', region: '东区', year: 2023 }),
    withCells(consistentReport({ office: '乙局', region: '东区', year: 2023 }), {
      'requests.received.natural': 12,
      'requests.received.total': 14,
    }),
    consistentReport({ office: '丙局', region: '西区', year: 2023 }),
  ]
  const records = toRecords(reports)
  const findings = indexFindings(checkReports(reports, { today: '2023-06-01' }))

  it('is the mean over offices at both levels, not a mean of region means', () => {
    const offices = entityFigures(records, { level: 'office', findings }).get(2023)
    const regions = entityFigures(records, { level: 'region', findings }).get(2023)
    const byOffice = [...offices!.values()].map((e) => entityScore(e)!)
    const mean = byOffice.reduce((a, b) => a + b, 0) / byOffice.length
    expect(mean).toBeLessThan(100)
    expect(overallScore(offices)).toBeCloseTo(mean)
    expect(overallScore(regions)).toBeCloseTo(mean)
    // The mean of the two region means would weigh 丙局 as much as 甲局 and 乙局 together.
    const regionMeans = [...regions!.values()].map((e) => entityScore(e)!)
    expect(overallScore(regions)).not.toBeCloseTo((regionMeans[0] + regionMeans[1]) / 2)
  })

  it('is null for a year with no figures or no scores', () => {
    expect(overallScore(undefined)).toBeNull()
    expect(overallScore(entityFigures(records, { level: 'office' }).get(2023))).toBeNull()
  })
})
