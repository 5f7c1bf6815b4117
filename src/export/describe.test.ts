import { describe, expect, it } from 'vitest'
import { translator } from '../i18n/translate'
import { describeAllFilters, describeFilters, filterLine, levelText } from './describe'

const zh = translator('zh')

describe('describeFilters', () => {
  it('lists only the filters that are set, in the given language', () => {
    expect(filterLine(describeFilters({ regions: ['东区', '西区'], kind: null, q: '' }, zh), zh)).toBe(
      '地区：东区、西区',
    )
    expect(filterLine(describeFilters({}, zh), zh)).toBe('全部数据')
    expect(filterLine(describeFilters({ kind: 'government', q: '局' }, translator('en')), translator('en'))).toBe(
      'Office kind: Government; Search by name: 局',
    )
  })
})

describe('describeAllFilters and levelText', () => {
  it('put the years first, and name the level in the given language', () => {
    const f = { years: [2023, 2024], regions: [], kind: null, q: '' }
    expect(describeAllFilters(f, zh)).toEqual([{ label: '年度', value: '2023、2024' }])
    expect(levelText('region', zh)).toBe('地区')
    expect(levelText('office', translator('en'))).toBe('Offices')
  })
})
