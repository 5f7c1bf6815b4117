import { describe, expect, it } from 'vitest'
import { readCell, shiftDecimal } from './cell-values'
import type { Token } from './tokens'

const num = (text: string): Token => ({ kind: 'num', text, line: 1 })

describe('readCell', () => {
  it('converts an amount printed in 元 to 万元 exactly, keeping the printed text', () => {
    expect(readCell(num('73802895.90元'), 'amount')).toEqual({ value: 7380.28959, printed: '73802895.90元' })
    expect(readCell(num('356000元'), 'amount').value).toBe(35.6)
  })

  it('keeps an amount in 万元 as it is, and converts 亿元', () => {
    expect(readCell(num('1,235.6万元'), 'amount')).toEqual({ value: 1235.6, printed: '1,235.6万元' })
    expect(readCell(num('12.5'), 'amount')).toEqual({ value: 12.5 })
    expect(readCell(num('1.2亿元'), 'amount').value).toBe(12000)
  })

  it('reads a bare amount under a header that says （元）', () => {
    expect(readCell(num('356000'), 'amount', '元')).toEqual({ value: 35.6, printed: '356000元' })
  })

  it('reads signed changes, including full-width minus', () => {
    expect(readCell(num('-3'), 'signed').value).toBe(-3)
    expect(readCell(num('－2'), 'signed').value).toBe(-2)
    expect(readCell(num('+5'), 'signed').value).toBe(5)
  })

  it('keeps blanks null and explains a value that does not fit the cell', () => {
    expect(readCell(undefined, 'count')).toEqual({ value: null })
    expect(readCell({ kind: 'blank', text: '—', line: 1 }, 'count')).toEqual({ value: null })
    expect(readCell(num('-1'), 'count').problem).toMatch(/负/)
    expect(readCell(num('5元'), 'count').problem).toMatch(/金额/)
  })
})

describe('shiftDecimal', () => {
  it('moves the decimal point without float error', () => {
    expect(shiftDecimal('73802895.90', -4)).toBe(7380.28959)
    expect(shiftDecimal('5', -4)).toBe(0.0005)
    expect(shiftDecimal('1.25', 4)).toBe(12500)
  })
})
