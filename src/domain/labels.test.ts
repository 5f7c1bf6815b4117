import { describe, expect, it } from 'vitest'
import { normalizeLabel, withoutNotes } from './labels'

describe('normalizeLabel', () => {
  it('ignores width, spaces, quotes and numbering', () => {
    expect(normalizeLabel('3.危及“三安全一稳定”')).toBe(normalizeLabel('危及"三安全一稳定"'))
    expect(normalizeLabel('　社会公益 组织')).toBe('社会公益组织')
    expect(normalizeLabel('三（二）部分公开')).toBe('部分公开')
    expect(normalizeLabel('（三）不予公开')).toBe('不予公开')
    expect(normalizeLabel('一、本年新收政府信息公开申请数量')).toBe('本年新收政府信息公开申请数量')
    expect(normalizeLabel('１．属于国家秘密')).toBe('属于国家秘密')
    expect(normalizeLabel('办 理结果：')).toBe('办理结果')
  })
  it('keeps a label that is only a number', () => {
    expect(normalizeLabel('2020')).toBe('2020')
  })
  it('drops parenthetical notes on request', () => {
    expect(withoutNotes(normalizeLabel('（二）部分公开（区分处理的，只计这一情形，不计其他情形）'))).toBe('部分公开')
  })
})
