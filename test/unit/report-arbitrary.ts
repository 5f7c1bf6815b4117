/**
 * Random canonical reports for round-trip tests (render → read): both formats, blanks, signed
 * changes, amounts in 元 and 万元, narratives; the hints a reader is given for them; and the
 * comparison of a report read back with the one rendered.
 */
import fc from 'fast-check'
import { expect } from 'vitest'
import { cellsFor, setCell, type CellDef } from '../../src/domain/cells'
import { SECTION_KEYS, type CellKind, type TemplateId } from '../../src/domain/model'
import { canonicalReport, emptyReport, inferOfficeKind } from '../../src/domain/report'
import type { Narrative, Report } from '../../src/domain/types'

const OFFICES = ['某区司法局', '某县人民政府', '某市生态环境局', '区国动办']
const LINES = [
  '2023年，本机关持续推进政务公开。',
  '一是公开不够及时；二是解读形式单一。',
  '（一）主动公开。全年公开信息312条。',
  '无。',
  '本年度未收取信息处理费。',
]

const valueOf = (kind: CellKind): fc.Arbitrary<number | null> => {
  if (kind === 'signed') return fc.option(fc.integer({ min: -500, max: 500 }), { nil: null })
  if (kind === 'amount')
    return fc.option(
      fc.oneof(
        fc.nat(100_000),
        fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100),
      ),
      { nil: null },
    )
  return fc.option(fc.nat(2000), { nil: null })
}
const narrativeText = fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 3 }).map((l) => l.join('\n'))
const narrative: fc.Arbitrary<Narrative | undefined> = fc.option(
  fc.record({ overview: narrativeText, problems: narrativeText, other: narrativeText }, { requiredKeys: [] }),
  { nil: undefined },
)

export function reportArb(template: TemplateId): fc.Arbitrary<Report> {
  const cells = cellsFor(template).filter((c): c is CellDef & { kind: CellKind } => c.kind !== 'text')
  return fc
    .record({
      office: fc.constantFrom(...OFFICES),
      region: fc.option(fc.constantFrom('某区', '某县'), { nil: null }),
      year: fc.integer({ min: 2015, max: 2030 }),
      publishedAt: fc.option(
        fc.date({ min: new Date('2016-01-01'), max: new Date('2031-12-31'), noInvalidDate: true }),
        { nil: null },
      ),
      values: fc.tuple(...cells.map((c) => valueOf(c.kind))),
      // 2019 format: the procurement amount as printed in 元, in cents.
      yuanCents: fc.option(fc.integer({ min: 0, max: 10_000_000_000 }), { nil: null }),
      narrative,
    })
    .map((r) => {
      const report = emptyReport({
        office: r.office,
        region: r.region,
        officeKind: inferOfficeKind(r.office),
        year: r.year,
        template,
        publishedAt: r.publishedAt ? r.publishedAt.toISOString().slice(0, 10) : null,
      })
      cells.forEach((c, i) => setCell(report, c, r.values[i]))
      if (template === '2019' && r.yuanCents !== null) {
        report.proactive.procurement.amountWanYuan = r.yuanCents / 1_000_000
        report.proactive.procurement.amountText = `${(r.yuanCents / 100).toFixed(2)}元`
      }
      if (r.narrative && Object.keys(r.narrative).length > 0) report.narrative = r.narrative
      return canonicalReport(report)
    })
}

export const anyReport = fc.oneof(reportArb('2019'), reportArb('2021'))

/** The report read back, its tables and narrative compared whole; the six parts, all rendered, found. */
export function expectSameReport(back: Report, report: Report): void {
  const { sections, ...rest } = back
  expect(rest).toEqual(report)
  expect(Object.keys(sections ?? {})).toEqual(SECTION_KEYS)
  expect(sections?.requests).toBeGreaterThan(0)
  for (const [key, part] of [
    ['overview', 'overview'],
    ['problems', 'problems'],
    ['other', 'other'],
  ] as const)
    expect(sections?.[key] === 0, key).toBe(report.narrative?.[part] === undefined)
}
export const hintsOf = (r: Report) => ({ office: r.office, region: r.region ?? undefined, year: r.year })
