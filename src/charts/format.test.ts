import { describe, expect, it } from 'vitest'
import { formatCount, formatRate } from './format'

describe('formatCount', () => {
  it('groups thousands in both languages and shows a blank as "—", never 0', () => {
    expect(formatCount(1234567)).toBe('1,234,567')
    expect(formatCount(1234567, 'en')).toBe('1,234,567')
    expect(formatCount(0)).toBe('0')
    expect(formatCount(null)).toBe('—')
    expect(formatCount(Number.NaN)).toBe('—')
  })
})

describe('formatRate', () => {
  it('shows a share as a percentage with one decimal', () => {
    expect(formatRate(0.5)).toBe('50.0%')
    expect(formatRate(null)).toBe('—')
  })
})
