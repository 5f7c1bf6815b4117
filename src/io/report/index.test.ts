import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { withReport } from '../../../test/unit/sample-reports'
import { parseReportDocument, renderReportHtml, renderReportText } from './index'

const FIXTURE = new URL('../../../../shared/fixtures/report-2024-district-office.txt', import.meta.url)
const fixture = readFileSync(FIXTURE)

/** A GB2312 page (title 区国动办) with no report in it. */
function gbkPage(): Uint8Array {
  const title = [0xc7, 0xf8, 0xb9, 0xfa, 0xb6, 0xaf, 0xb0, 0xec]
  const head = new TextEncoder().encode('<html><head><meta charset="gb2312"><title>')
  const rest = new TextEncoder().encode('</title></head><body><p>…</p></body></html>')
  return new Uint8Array([...head, ...title, ...rest])
}

describe('parseReportDocument', () => {
  it('reads a report text file and says it was one', async () => {
    const { report, format } = withReport(
      await parseReportDocument({ fileName: '国动办年报.txt', bytes: new Uint8Array(fixture) }, { office: '区国动办' }),
    )
    expect(format).toBe('report-text')
    expect(report).toMatchObject({ office: '区国动办', year: 2024, template: '2021' })
  })

  it('tells HTML from text by extension, or by content when the extension says nothing', async () => {
    const { report } = withReport(
      await parseReportDocument({ fileName: '国动办年报.txt', bytes: new Uint8Array(fixture) }, { office: '区国动办' }),
    )
    const html = new TextEncoder().encode(renderReportHtml(report))
    expect(
      withReport(await parseReportDocument({ fileName: 'a.htm', bytes: html }, { office: '区国动办' })).format,
    ).toBe('report-html')
    expect(
      withReport(await parseReportDocument({ fileName: 'download', bytes: html }, { office: '区国动办' })).format,
    ).toBe('report-html')
    const md = new TextEncoder().encode(renderReportText(report, 'markdown'))
    const parsed = withReport(await parseReportDocument({ fileName: 'a.md', bytes: md }, { office: '区国动办' }))
    expect(parsed.format).toBe('report-text')
    // The tables and narrative are the same; the parts' sizes are those of the rendered layout.
    const { sections: _a, ...back } = parsed.report
    const { sections: _b, ...original } = report
    expect(back).toEqual(original)
    expect(Object.keys(parsed.report.sections ?? {})).toHaveLength(6)
  })

  it('names the file when a page has no report in it', async () => {
    await expect(parseReportDocument({ fileName: 'empty.html', bytes: gbkPage() }, {})).rejects.toMatchObject({
      file: 'empty.html',
      message: expect.stringMatching(/^未识别出年报表格/),
    })
  })
})
