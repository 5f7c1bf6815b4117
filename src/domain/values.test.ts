import { describe, expect, it } from 'vitest'
import { parseCellText } from './values'

const count = (s: string | number | null) => parseCellText(s, 'count')

describe('parseCellText', () => {
  it('reads numbers as reports and spreadsheets write them', () => {
    expect(count('　　0')).toEqual({ ok: true, value: 0 })
    expect(count('１２６')).toEqual({ ok: true, value: 126 })
    expect(count('1,234')).toEqual({ ok: true, value: 1234 })
    expect(count(' 10 ')).toEqual({ ok: true, value: 10 })
    expect(count(7)).toEqual({ ok: true, value: 7 })
  })
  it('reads blanks as null, never 0', () => {
    for (const b of ['', '-', '—', '/', '　', null]) expect(count(b)).toEqual({ ok: true, value: null })
  })
  it('rejects what a count cannot be, saying why', () => {
    expect(count('abc')).toMatchObject({ ok: false, reason: expect.stringContaining('不是数字') })
    expect(count('1.5')).toMatchObject({ ok: false, reason: expect.stringContaining('不是整数') })
    expect(count('-3')).toMatchObject({ ok: false, reason: expect.stringContaining('负') })
    expect(count('1e9')).toMatchObject({ ok: false })
    expect(count('0x10')).toMatchObject({ ok: false })
    expect(count('99999999999999999999')).toMatchObject({ ok: false, reason: expect.stringContaining('范围') })
  })
  it('allows negative changes and fractional amounts where the format does', () => {
    expect(parseCellText('-12', 'signed')).toEqual({ ok: true, value: -12 })
    expect(parseCellText('7380.29', 'amount')).toEqual({ ok: true, value: 7380.29 })
    expect(parseCellText('-1', 'amount')).toMatchObject({ ok: false })
  })
})
