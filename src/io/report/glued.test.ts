import { describe, expect, it } from 'vitest'
import { resolveGlued, splitDigits } from './glued'

const ROW = [{ size: 7, summed: true }]

describe('splitDigits', () => {
  it('recovers a row of seven glued cells when only one split makes the total', () => {
    expect(splitDigits('640020470', ROW)).toEqual({ splits: [[64, 0, 0, 2, 0, 4, 70]], complete: true })
  })

  it('lists every split that makes the total when several do', () => {
    expect(splitDigits('090022031', ROW).splits).toEqual([
      [0, 9, 0, 0, 2, 20, 31],
      [0, 9, 0, 0, 22, 0, 31],
    ])
  })

  it('never reads a number with a leading zero', () => {
    expect(splitDigits('0000000', ROW).splits).toEqual([[0, 0, 0, 0, 0, 0, 0]])
    expect(splitDigits('1007', [{ size: 2, summed: false }]).splits).toEqual([[100, 7]])
  })

  it('splits table 四 as three groups, each with its own total', () => {
    expect(
      splitDigits(
        '101021000100000',
        [1, 2, 3].map(() => ({ size: 5, summed: true })),
      ).splits,
    ).toEqual([[1, 0, 1, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]])
  })

  it('gives up (incomplete) instead of hanging on long digit strings', () => {
    expect(splitDigits('9'.repeat(40), ROW).complete).toBe(false)
    expect(splitDigits('1'.repeat(41), ROW)).toEqual({ splits: [], complete: false })
  })
})

describe('resolveGlued', () => {
  const identities = [{ plus: ['total'], minus: ['granted', 'partiallyGranted'] }]
  const rows = new Map([
    ['partiallyGranted', [1, 0, 0, 0, 0, 0, 1]],
    ['total', [1, 9, 0, 0, 22, 0, 32]],
  ])
  const candidates = [
    [0, 9, 0, 0, 2, 20, 31],
    [0, 9, 0, 0, 22, 0, 31],
  ]

  it('keeps the split the column sums agree with', () => {
    expect(resolveGlued(rows, [{ key: 'granted', candidates }], identities, 7).get('granted')).toEqual([
      [0, 9, 0, 0, 22, 0, 31],
    ])
  })

  it('keeps every candidate when the column sums cannot be checked (blank cells)', () => {
    const blank = new Map([
      ['partiallyGranted', [1, 0, 0, 0, 0, 0, 1]],
      ['total', [null, null, null, null, null, null, null]],
    ])
    expect(resolveGlued(blank, [{ key: 'granted', candidates }], identities, 7).get('granted')).toEqual(candidates)
  })
})
