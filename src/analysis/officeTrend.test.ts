import { describe, expect, it } from 'vitest'
import { DEFAULT_SCHEME } from '../domain/scheme'
import { findingsIndexOf, type ReportFindings } from './entityFigures'
import { trendScores, trendYears } from './officeTrend'

describe('the years of an office trend', () => {
  it('run from the first report to the newest year in the data, gaps included', () => {
    expect(trendYears([2020, 2022], 2024)).toEqual([2020, 2021, 2022, 2023, 2024])
  })

  it('end at the last report when the data’s newest year is older or unknown', () => {
    expect(trendYears([2020, 2022], 2021)).toEqual([2020, 2021, 2022])
    expect(trendYears([2021], null)).toEqual([2021])
  })

  it('are none without a report', () => {
    expect(trendYears([], 2024)).toEqual([])
  })
})

describe('the scores of an office trend', () => {
  const office = '某区教育局'
  const scored = (year: number, score: number, missing = false): [number, ReportFindings] => [
    year,
    { office, year, findings: [], notAssessable: [], score, deductions: [], missing },
  ]
  const index = findingsIndexOf(DEFAULT_SCHEME, [[office, new Map([scored(2021, 85), scored(2022, 60, true)])]])

  it('take the findings’ score, the base for a clean report, and nothing for a year with neither', () => {
    const scores = trendScores(index, office, [2020, 2021, 2022, 2023], [2020, 2021])
    expect([...scores]).toEqual([
      [2020, DEFAULT_SCHEME.base],
      [2021, 85],
      [2022, 60],
      [2023, null],
    ])
  })

  it('score another office’s years only by its own findings', () => {
    expect([...trendScores(index, '另一局', [2021, 2022], [2021])]).toEqual([
      [2021, DEFAULT_SCHEME.base],
      [2022, null],
    ])
  })
})
