import { describe, expect, it } from 'vitest'
import { patchQuery, queryInt, queryList, queryText } from './query'

describe('reading a URL query', () => {
  const q = { level: 'region', e: ['东区', '', '西区', '东区'], page: '3', bad: 'x3', empty: ' ', both: ['a', 'b'] }

  it('takes the first value of a key, or null', () => {
    expect(queryText(q, 'level')).toBe('region')
    expect(queryText(q, 'both')).toBe('a')
    expect(queryText(q, 'missing')).toBeNull()
  })

  it('takes every value of a repeated key, blanks and repeats dropped', () => {
    expect(queryList(q, 'e')).toEqual(['东区', '西区'])
    expect(queryList(q, 'level')).toEqual(['region'])
    expect(queryList(q, 'missing')).toEqual([])
  })

  it('reads whole numbers only', () => {
    expect(queryInt(q, 'page')).toBe(3)
    expect(queryInt(q, 'bad')).toBeNull()
    expect(queryInt(q, 'empty')).toBeNull()
    expect(queryInt({ page: '2.5' }, 'page')).toBeNull()
  })
})

describe('patchQuery', () => {
  it('sets keys, removes those set to nothing, and keeps every other key', () => {
    const before = { year: '2024', page: '2', level: 'office', e: ['甲局'] }
    expect(patchQuery(before, { page: null, level: '', metric: 'volume', min: 5, e: [] })).toEqual({
      year: '2024',
      metric: 'volume',
      min: '5',
    })
    expect(patchQuery(before, { e: ['甲局', '乙局'], tab: undefined })).toEqual({ ...before, e: ['甲局', '乙局'] })
    expect(before).toEqual({ year: '2024', page: '2', level: 'office', e: ['甲局'] })
  })
})
