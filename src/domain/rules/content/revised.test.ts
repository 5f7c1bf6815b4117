import { describe, expect, it } from 'vitest'
import { reportKey } from '../../report'
import type { Report } from '../../types'
import { checkReports } from '../index'
import { consistentReport, withCells } from '../testReport'
import { revisionSincePublication } from './revised'

const published = (publishedAt: string | null = '2024-01-20', cells: Record<string, number> = {}): Report =>
  withCells(consistentReport({ office: '某区教育局', year: 2023, publishedAt }), cells)
const revised = (report: Report, versions: Report[]) =>
  checkReports([report], {
    today: '2030-01-01',
    previousVersions: new Map([[reportKey(report), versions]]),
  }).findings.filter((f) => f.rule === 'revised-after-publication')

describe('revised-after-publication', () => {
  it('flags a re-imported report whose date is unchanged but whose figures changed, naming the cells', () => {
    const before = published()
    const now = published('2024-01-20', {
      'requests.received.natural': 11,
      'requests.received.total': 13,
      'requests.total.natural': 11,
      'requests.total.total': 13,
    })
    const [f] = revised(now, [before])
    expect(f).toMatchObject({ severity: 'warning', office: '某区教育局', year: 2023, actual: '4 处改动' })
    expect(f.cells).toEqual([
      'requests.received.natural',
      'requests.received.total',
      'requests.total.natural',
      'requests.total.total',
    ])
    expect(f.message).toContain('发布日期同为 2024-01-20，报告再次导入时有 4 个数字与先前导入的版本不同')
    expect(f.message).toContain('本年新收政府信息公开申请数量-自然人 10 → 11')
    expect(f.message).toContain(' 等。')
  })

  it('does not flag a correction published under a new date, nor an unchanged re-import, nor an undated report', () => {
    const before = published()
    expect(revised(published('2024-03-01', { 'review.upheld': 2, 'review.total': 4 }), [before])).toEqual([])
    expect(revised(published(), [before])).toEqual([])
    expect(revised(published(null, { 'review.upheld': 2 }), [published(null)])).toEqual([])
  })

  it('compares with the version first imported under that date: a change undone is no revision', () => {
    const first = published()
    const second = published('2024-01-20', { 'review.upheld': 2, 'review.total': 4 })
    expect(revisionSincePublication(published(), [first, second])).toBeNull()
    expect(revisionSincePublication(second, [first])?.changes.map((c) => c.path)).toEqual([
      'review.upheld',
      'review.total',
    ])
  })

  it('is not run without an import history', () => {
    const r = published()
    expect(checkReports([r], { today: '2030-01-01' }).findings).toEqual([])
  })
})
