import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { anyReport, expectSameReport, hintsOf } from '../../../test/unit/report-arbitrary'
import { withReport } from '../../../test/unit/sample-reports'
import { cellsFor } from '../../domain/cells'
import { emptyReport } from '../../domain/report'
import { parseReportHtml, parseReportText, renderReportHtml, renderReportText } from './index'

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
