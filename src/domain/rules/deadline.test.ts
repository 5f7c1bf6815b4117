import { describe, expect, it } from 'vitest'
import { checkReport, deadlineFor } from './index'
import { consistentReport } from './testReport'

const deadline = (
  publishedAt: string | null,
  officeKind: 'department' | 'government' = 'department',
  today = '2030-01-01',
) => {
  const result = checkReport(consistentReport({ year: 2023, publishedAt, officeKind }), { today })
  return {
    findings: result.findings.filter((f) => f.rule === 'deadline'),
    notAssessable: result.notAssessable.filter((n) => n.rule === 'deadline'),
  }
}

describe('deadline', () => {
  it('knows the two legal deadlines (Article 49)', () => {
    expect(deadlineFor(2023, 'department')).toBe('2024-01-31')
    expect(deadlineFor(2023, 'government')).toBe('2024-03-31')
  })

  it('passes a department report published on 31 January', () => {
    expect(deadline('2024-01-31')).toEqual({ findings: [], notAssessable: [] })
  })

  it('reports a department report published on 1 February, with the days late', () => {
    const { findings } = deadline('2024-02-01')
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({
      rule: 'deadline',
      severity: 'error',
      field: 'publishedAt',
      expected: '2024-01-31',
      actual: '2024-02-01',
      office: '某区教育局',
      year: 2023,
    })
    expect(findings[0].message).toContain('逾期 1 天')
  })

  it('gives a government until 31 March', () => {
    expect(deadline('2024-03-31', 'government').findings).toEqual([])
    const { findings } = deadline('2024-04-02', 'government')
    expect(findings[0]).toMatchObject({ expected: '2024-03-31', actual: '2024-04-02' })
    expect(findings[0].message).toContain('政府应于次年 3 月 31 日前发布')
    expect(findings[0].message).toContain('逾期 2 天')
  })

  it('never passes an unknown date: it is not assessable', () => {
    const { findings, notAssessable } = deadline(null)
    expect(findings).toEqual([])
    expect(notAssessable).toHaveLength(1)
    expect(notAssessable[0]).toMatchObject({ rule: 'deadline', office: '某区教育局', year: 2023 })
    expect(notAssessable[0].reason).toContain('发布日期未知')
  })

  it('says the deadline has not passed yet when the date is unknown before it', () => {
    const { notAssessable } = deadline(null, 'department', '2024-01-10')
    expect(notAssessable[0].reason).toContain('尚未届满')
  })

  it('does not judge a date it cannot read', () => {
    const { findings, notAssessable } = deadline('2024年2月1日')
    expect(findings).toEqual([])
    expect(notAssessable[0].reason).toContain('无法识别')
  })
})
