import { describe, expect, it } from 'vitest'
import { recordOf, type ReportRecord } from '../../record'
import { consistentReport, withCells } from '../testReport'
import { checkZeroRequests } from './zero'

const office = (name: string, year: number, received: number, region: string | null = '某区'): ReportRecord =>
  recordOf(withCells(consistentReport({ office: name, year, region }), { 'requests.received.total': received }))

describe('zero-requests (review only)', () => {
  it('lists an office with no new request three years running, from the third year on', () => {
    const found = checkZeroRequests([2020, 2021, 2022, 2023].map((y) => office('某区档案馆', y, 0, null)))
    expect(found.map((f) => f.year)).toEqual([2022, 2023])
    expect(found[1].message).toContain('已连续 4 年（2020–2023 年度）本年新收申请为 0')
    expect(found[0]).toMatchObject({ rule: 'zero-requests', severity: 'warning', cells: ['requests.received.total'] })
  })

  it('does not count across a gap year or a year with requests', () => {
    expect(checkZeroRequests([2020, 2022, 2023].map((y) => office('甲局', y, 0, null)))).toEqual([])
    expect(
      checkZeroRequests([office('甲局', 2020, 0, null), office('甲局', 2021, 3, null), office('甲局', 2022, 0, null)]),
    ).toEqual([])
  })

  it('lists a 0 where the region’s offices of the same kind receive many, with their median', () => {
    const peers = [30, 12, 18, 25, 40].map((n, i) => office(`局${i}`, 2024, n))
    const [f] = checkZeroRequests([...peers, office('某区审计局', 2024, 0)])
    expect(f.office).toBe('某区审计局')
    expect(f.expected).toBe(25)
    expect(f.message).toContain('某区其他 5 个部门同年新收申请的中位数为 25 件，本机关为 0')
  })

  it('leaves a 0 alone among quiet peers, with too few peers, or without a region', () => {
    const quiet = [3, 0, 1, 2, 5].map((n, i) => office(`局${i}`, 2024, n))
    expect(
      checkZeroRequests([...quiet, office('某区审计局', 2024, 0)]).filter((f) => f.office === '某区审计局'),
    ).toEqual([])
    const few = [30, 40, 50].map((n, i) => office(`局${i}`, 2024, n))
    expect(checkZeroRequests([...few, office('某区审计局', 2024, 0)])).toEqual([])
    const busy = [30, 12, 18, 25, 40].map((n, i) => office(`局${i}`, 2024, n, null))
    expect(checkZeroRequests([...busy, office('某区审计局', 2024, 0, null)])).toEqual([])
  })
})
