import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { withReport } from '../../../test/unit/sample-reports'
import { parseReportText } from './index'
import { inputErrorOf } from '../../../test/unit/input-error'

const FIXTURE = new URL('../../../../shared/fixtures/', import.meta.url)
const fixtureText = readFileSync(new URL('report-2024-district-office.txt', FIXTURE), 'utf8')
const fixtureExpected = JSON.parse(readFileSync(new URL('report-2024-district-office.expected.json', FIXTURE), 'utf8'))

const errorOf = inputErrorOf

describe('parseReportText on the published fixture', () => {
  it('reads every table exactly as the expected canonical report, with no findings', () => {
    const { report, findings } = withReport(parseReportText(fixtureText, { office: '区国动办' }))
    const { narrative: _narrative, sections: _sections, ...tables } = report
    const { findings: _expectedFindings, ...expected } = fixtureExpected.reports[0]
    expect(tables).toEqual(expected)
    expect(findings).toEqual([])
  })

  it('records how much each of the six parts holds, the mis-numbered headings included', () => {
    const { report } = withReport(parseReportText(fixtureText, { office: '区国动办' }))
    expect(Object.keys(report.sections ?? {})).toEqual([
      'overview',
      'proactive',
      'requests',
      'disputes',
      'problems',
      'other',
    ])
    // 六 is one sentence of about 80 characters: the signature and the blank lines after it do not count.
    expect(report.sections?.other).toBeGreaterThan(60)
    expect(report.sections?.other).toBeLessThan(100)
    for (const size of Object.values(report.sections ?? {})) expect(size).toBeGreaterThan(0)
  })

  it('keeps sections 一, 五 and 六 as narrative despite the mis-numbered headings in between', () => {
    const { report } = withReport(parseReportText(fixtureText, { office: '区国动办' }))
    expect(report.narrative?.overview?.split('\n')).toHaveLength(3)
    expect(report.narrative?.overview).toMatch(/^1、强化组织领导。/)
    expect(report.narrative?.overview).not.toContain('主动公开政府信息情况')
    expect(report.narrative?.problems).toMatch(/^存在问题：.*\n改进情况：/)
    expect(report.narrative?.other).toMatch(/^根据《政府信息公开信息处理费管理办法》.*实际收取的总金额为0元。$/)
  })

  it('says exactly what is missing when the document does not name its office', () => {
    const e = errorOf(() => withReport(parseReportText(fixtureText, {}, 'report.txt')))
    expect(e.message).toBe('缺少机关名称（报告中没有写明）；可用 --office 指定')
    expect(e.describe()).toBe('report.txt: 缺少机关名称（报告中没有写明）；可用 --office 指定')
    expect(e.file).toBe('report.txt')
  })

  it('takes the year from the title over a hint, and the office from the hint over the title', () => {
    const titled = fixtureText.replace(
      '2024年政府信息公开工作年度报告',
      '某区国防动员办公室2024年政府信息公开工作年度报告',
    )
    expect(withReport(parseReportText(titled, {})).report.office).toBe('某区国防动员办公室')
    const { report } = withReport(parseReportText(titled, { office: '某区国动办', year: 2023, region: '某区' }))
    expect(report).toMatchObject({ office: '某区国动办', year: 2024, region: '某区', officeKind: 'department' })
  })

  it('uses hints.year when the document states no year, and asks for it otherwise', () => {
    const untitled = fixtureText.replace('2024年政府信息公开工作年度报告', '政府信息公开工作年度报告')
    expect(withReport(parseReportText(untitled, { office: '区国动办', year: 2024 })).report.year).toBe(2024)
    expect(errorOf(() => withReport(parseReportText(untitled, { office: '区国动办' }))).message).toBe(
      '缺少年度（报告中没有写明）；可用 --year 指定',
    )
  })

  it('infers a government from its name and reads the publication date line', () => {
    const text = `某县人民政府2024年政府信息公开工作年度报告\n来源：某县人民政府办公室　时间：2025-03-20 16:05\n${fixtureText}`
    const { report } = withReport(parseReportText(text, {}))
    expect(report).toMatchObject({ office: '某县人民政府', officeKind: 'government', publishedAt: '2025-03-20' })
  })
})

describe('parseReportText refuses what is not one complete report', () => {
  it('refuses a text with no report tables, saying why', () => {
    const e = errorOf(() =>
      withReport(
        parseReportText('关于开展政务公开培训的通知\n各科室：定于3月15日召开培训会。', { office: 'X', year: 2024 }),
      ),
    )
    expect(e.message).toMatch(/^未识别出年报表格/)
  })

  it('names the rows of table 三 that a truncated text lacks', () => {
    const cut = fixtureText.slice(0, fixtureText.indexOf('\t（五）不予处理'))
    const e = errorOf(() => withReport(parseReportText(cut, { office: '区国动办' })))
    expect(e.message).toMatch(/表三.*不完整/)
    const cells = e.problems.map((p) => p.cell)
    expect(cells[0]).toBe('requests.notProcessed.complaint')
    expect(cells).toContain('requests.carriedForward')
    expect(e.describe()).toContain('（七）总计')
  })

  it('refuses a text whose table 四 is cut off', () => {
    const cut = fixtureText.slice(0, fixtureText.indexOf('四、政府信息公开行政复议'))
    expect(errorOf(() => withReport(parseReportText(cut, { office: '区国动办' }))).message).toMatch(/^未找到表四/)
  })

  it('refuses a text holding two full reports', () => {
    const e = errorOf(() => withReport(parseReportText(`${fixtureText}\n${fixtureText}`, { office: '区国动办' })))
    expect(e.message).toMatch(/^文件中包含两份报告（两套完整的表格，分别从第 \d+ 行和第 \d+ 行开始）/)
  })
})

describe('blank cells and odd cells in the one-cell-per-line layout', () => {
  it('reads an empty line between the numbers of a row as a blank cell when lines carry no tabs', () => {
    const plain = readFileSync(new URL('../../../test/corpus/reports/noise-2021-housing.txt', import.meta.url), 'utf8')
    const text = plain.replace('(一)予以公开\n１２\n2\n', '(一)予以公开\n１２\n\n')
    expect(text).not.toBe(plain)
    const { report, findings } = withReport(parseReportText(text, {}))
    expect(report.requests.granted).toEqual({
      natural: 12,
      business: null,
      research: 0,
      nonprofit: 0,
      legal: 1,
      otherOrg: 0,
      total: 15,
    })
    expect(findings).toEqual([])
  })

  it('keeps a "\\t" line inside a row as a blank cell at its position', () => {
    const text = fixtureText.replace('\t（一）予以公开\n\t\u00a03\n\t\u00a00\n', '\t（一）予以公开\n\t\u00a03\n\t\n')
    const { report, findings } = withReport(parseReportText(text, { office: '区国动办' }))
    expect(report.requests.granted).toEqual({
      natural: 3,
      business: null,
      research: 0,
      nonprofit: 0,
      legal: 0,
      otherOrg: 0,
      total: 3,
    })
    expect(findings).toEqual([])
  })

  it('reports a cell that is not a number instead of guessing', () => {
    const text = fixtureText.replace('\t（一）予以公开\n\t\u00a03\n', '\t（一）予以公开\n\t\u00a03.5\n')
    const { report, findings } = withReport(parseReportText(text, { office: '区国动办' }))
    expect(report.requests.granted?.natural).toBeNull()
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'parse-invalid',
        field: 'requests.granted',
        cells: ['requests.granted.natural'],
        severity: 'warning',
      }),
    ])
  })
})
