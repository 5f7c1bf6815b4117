import { describe, expect, it } from 'vitest'
import { findSections, readNarrative, sectionSizes } from './narrative'

const lines = (text: string) => text.split('\n')

describe('findSections', () => {
  it('finds the six headings even mis-numbered or mistyped', () => {
    const text = [
      '一、总体情况',
      '正文',
      '2、 主动公开政府信息情况',
      '3、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政法复议、行政诉讼情况',
      '五、存在的主要问题和改进情况',
      '六、其它需要报告的事项',
    ].join('\n')
    expect(findSections(lines(text)).map((s) => s.key)).toEqual([
      'overview',
      'proactive',
      'requests',
      'disputes',
      'problems',
      'other',
    ])
  })

  it('does not take numbered paragraphs or table cells for headings', () => {
    const text = [
      '一、总体情况',
      '1、强化组织领导。区国动办高度重视政务公开工作。',
      '（一）主动公开情况',
      '（二）依申请公开情况',
      '\t三、本年度办理结果',
      '（二）主动公开政府信息情况的说明：全年公开信息312条。',
    ].join('\n')
    expect(findSections(lines(text)).map((s) => s.key)).toEqual(['overview'])
  })
})

describe('readNarrative', () => {
  it('keeps sections 一, 五 and 六 as trimmed lines, without tables, page footers or the signature', () => {
    const text = [
      '一、总体情况。2023年，我局持续推进政务公开。',
      '　　（一）主动公开。全年公开信息312条。',
      '二、主动公开政府信息情况',
      '\t规章',
      '五、存在的主要问题及改进情况',
      '　　一是公开不够及时。',
      '六、其他需要报告的事项',
      '　　无。',
      '某区司法局',
      '2024年1月20日',
      '打印本页 关闭窗口',
    ].join('\n')
    const l = lines(text)
    expect(readNarrative(l, findSections(l))).toEqual({
      overview: '2023年，我局持续推进政务公开。\n（一）主动公开。全年公开信息312条。',
      problems: '一是公开不够及时。',
      other: '无。',
    })
  })

  it('returns nothing when the sections are absent', () => {
    expect(readNarrative(['正文'], findSections(['正文']))).toBeUndefined()
  })
})

describe('sectionSizes', () => {
  const sizesOf = (text: string) => {
    const l = lines(text)
    return sectionSizes(l, findSections(l))
  }

  it('counts letters and digits under each heading found, tables included, and leaves absent parts out', () => {
    const sizes = sizesOf(
      [
        '一、总体情况',
        '　　2023年，我局持续推进政务公开。',
        '三、收到和处理政府信息公开申请情况',
        '\t一、本年新收政府信息公开申请数量',
        '\t12',
        '六、其他需要报告的事项',
        '　　无。',
      ].join('\n'),
    )
    expect(sizes).toEqual({ overview: 15, requests: 17, other: 1 })
  })

  it('gives 0 to a heading followed straight by the next one, or by punctuation only', () => {
    expect(
      sizesOf(['一、总体情况', '二、主动公开政府信息情况', '——', '三、收到和处理政府信息公开申请情况'].join('\n')),
    ).toEqual({
      overview: 0,
      proactive: 0,
      requests: 0,
    })
  })

  it('does not count the closing signature, the date or the page footer as content of the last part', () => {
    const sizes = sizesOf(
      [
        '五、存在的主要问题及改进情况',
        '一是公开不及时。',
        '六、其他需要报告的事项',
        '某区司法局',
        '2024年1月20日',
        '打印本页 关闭窗口',
      ].join('\n'),
    )
    expect(sizes).toEqual({ problems: 7, other: 0 })
  })

  it('counts text printed on the heading line itself', () => {
    expect(sizesOf('六、其他需要报告的事项。本年度无其他需要报告的事项。')).toEqual({ other: 13 })
  })
})
