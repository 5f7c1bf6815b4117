import { describe, expect, it } from 'vitest'
import { compareZh } from './collate'

describe('compareZh', () => {
  it('orders Chinese names by pinyin, as a clerk looks them up', () => {
    // By code point 东 (U+4E1C) would come before 北 (U+5317); by pinyin bei < dong < xi.
    expect(['西湖区', '东城区', '北关区'].sort(compareZh)).toEqual(['北关区', '东城区', '西湖区'])
  })

  it('says equal names are equal', () => {
    expect(compareZh('甲局', '甲局')).toBe(0)
  })
})
