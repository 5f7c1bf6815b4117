/**
 * Reports used by the io and CLI tests: the fixture (2021 format, every cell filled), a
 * government's 2021 report with blanks and a narrative, a 2019-format report with a negative
 * change and a printed procurement amount, and an all-blank 2019-format report for 2022.
 */
import { readFileSync } from 'node:fs'
import { cellsFor, setCell } from '../../src/domain/cells'
import { recordOf, reportOf, type ReportRecord } from '../../src/domain/record'
import { canonicalReport, emptyReport } from '../../src/domain/report'
import type { Report } from '../../src/domain/types'
import { readJsonReport } from '../../src/io/json-report'

export const FIXTURE_JSON_PATH = new URL(
  '../../../shared/fixtures/report-2024-district-office.expected.json',
  import.meta.url,
)
export const FIXTURE_TEXT_PATH = new URL('../../../shared/fixtures/report-2024-district-office.txt', import.meta.url)

export function fixtureReport(): Report {
  const doc = JSON.parse(readFileSync(FIXTURE_JSON_PATH, 'utf8'))
  const { record } = readJsonReport(doc.reports[0])
  if (!record) throw new Error('fixture does not validate')
  return reportOf(record)
}

export function sampleReports(): Report[] {
  const gov = emptyReport({
    office: '某区人民政府',
    region: '某区',
    year: 2023,
    template: '2021',
    publishedAt: '2024-03-15',
  })
  cellsFor('2021').forEach((cell, i) => {
    if (i % 3 === 0 && cell.kind !== 'text') setCell(gov, cell, cell.kind === 'amount' ? 12.5 : i % 7)
  })
  gov.narrative = { overview: '本年度，区政府……', problems: '一是……' }

  const old = emptyReport({
    office: '某区教育局',
    region: '某区',
    year: 2020,
    template: '2019',
    publishedAt: '2021-01-20',
  })
  cellsFor('2019').forEach((cell, i) => {
    if (cell.kind === 'count') setCell(old, cell, i % 5)
  })
  setCell(
    old,
    cellsFor('2019').find((c) => c.path === 'proactive.licensing.change')!,
    -3,
  )
  setCell(
    old,
    cellsFor('2019').find((c) => c.path === 'proactive.procurement.amountWanYuan')!,
    7380.28959,
  )
  setCell(
    old,
    cellsFor('2019').find((c) => c.path === 'proactive.procurement.amountText')!,
    '73802895.90元',
  )

  const blank2019 = emptyReport({ office: '某区卫生健康委员会', region: null, year: 2022, template: '2019' })
  return [fixtureReport(), canonicalReport(gov), canonicalReport(old), canonicalReport(blank2019)]
}

/** The nested views of what a reader returned (tests compare with nested reports written by hand). */
export function reportsOf(result: { records: readonly ReportRecord[] }): Report[] {
  return result.records.map(reportOf)
}

/** Nested reports as the compact records writers take. */
export function recordsOf(reports: readonly Report[]): ReportRecord[] {
  return reports.map(recordOf)
}

/** The sample reports as the compact records readers and writers pass. */
export function sampleRecords(): ReportRecord[] {
  return sampleReports().map(recordOf)
}

/** A report as CSV can carry it: everything but the narrative. */
export function withoutNarrative(reports: readonly Report[]): Report[] {
  return reports.map(({ narrative: _n, ...r }) => r)
}

/** A document reader's result with the nested view of its record beside it (for comparing with expected JSON). */
export function withReport<T extends { record: ReportRecord }>(result: T): T & { report: Report } {
  return { ...result, report: reportOf(result.record) }
}
