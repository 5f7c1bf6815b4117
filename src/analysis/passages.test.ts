import { describe, expect, it } from 'vitest'
import { compareNarratives, segmentsOf } from './passages'

describe('segmentsOf', () => {
  it('cuts the text at the ranges, keeping every character once and in order', () => {
    const text = '一二三四五六七八九十'
    const segments = segmentsOf(text, [
      [6, 8],
      [1, 3],
    ])
    expect(segments).toEqual([
      { text: '一', shared: false },
      { text: '二三', shared: true },
      { text: '四五六', shared: false },
      { text: '七八', shared: true },
      { text: '九十', shared: false },
    ])
    expect(segments.map((s) => s.text).join('')).toBe(text)
  })

  it('takes overlapping ranges once', () => {
    expect(
      segmentsOf('abcdef', [
        [0, 4],
        [2, 5],
      ]).map((s) => [s.text, s.shared]),
    ).toEqual([
      ['abcd', true],
      ['e', true],
      ['f', false],
    ])
  })
})

describe('compareNarratives', () => {
  const copied =
    '本年度，我局认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，健全工作机制，主动公开政策文件和办事指南，依申请公开工作依法规范，全年未发生因政府信息公开引发的行政复议。'
  it('marks what a copy shares with its source, names and years aside, and says how similar they are', () => {
    const pair = compareNarratives(
      { office: '江州市鼓楼区教育局', narrative: { overview: `2024年，鼓楼区教育局${copied}` } },
      { office: '江州市鼓楼区民政局', narrative: { overview: `2023年，鼓楼区民政局${copied}` } },
    )
    expect(pair.similarity).toBeGreaterThan(0.9)
    const marked = pair.a
      .filter((s) => s.shared)
      .map((s) => s.text)
      .join('')
    expect(marked).toContain('坚持以公开为常态、不公开为例外')
    expect(pair.a.map((s) => s.text).join('')).toBe(`2024年，鼓楼区教育局${copied}`)
  })

  it('marks nothing between texts written apart', () => {
    const pair = compareNarratives(
      {
        office: '甲局',
        narrative: { overview: '今年重点推进行政许可事项清单的公开，并对网站栏目进行了全面梳理和整合。' },
      },
      { office: '乙局', narrative: { problems: '存在的问题主要是人员变动频繁，培训不足，下一步将加强业务学习。' } },
    )
    expect(pair.a.every((s) => !s.shared)).toBe(true)
    expect(pair.similarity).toBeLessThan(0.2)
  })
})
