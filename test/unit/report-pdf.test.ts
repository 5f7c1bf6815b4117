/**
 * PDF reports read back exactly: parse(pdf(render(report))) is the report. Two makers of PDFs:
 * drawReportPdf draws the national tables as Word and WPS export them (text per line or per
 * glyph, borders as thin rectangles or stroked lines, a font that needs PDF.js's CMaps), fast
 * enough for a property test; Chromium prints the board's own HTML rendering in the layouts of
 * test/pdf/print-pdf.ts. The hostile corpus covers scans, encryption and damage.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { InputError } from '../../src/domain/errors'
import { checkReport } from '../../src/domain/rules'
import { emptyReport } from '../../src/domain/report'
import { parseReportDocument } from '../../src/io/report/index'
import { drawProsePdf, drawReportPdf, drawReportsPdf, type DrawOptions } from '../pdf/draw-report'
import { PRINT_LAYOUTS, printReportPdfs, type PrintJob, type PrintLayout } from '../pdf/print-pdf'
import { anyReport, expectSameReport, hintsOf } from './report-arbitrary'
import { fixtureReport, sampleReports, withReport } from './sample-reports'

const read = async (bytes: Uint8Array, hints = {}, fileName = 'report.pdf') =>
  withReport(await parseReportDocument({ fileName, bytes }, hints))

const drawOptions: fc.Arbitrary<DrawOptions> = fc.record({
  borders: fc.constantFrom('stroke' as const, 'fill' as const),
  runs: fc.constantFrom('line' as const, 'glyph' as const),
  valign: fc.constantFrom('top' as const, 'middle' as const, 'bottom' as const),
  // Narrow label columns wrap the long labels onto two or three lines; the first stays one or two characters wide.
  labelColumns: fc.tuple(fc.constantFrom(1.6, 2.4), fc.constantFrom(4, 5.5), fc.constantFrom(7, 10, 14)),
  valueColumn: fc.constantFrom(2.3, 3.2),
  disputes: fc.constantFrom('national' as const, 'groups' as const),
  // A short page breaks table 三 (and some of its rows' spans) across pages.
  bodyHeight: fc.constantFrom(400, 697),
})

describe('PDF as Word and WPS export it', () => {
  it('reads random reports of both formats exactly, in every layout', async () => {
    await fc.assert(
      fc.asyncProperty(anyReport, drawOptions, async (report, options) => {
        const { report: back, findings, format } = await read(drawReportPdf(report, options), hintsOf(report))
        expect(format).toBe('report-pdf')
        expectSameReport(back, report)
        expect(findings).toEqual([])
      }),
      { numRuns: 20 },
    )
  }, 180_000)

  it('reads amounts such as 7730.28 and a table 四 that does not add up as printed; the rules flag the sum', async () => {
    const report = fixtureReport()
    report.proactive.fees.amountWanYuan = 7730.28
    report.review = { upheld: 1, corrected: 1, other: 0, pending: 0, total: 3 }
    const { report: back, findings } = await read(drawReportPdf(report), { office: report.office })
    expect(back.proactive.fees.amountWanYuan).toBe(7730.28)
    expect(back.review).toEqual(report.review)
    expect(findings).toEqual([])
    expect(checkReport(back).findings.map((f) => f.rule)).toContain('review-sum')
  })

  it('forgives typos and dropped characters in labels, as in text reports', async () => {
    const typos: Record<string, string> = {
      '2.其他法律行政法规禁止公开': '2.其它法律行政法规禁止公开',
      '5.属于三类内部事务信息': '5.属于三类内部事物信息',
      '1.本机关不掌握相关政府信息': '1.本机关不掌握相关政府信',
    }
    const report = fixtureReport()
    const { report: back } = await read(drawReportPdf(report, { relabel: (t) => typos[t] ?? t }), {
      office: report.office,
    })
    expectSameReport(back, report)
  })

  it('reads a 2021-format report printing （六）其他处理 as one row into 3.其他, the two other rows blank, and says so', async () => {
    const report = fixtureReport()
    const other = {
      natural: 2,
      business: 0,
      research: 0,
      nonprofit: 0,
      legal: 0,
      otherOrg: 0,
      total: 2,
    }
    report.requests.otherHandling = { ...report.requests.otherHandling, other }
    const { report: back, findings } = await read(drawReportPdf(report, { requestsLayout: '2019' }), {
      office: report.office,
    })
    expect(back.template).toBe('2021')
    expect(back.requests.otherHandling?.other).toEqual(other)
    expect(back.requests.otherHandling?.overdueCorrection?.natural).toBeNull()
    expect(back.requests.otherHandling?.overdueFee?.total).toBeNull()
    expect(findings).toEqual([expect.objectContaining({ rule: 'parse-incomplete', field: 'requests.otherHandling' })])
    expect(findings[0].message).toContain('（六）其他处理')
  })

  it('refuses a PDF holding two reports, and one that is no report, naming the file', async () => {
    const [a, b] = sampleReports()
    await expect(read(drawReportsPdf([a, b]), {}, '合订本.pdf')).rejects.toMatchObject({
      file: '合订本.pdf',
      message: expect.stringContaining('文件中包含两份报告'),
    })
    const notice = drawProsePdf(['关于开展2024年政务公开培训的通知', '各科室：定于3月5日举办政务公开业务培训。'])
    const error = await read(notice, {}, '通知.pdf').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).message).toMatch(/^未识别出年报表格.*（PDF 中没有可识别的年报表格）$/)
  })

  it('reads a table printed without borders by where its figures stand, blank cells in table 三 included', async () => {
    const full = fixtureReport()
    expectSameReport((await read(drawReportPdf(full, { borders: 'none' }), { office: full.office })).report, full)
    // Rows with blank cells: each figure still lands in its column, not one column to the left.
    const sparse = fixtureReport()
    sparse.requests.received = {
      natural: 7,
      business: null,
      research: null,
      nonprofit: 3,
      legal: null,
      otherOrg: null,
      total: 10,
    }
    sparse.requests.granted = {
      natural: null,
      business: null,
      research: null,
      nonprofit: 3,
      legal: null,
      otherOrg: null,
      total: 3,
    }
    const { report } = await read(drawReportPdf(sparse, { borders: 'none' }), { office: sparse.office })
    expect(report.requests).toEqual(sparse.requests)
  })

  it('takes a PDF downloaded without its extension for the PDF it is', async () => {
    const report = emptyReport({ office: '某县司法局', year: 2020, template: '2019' })
    const { report: back, format } = await read(drawReportPdf(report), hintsOf(report), 'attachment')
    expect(format).toBe('report-pdf')
    expectSameReport(back, report)
  })
})

describe('PDF printed by Chromium from the board’s HTML rendering', () => {
  const reports = sampleReports()
  // Every layout, each with two of the sample reports (both formats, blanks, a narrative, 元 amounts).
  // Borderless: the fixture (every cell filled); blank cells without borders are the drawn test's.
  const jobs = PRINT_LAYOUTS.flatMap((layout, i): PrintJob[] =>
    layout === 'borderless'
      ? [{ layout, report: reports[0] }]
      : [
          { layout, report: reports[i % reports.length] },
          { layout, report: reports[(i + 2) % reports.length] },
        ],
  )
  let pdfs: Uint8Array[] = []
  beforeAll(async () => {
    pdfs = await printReportPdfs(jobs)
  }, 120_000)

  it.each(jobs.map((job, i) => [job.layout, job.report.office, i] as [PrintLayout, string, number]))(
    '%s: %s',
    async (_layout, _office, i) => {
      const { report } = jobs[i]
      const { report: back, findings } = await read(pdfs[i], hintsOf(report))
      expectSameReport(back, report)
      expect(findings).toEqual([])
    },
    30_000,
  )
})
