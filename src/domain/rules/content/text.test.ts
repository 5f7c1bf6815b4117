import { describe, expect, it } from 'vitest'
import { BOILERPLATE_SENTENCES, isBoilerplate } from './boilerplate'
import { nameVariants, narrativeText, normalizeNarrative, overlap, sharedPassages, shingleSet } from './text'
import { JUSTICE_2023, JUSTICE_2024, JUSTICE_2024_COPIED } from './testNarratives'

describe('the format boilerplate', () => {
  it('recognises the sentences every report may print word for word', () => {
    for (const sentence of [
      '本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）第五十条规定编制。',
      '依据《中华人民共和国政府信息公开条例》要求，特编制本报告。',
      '本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六部分组成。',
      '本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。',
      '本报告电子版可在区人民政府门户网站查阅或下载。',
      '如对本报告有任何疑问，请与区政府办公室联系（地址：某路1号，邮编：100000，电话：010-12345678）。',
      '根据《政府信息公开信息处理费管理办法》，本年度我单位发出收费通知的件数为0件，实际收取的总金额为0元。',
      '本年度无其他需要报告的事项。',
      '无。',
    ])
      expect(isBoilerplate(sentence), sentence).toBe(true)
    expect(BOILERPLATE_SENTENCES.map((b) => b.id)).toHaveLength(new Set(BOILERPLATE_SENTENCES.map((b) => b.id)).size)
  })

  it('keeps an office’s own sentences, also those citing the Regulations', () => {
    for (const sentence of [
      '按照《条例》要求，全年主动公开政府信息312条。',
      '严格落实政府信息公开保密审查制度，全年未发生泄密事件。',
      '一是政策解读形式较为单一。',
    ])
      expect(isBoilerplate(sentence), sentence).toBe(false)
  })
})

describe('normalizeNarrative', () => {
  it('keeps only the office’s own letters: no numbers, years, names, punctuation or boilerplate', () => {
    const text =
      '本报告根据《中华人民共和国政府信息公开条例》第五十条编制。2024年，江州市鼓楼区教育局共收到申请154件。二〇二四年，鼓楼区教育局办结148件！'
    const n = normalizeNarrative(text, ['江州市鼓楼区教育局'])
    expect(n.text).toBe('年共收到申请件年办结件')
    // Every kept character knows where it was.
    expect([...n.text].every((c, i) => text[n.at[i]] === c)).toBe(true)
  })

  it('derives the short names an office calls itself', () => {
    expect(nameVariants('江州市鼓楼区教育局')).toEqual(['江州市鼓楼区教育局', '鼓楼区教育局', '教育局'])
    expect(nameVariants('某县人民政府')).toEqual(['某县人民政府', '人民政府'])
  })
})

describe('overlap of shingle sets', () => {
  const set = (n: typeof JUSTICE_2023) => shingleSet(normalizeNarrative(narrativeText(n), ['某区司法局']).text)

  it('is 100 % for a copy whose years and figures were changed, near 0 for a report written anew', () => {
    expect(overlap(set(JUSTICE_2023), set(JUSTICE_2024_COPIED))).toBe(1)
    expect(overlap(set(JUSTICE_2023), set(JUSTICE_2024))).toBeLessThan(0.1)
    expect(overlap(set(JUSTICE_2023), new Uint32Array(0))).toBe(0)
  })
})

describe('sharedPassages', () => {
  it('marks the passages two texts share in each original, figures inside a passage included', () => {
    const a = '全年共收到政府信息公开申请154件，均按时答复。另外，我局新建了公开专栏。'
    const b = '全年共收到政府信息公开申请160件，均按时答复。本年度重点推进了基层公开。'
    const shared = sharedPassages(a, b)
    const marked = (text: string, ranges: readonly (readonly [number, number])[]) =>
      ranges.map(([s, e]) => text.slice(s, e))
    expect(marked(a, shared.a)).toEqual(['全年共收到政府信息公开申请154件，均按时答复'])
    expect(marked(b, shared.b)).toEqual(['全年共收到政府信息公开申请160件，均按时答复'])
    expect(shared.similarity).toBeGreaterThan(0.4)
    expect(shared.similarity).toBeLessThan(0.8)
  })

  it('marks nothing in texts with nothing in common, and a whole copy in both', () => {
    expect(sharedPassages('我局新建了公开专栏，方便群众查阅。', '本年度重点推进了基层政务公开。')).toMatchObject({
      a: [],
      b: [],
      similarity: 0,
    })
    const text = narrativeText(JUSTICE_2023)
    const copy = narrativeText(JUSTICE_2024_COPIED)
    const shared = sharedPassages(text, copy, ['某区司法局'])
    expect(shared.similarity).toBe(1)
    const coveredA = shared.a.reduce((s, [x, y]) => s + y - x, 0)
    expect(coveredA / text.length).toBeGreaterThan(0.85)
  })
})
