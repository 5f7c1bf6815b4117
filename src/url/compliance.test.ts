import { describe, expect, it } from 'vitest'
import { paramsFromQuery, paramsToQuery } from './compliance'

describe('compliance view state in the URL', () => {
  it('reads every parameter and falls back to defaults for unknown values', () => {
    expect(
      paramsFromQuery({
        tab: 'findings',
        rule: 'balance',
        sev: 'error',
        office: '甲局',
        page: '3',
        na: 'deadline',
        status: 'missing',
        anom: '1',
        print: '1',
        level: 'region',
        ryear: '2023',
      }),
    ).toEqual({
      tab: 'findings',
      rule: 'balance',
      severity: 'error',
      office: '甲局',
      sort: null,
      page: 3,
      level: 'region',
      rankYear: 2023,
      notAssessable: 'deadline',
      status: 'missing',
      anomalies: true,
      print: true,
    })
    expect(paramsFromQuery({ tab: 'bogus', sev: 'fatal', page: '-2', status: 'weird' })).toMatchObject({
      tab: 'matrix',
      severity: null,
      page: 1,
      status: null,
    })
  })

  it('writes a patch, leaving defaults out so links stay short', () => {
    expect(paramsToQuery({ tab: 'matrix', page: 1, rule: null, anomalies: false, level: 'office' })).toEqual({
      tab: undefined,
      page: undefined,
      rule: undefined,
      anom: undefined,
      level: undefined,
    })
    expect(paramsToQuery({ tab: 'rectify', office: '甲局', print: true, page: 2 })).toEqual({
      tab: 'rectify',
      office: '甲局',
      print: '1',
      page: '2',
    })
  })
})
