import { reportColumns } from './columns'
import { describe, expect, it } from 'vitest'
import { consistentReport, toRecords, withCells } from '../domain/rules/testReport'
import { matchDistricts } from './districtMap'
import { NO_REGION, rankEntities, indexFindings } from './ranking'
import { DEFAULT_SCHEME } from '../domain/scheme'

const report = (office: string, region: string | null, received: number) =>
  withCells(consistentReport({ office, region, year: 2024 }), { 'requests.received.total': received })

describe('matchDistricts', () => {
  const records = toRecords([
    report('甲局', '东城区', 10),
    report('乙局', '东城区', 5),
    report('丙局', '西湖区', 7),
    report('丁局', '市本级', 3),
    report('戊局', null, 1),
  ])
  const rows = rankEntities(
    reportColumns(records),
    indexFindings({ findings: [], notAssessable: [] }, DEFAULT_SCHEME),
    {
      level: 'region',
      metric: 'volume',
      year: 2024,
      order: 'desc',
      minVolume: 0,
    },
  )

  it('gives each area its region’s value and rank, names matched with spaces ignored', () => {
    const m = matchDistricts(['东城 区', '西湖区', '江州新区'], ['东城区', '西湖区', '市本级', NO_REGION], rows)
    expect(m.values).toEqual([
      { name: '东城 区', value: 15, rank: 1 },
      { name: '西湖区', value: 7, rank: 2 },
      { name: '江州新区', value: null, rank: null },
    ])
    // Both ways: a region the map lacks, an area the data lacks; "no region" is neither.
    expect(m.missingFromMap).toEqual(['市本级'])
    expect(m.notInData).toEqual(['江州新区'])
  })

  it('does not call a region filtered out of the figures missing', () => {
    const east = rows.filter((r) => r.entity === '东城区')
    const m = matchDistricts(['东城区', '西湖区'], ['东城区', '西湖区'], east)
    expect(m.values.map((v) => v.value)).toEqual([15, null])
    expect(m.missingFromMap).toEqual([])
    expect(m.notInData).toEqual([])
  })
})
