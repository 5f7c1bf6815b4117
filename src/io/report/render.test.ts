import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { withReport } from '../../../test/unit/sample-reports'
import { cellsFor, setCell, type CellDef } from '../../domain/cells'
import { SECTION_KEYS, type CellKind, type TemplateId } from '../../domain/model'
import { canonicalReport, emptyReport, inferOfficeKind } from '../../domain/report'
import type { Narrative, Report } from '../../domain/types'
import { parseReportHtml, parseReportText, renderReportHtml, renderReportText } from './index'

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

function reportArb(template: TemplateId): fc.Arbitrary<Report> {
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

const anyReport = fc.oneof(reportArb('2019'), reportArb('2021'))

/** The report read back, its tables and narrative compared whole; the six parts, all rendered, found. */
function expectSameReport(back: Report, report: Report): void {
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
const hintsOf = (r: Report) => ({ office: r.office, region: r.region ?? undefined, year: r.year })

describe('round trip: parse(render(report)) is the report', () => {
  for (const layout of ['cell-per-line', 'row-per-line', 'markdown'] as const) {
    it(`in the ${layout} text layout, both formats, blanks and inconsistent numbers included`, () => {
      fc.assert(
        fc.property(anyReport, (report) => {
          const { report: back, findings } = withReport(
            parseReportText(renderReportText(report, layout), hintsOf(report)),
          )
          expectSameReport(back, report)
          expect(findings).toEqual([])
        }),
        { numRuns: 50 },
      )
    })
  }

  it('as HTML tables', async () => {
    await fc.assert(
      fc.asyncProperty(anyReport, async (report) => {
        const { report: back, findings } = withReport(await parseReportHtml(renderReportHtml(report), hintsOf(report)))
        expectSameReport(back, report)
        expect(findings).toEqual([])
      }),
      { numRuns: 50 },
    )
  })
})

describe('renderReportHtml', () => {
  const report = emptyReport({ office: '某局<script>alert(1)</script>', year: 2023, template: '2021' })
  report.requests.received = { natural: 1, business: null, research: 0, nonprofit: 0, legal: 0, otherOrg: 0, total: 1 }
  report.narrative = { overview: '“A&B”<b>' }
  const html = renderReportHtml(report)

  it('escapes every text that came from a file', () => {
    expect(html).not.toContain('<script>')
    expect(html).toContain('某局&lt;script&gt;alert(1)&lt;/script&gt;2023年')
    expect(html).toContain('<p>“A&amp;B”&lt;b&gt;</p>')
  })

  it('marks every value cell with its flat key path, blank cells included', () => {
    const numeric = cellsFor('2021').filter((c) => c.kind !== 'text')
    expect(html.match(/data-cell="/g)).toHaveLength(numeric.length)
    expect(html).toContain('<td class="report-value" data-cell="requests.received.natural">1</td>')
    expect(html).toContain('<td class="report-value" data-cell="requests.received.business"></td>')
  })

  it('draws the national layout with spans, and can leave out title and narrative', () => {
    expect(html).toContain('<td class="report-label" rowspan="22">三、本年度办理结果</td>')
    expect(html).toContain('<th class="report-header" colspan="10">行政诉讼</th>')
    const tables = renderReportHtml(report, { tablesOnly: true })
    expect(tables.match(/<table /g)).toHaveLength(3)
    expect(tables).not.toContain('<h1>')
    expect(tables).not.toContain('A&amp;B')
  })
})

describe('renderReportText', () => {
  it('prints the 2019 procurement amount as the report printed it', () => {
    const report = emptyReport({ office: '某县水务局', year: 2020, template: '2019' })
    report.proactive.procurement = { projects: 2, amountWanYuan: 35.6, amountText: '356000元' }
    expect(renderReportText(report, 'row-per-line')).toContain('\n政府集中采购\t2\t356000元\n')
  })
})
