import { describe, expect, it } from 'vitest'
import { readNarrativeFigures } from './statements'

const figures = (text: string, year = 2024) =>
  readNarrativeFigures(text, year).map((s) => [s.figure, s.value] as [string, number])

describe('readNarrativeFigures: clear statements', () => {
  it('reads the figures real reports state about their tables', () => {
    expect(figures('2024年，我局共收到政府信息公开申请154件，办结148件，结转下年度继续办理6件。')).toEqual([
      ['received', 154],
      ['handled', 148],
      ['carriedForward', 6],
    ])
    expect(figures('全年新收政府信息公开申请10件，上年结转0件，办结10件，结转下年度继续办理0件。')).toEqual([
      ['received', 10],
      ['carriedOver', 0],
      ['handled', 10],
      ['carriedForward', 0],
    ])
    expect(figures('本年度发生政府信息公开行政复议36起，行政诉讼9起。')).toEqual([
      ['review', 36],
      ['litigation', 9],
    ])
    expect(figures('发生政府信息公开行政复议、行政诉讼案件5件。')).toEqual([['disputes', 5]])
    expect(figures('全年共受理依申请公开事项1,204件。')).toEqual([['received', 1204]])
    expect(figures('全年共收到政府信息公开申请１５４件。')).toEqual([['received', 154]])
  })

  it('reads statements without a digit that still fix a figure', () => {
    expect(figures('本年度未收到政府信息公开申请。')).toEqual([['received', 0]])
    expect(figures('全年新收申请15件，上年结转0件，全部办结。')).toEqual([
      ['received', 15],
      ['carriedOver', 0],
      ['allHandled', 0],
    ])
    expect(figures('本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。')).toEqual([['disputes', 0]])
    expect(figures('本年度未发生政府信息公开行政复议。')).toEqual([['review', 0]])
    expect(figures('全年无政府信息公开行政诉讼。')).toEqual([['litigation', 0]])
  })

  it('quotes the sentence each figure came from', () => {
    const [s] = readNarrativeFigures('总体情况如下。\n2024年共收到申请154件。', 2024)
    expect(s.sentence).toBe('2024年共收到申请154件')
  })
})

describe('readNarrativeFigures: when in doubt, nothing', () => {
  it.each([
    ['comparisons', '全年共收到政府信息公开申请154件，同比增长12%。'],
    ['comparisons', '共收到申请154件，较上年增加20件。'],
    ['rates', '办结率100%，办结148件。'],
    ['other years', '2023年共收到申请120件，今年继续做好答复。'],
    ['other years', '与上一年度相比，共收到申请154件。'],
    ['estimates', '全年约收到申请150件。'],
    ['approximations', '全年共收到申请100余件。'],
    ['approximations', '收到申请150件以上。'],
    ['cumulative figures', '自2008年以来累计收到申请1200件。'],
    ['subsets', '其中，自然人申请150件。'],
    ['subsets', '通过信函方式收到申请3件。'],
    ['subsets', '收到涉及征地拆迁的申请50件。'],
    ['two figures in one clause', '共收到申请154件（含上年结转6件）。'],
    ['two figures in one clause', '收到并办结申请154件。'],
    ['several meanings', '收到行政复议申请2件。'],
    ['parts of litigation', '复议后起诉1件。'],
    ['other units', '全年主动公开政府信息1234条。'],
    ['time limits', '收到申请后在15个工作日内答复。'],
    ['numbers that are no counts', '配备1名专兼职工作人员。'],
    ['decimals', '收费金额0.5件。'],
    ['fees', '发出收费通知的件数为0件，总金额为0元。'],
    ['on-time handling', '按时办结148件。'],
    ['carried-over requests handled', '上年结转的申请已全部办结。'],
    ['negations of other things', '无一件被行政复议纠错。'],
  ])('%s: %s', (_, text) => {
    expect(figures(text)).toEqual([])
  })
})
