import { describe, expect, it } from 'vitest'
import { toRecords } from '../domain/rules/testReport'
import { cellsFor, setCell } from '../domain/cells'
import { emptyReport } from '../domain/report'
import { RULES } from '../domain/rules'
import { consistentReport, withCells } from '../domain/rules/testReport'
import type { Report } from '../domain/types'
import { ANOMALY_RULES, anomaliesOfPair, checkAnomalies } from './anomalies'

function report(year: number, cells: Record<string, number | null> = {}, office = '某区教育局'): Report {
  return withCells(consistentReport({ office, year }), cells)
}
/** Received and handled set together; granted + partially granted = `disclosed`. */
function volume(received: number, disclosed = Math.round(received / 2)) {
  return {
    'requests.received.total': received,
    'requests.total.total': received,
    'requests.granted.total': disclosed,
    'requests.partiallyGranted.total': 0,
  }
}
const rules = (reports: Report[]) => checkAnomalies(toRecords(reports)).map((f) => `${f.office}/${f.year}/${f.rule}`)

describe('checkAnomalies', () => {
  it('warns when the volume grows or falls fivefold, naming both years', () => {
    const up = checkAnomalies(toRecords([report(2023, volume(40)), report(2024, volume(400))]))
    const f = up.find((x) => x.rule === 'yoy-volume')!
    expect(f).toMatchObject({
      severity: 'warning',
      office: '某区教育局',
      year: 2024,
      expected: 40,
      actual: 400,
      cells: ['requests.received.total'],
    })
    expect(f.message).toContain('本年新收政府信息公开申请 400 件，2023 年度为 40 件，是上一年度的 10 倍')
    const down = checkAnomalies(toRecords([report(2023, volume(100)), report(2024, volume(20))])).find(
      (x) => x.rule === 'yoy-volume',
    )!
    expect(down.message).toContain('仅为上一年度的 1/5')
  })

  it('does not warn on small offices or ordinary changes', () => {
    expect(rules([report(2023, volume(2)), report(2024, volume(15))])).toEqual([]) // ×7.5 but tiny
    expect(rules([report(2023, volume(40)), report(2024, volume(150))])).toEqual([]) // ×3.75
    expect(rules([report(2022, volume(40)), report(2024, volume(400))])).toEqual([]) // 2023 missing: no pair
  })

  it('warns when tables 三 and 四 repeat last year cell for cell', () => {
    const findings = checkAnomalies(toRecords([report(2023), report(2024)]))
    expect(findings.map((f) => f.rule)).toEqual(['yoy-identical'])
    expect(findings[0].message).toContain('与 2023 年度报告完全相同')
    expect(findings[0].message).toContain('新收申请 12 件')
  })

  it('does not call two empty or all-zero reports a copy, nor one changed cell', () => {
    const zero = (year: number) => {
      const r = emptyReport({ office: '某区档案馆', year, template: '2021' })
      for (const c of cellsFor('2021')) if (c.kind !== 'text') setCell(r, c, 0)
      return r
    }
    expect(rules([zero(2023), zero(2024)])).toEqual([])
    const blank = (year: number) => emptyReport({ office: '某区档案馆', year, template: '2021' })
    expect(rules([blank(2023), blank(2024)])).toEqual([])
    expect(rules([report(2023), report(2024, { 'review.upheld': 2, 'review.total': 4 })])).toEqual([])
  })

  it('warns when the disclosure rate moves more than 50 points, with both rates', () => {
    const f = checkAnomalies(toRecords([report(2023, volume(40, 36)), report(2024, volume(40, 8))]))
    expect(f.map((x) => x.rule)).toEqual(['yoy-disclosure'])
    expect(f[0]).toMatchObject({ expected: '90.0%', actual: '20.0%', year: 2024 })
    expect(f[0].message).toContain(
      '由 2023 年度的 90.0%（办理 40 件）降至本年的 20.0%（办理 40 件），变化 70.0 个百分点',
    )
  })

  it('does not judge the disclosure rate on a handful of requests or a 50-point move', () => {
    expect(rules([report(2023, volume(4, 4)), report(2024, volume(4, 0))])).toEqual([])
    expect(rules([report(2023, volume(40, 30)), report(2024, volume(40, 10))])).toEqual([]) // exactly 50 points
  })

  it('judges each office against its own previous year only', () => {
    const reports = [
      report(2023, volume(40), '甲局'),
      report(2024, volume(400), '乙局'),
      report(2024, volume(45), '甲局'),
    ]
    expect(rules(reports)).toEqual([])
  })

  it('lists its rules in the catalogue shape of RULES, without score penalties', () => {
    expect(ANOMALY_RULES.map((r) => r.id)).toEqual(['yoy-volume', 'yoy-identical', 'yoy-disclosure', 'zero-requests'])
    for (const r of ANOMALY_RULES) {
      expect(Object.keys(r).sort()).toEqual(Object.keys(RULES[0]).sort())
      expect(r).toMatchObject({ severity: 'warning', penalty: 0 })
      expect(RULES.some((x) => (x.id as string) === r.id)).toBe(false)
    }
  })
})

describe('anomaliesOfPair', () => {
  it('flags a disclosure rate that rises more than 50 points', () => {
    const [a, b] = toRecords([report(2024, volume(100, 95)), report(2023, volume(100, 5))])
    expect(anomaliesOfPair(a, b).map((f) => f.rule)).toContain('yoy-disclosure')
  })
})
