import { describe, expect, it } from 'vitest'
import { consistentReport, toRecords, withCells } from '../domain/rules/testReport'
import { findingsIndexOf, indexFindings } from './entityFigures'
import { comparePicks } from './comparePicks'
import { newestYear, reportColumns } from './columns'
import { DEFAULT_SCHEME } from '../domain/scheme'

const report = (
  office: string,
  region: string,
  year: number,
  received: number,
  kind: 'department' | 'government' = 'department',
) => withCells(consistentReport({ office, region, year, officeKind: kind }), { 'requests.received.total': received })

const records = reportColumns(
  toRecords([
    report('甲局', '东区', 2024, 50),
    report('乙局', '东区', 2024, 40),
    report('丙局', '东区', 2024, 30),
    report('丁局', '西区', 2024, 20),
    report('戊局', '西区', 2024, 10),
    report('东区人民政府', '东区', 2024, 90, 'government'),
    report('甲局', '东区', 2023, 500),
  ]),
)

describe('comparePicks', () => {
  it('offers the largest of the newest year and the lowest-scoring, at office and region level', () => {
    const findings = indexFindings({
      findings: [{ rule: 'balance', severity: 'error', field: 'requests', message: 'x', office: '丙局', year: 2024 }],
      notAssessable: [],
    })
    const [largest, lowest] = comparePicks(records, findings, 'office')
    expect(largest).toEqual({ kind: 'largest', names: ['东区人民政府', '甲局', '乙局', '丙局'] })
    expect(lowest.kind).toBe('lowestScore')
    expect(lowest.names[0]).toBe('丙局')
    const regions = comparePicks(records, findings, 'region')
    expect(regions[0].names).toEqual(['东区', '西区'])
  })

  it('offers the offices of the same kind and region as the office the user came from, it first', () => {
    const picks = comparePicks(records, findingsIndexOf(DEFAULT_SCHEME), 'office', '丙局')
    expect(picks.find((p) => p.kind === 'sameKind')?.names).toEqual(['丙局', '甲局', '乙局'])
  })

  it('offers nothing without reports', () => {
    const none = reportColumns([])
    expect(comparePicks(none, findingsIndexOf(DEFAULT_SCHEME), 'office')).toEqual([])
    expect(newestYear(none)).toBeNull()
  })
})
