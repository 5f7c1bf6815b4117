import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { parseReportText } from '../../../io/report'
import { reportOf } from '../../record'
import { checkReport } from '../index'
import { consistentReport } from '../testReport'

const FIXTURE = new URL('../../../../../shared/fixtures/report-2024-district-office.txt', import.meta.url)

describe('sections-missing', () => {
  it('passes a report with all six parts, also one whose 六 says only 无', () => {
    const report = {
      ...consistentReport(),
      sections: { overview: 200, proactive: 90, requests: 500, disputes: 60, problems: 80, other: 1 },
    }
    const result = checkReport(report)
    expect(result.findings.filter((f) => f.rule === 'sections-missing')).toEqual([])
    expect(result.notAssessable).toEqual([])
  })

  it('names each part that is absent or has only its heading', () => {
    const report = {
      ...consistentReport(),
      sections: { overview: 200, proactive: 90, requests: 500, disputes: 60, other: 0 },
    }
    const found = checkReport(report).findings.filter((f) => f.rule === 'sections-missing')
    expect(found.map((f) => [f.field, f.actual])).toEqual([
      ['sections.problems', '缺少'],
      ['sections.other', '只有标题'],
    ])
    expect(found[0].message).toContain('没有“五、存在的主要问题及改进情况”部分')
    expect(found[1].message).toContain('“六、其他需要报告的事项”只有标题')
  })

  it('is not assessable for a report from CSV or JSON, which says nothing of its document', () => {
    const { sections: _, ...fromCsv } = consistentReport()
    const result = checkReport(fromCsv)
    expect(result.findings.filter((f) => f.rule === 'sections-missing')).toEqual([])
    expect(result.notAssessable).toEqual([
      expect.objectContaining({
        rule: 'sections-missing',
        reason: expect.stringContaining('无法判断六个部分是否齐全'),
      }),
    ])
  })

  it('judges a real report read from its text: the fixture has all six, the same text cut short lacks 五 and 六', () => {
    const text = readFileSync(FIXTURE, 'utf8')
    const whole = reportOf(parseReportText(text, { office: '区国动办' }).record)
    expect(checkReport(whole).findings.filter((f) => f.rule === 'sections-missing')).toEqual([])
    const cut = reportOf(
      parseReportText(text.slice(0, text.indexOf('五、存在的主要问题')), { office: '区国动办' }).record,
    )
    expect(
      checkReport(cut)
        .findings.filter((f) => f.rule === 'sections-missing')
        .map((f) => f.field),
    ).toEqual(['sections.problems', 'sections.other'])
    const emptyOther = reportOf(
      parseReportText(text.replace(/六、其他需要报告的事项[\s\S]*$/, '六、其他需要报告的事项\n'), {
        office: '区国动办',
      }).record,
    )
    expect(
      checkReport(emptyOther)
        .findings.filter((f) => f.rule === 'sections-missing')
        .map((f) => f.actual),
    ).toEqual(['只有标题'])
  })
})
