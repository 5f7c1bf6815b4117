import { describe, expect, it } from 'vitest'
import type { NotAssessable } from '../domain/types'
import { notAssessableSummary } from './run'

const item = (office: string, rule = 'deadline', reason = '发布日期未知'): NotAssessable => ({
  rule,
  office,
  year: 2024,
  reason,
})

describe('notAssessableSummary', () => {
  it('lists each not-assessable rule when there are few', () => {
    expect(notAssessableSummary([item('区国动办')])).toEqual(['区国动办 2024: deadline 无法评估（发布日期未知）'])
    expect(notAssessableSummary([])).toEqual([])
  })

  it('groups them by rule and reason, with examples, when there are many', () => {
    const items = [...Array.from({ length: 12 }, (_, i) => item(`机关${i}`)), item('甲局', 'balance', '有空白单元格')]
    const lines = notAssessableSummary(items)
    expect(lines[0]).toBe('13 项规则无法评估：')
    expect(lines[1]).toBe('  deadline 无法评估（发布日期未知）：12 份报告，如 机关0 2024、机关1 2024、机关2 2024 等')
    expect(lines[2]).toBe('  balance 无法评估（有空白单元格）：1 份报告，如 甲局 2024')
  })
})
