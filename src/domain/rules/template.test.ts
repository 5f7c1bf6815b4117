import { describe, expect, it } from 'vitest'
import { checkReport } from './index'
import { consistentReport } from './testReport'

const outdated = (year: number, template: '2019' | '2021') =>
  checkReport(consistentReport({ year, template, publishedAt: `${year + 1}-01-10` })).findings.filter(
    (f) => f.rule === 'outdated-template',
  )

describe('outdated-template', () => {
  it('accepts the 2019 format for 2019 and 2020 reports, and the 2021 format from 2021', () => {
    expect(outdated(2020, '2019')).toEqual([])
    expect(outdated(2021, '2021')).toEqual([])
  })

  it('warns about a 2021 report in the 2019 format', () => {
    const findings = outdated(2021, '2019')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      rule: 'outdated-template',
      severity: 'warning',
      field: 'template',
      expected: '2021',
      actual: '2019',
      office: '某区教育局',
      year: 2021,
    })
    expect(findings[0].message).toContain('国办公开办函〔2021〕30号')
  })
})
