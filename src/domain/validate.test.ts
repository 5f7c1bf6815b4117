import { describe, expect, it } from 'vitest'
import { parseDate } from './validate'

describe('parseDate', () => {
  it('reads the ways Chinese pages write dates', () => {
    expect(parseDate('2025年1月20日')).toEqual({ ok: true, value: '2025-01-20' })
    expect(parseDate('2025/1/5')).toEqual({ ok: true, value: '2025-01-05' })
    expect(parseDate('2025-01-20 10:31:00')).toEqual({ ok: true, value: '2025-01-20' })
    expect(parseDate('')).toEqual({ ok: true, value: null })
    expect(parseDate('yesterday')).toEqual({ ok: false })
  })
})
