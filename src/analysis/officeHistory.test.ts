import { describe, expect, it } from 'vitest'
import { toRecords } from '../domain/rules/testReport'
import { consistentReport, withCells } from '../domain/rules/testReport'
import { officeHistory } from './officeHistory'

const report = (year: number, cells: Record<string, number | null> = {}) =>
  withCells(consistentReport({ office: '某区教育局', year }), cells)

describe('officeHistory', () => {
  const history = officeHistory(
    toRecords([
      report(2024, { 'requests.received.total': 18, 'requests.carriedForward.total': 0 }),
      report(2021, { 'requests.received.total': 7 }),
      report(2022),
    ]),
  )

  it('lists the years ascending with the main figures of each report', () => {
    expect(history.office).toBe('某区教育局')
    expect(history.years).toEqual([2021, 2022, 2024])
    const y2022 = history.rows[1].figures
    expect(y2022.volume.value).toBe(12)
    expect(y2022.handled.value).toBe(12)
    expect(y2022.disclosureRate.value).toBeCloseTo(8 / 12, 10)
    expect(y2022.backlog.value).toBe(1)
    expect(y2022.disputeCount.value).toBe(4)
    expect(y2022.correctionRate.value).toBeCloseTo(2 / 3, 10)
  })

  it('gives the change against the year before, absolute and relative', () => {
    const volume = history.rows[1].figures.volume
    expect(volume).toMatchObject({ previous: 7, change: 5 })
    expect(volume.changePct).toBeCloseTo(5 / 7, 10)
  })

  it('leaves the change blank after a gap year or from zero', () => {
    expect(history.rows[0].figures.volume).toMatchObject({ previous: null, change: null, changePct: null })
    expect(history.rows[2].figures.volume).toMatchObject({ value: 18, previous: null, change: null })
    const fromZero = officeHistory(
      toRecords([
        report(2023, { 'requests.carriedForward.total': 0 }),
        report(2024, { 'requests.carriedForward.total': 3 }),
      ]),
    )
    expect(fromZero.rows[1].figures.backlog).toMatchObject({ previous: 0, change: 3, changePct: null })
  })

  it('keeps blank figures blank, not 0', () => {
    const h = officeHistory(toRecords([report(2023), report(2024, { 'requests.total.total': null })]))
    expect(h.rows[1].figures.disclosureRate).toMatchObject({ value: null, change: null })
    expect(h.rows[1].figures.handled.value).toBeNull()
  })
})
