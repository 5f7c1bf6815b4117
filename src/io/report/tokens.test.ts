import { describe, expect, it } from 'vitest'
import { splitLines, tokenize, type Token } from './tokens'

const kinds = (text: string) =>
  tokenize(splitLines(text)).map((t: Token) =>
    t.kind === 'label' || t.kind === 'num' ? `${t.kind}:${t.text}` : t.kind,
  )

describe('tokenize: one stream of cells whatever the layout', () => {
  it('reads "\\t" lines as cells, "\\t" alone as a blank cell, and an empty line as a row break', () => {
    expect(kinds('\t规章\n\t\u3000\u30000\n\t\n\t\u00a02\n\n\t行政许可')).toEqual([
      'label:规章',
      'num:0',
      'blank',
      'num:2',
      'break',
      'label:行政许可',
    ])
  })

  it('joins a label broken across lines back into one cell ("\\t商业" + "企业")', () => {
    expect(kinds('\t商业\n企业\n\t科研\n机构')).toEqual(['label:商业企业', 'label:科研机构'])
  })

  it('does not treat a heading after a number cell as part of it', () => {
    expect(kinds('\t0\n四、政府信息公开行政复议、行政诉讼情况')).toEqual([
      'num:0',
      'label:四、政府信息公开行政复议、行政诉讼情况',
    ])
  })

  it('splits tab-separated rows, keeping empty cells as blanks, and ends each row', () => {
    expect(kinds('\t（二）部分公开\t2\t\t0\n2.重复申请\t1\t0')).toEqual([
      'blank',
      'label:（二）部分公开',
      'num:2',
      'blank',
      'num:0',
      'break',
      'label:2.重复申请',
      'num:1',
      'num:0',
      'break',
    ])
  })

  it('reads markdown rows and skips the separator; reads "cell |" lines as single cells', () => {
    expect(kinds('| 规章 | 0 |  |\n|---|---|---|')).toEqual(['label:规章', 'num:0', 'blank', 'break'])
    expect(kinds('规章 |\n0 |\n |\n')).toEqual(['label:规章', 'num:0', 'blank', 'break'])
  })

  it('separates numbers printed after a label and digits glued to it by a crawler', () => {
    expect(kinds('行政许可 126')).toEqual(['label:行政许可', 'num:126'])
    expect(kinds('予以公开 3 0 0 0 0 0 3')).toEqual([
      'label:予以公开',
      'num:3',
      'num:0',
      'num:0',
      'num:0',
      'num:0',
      'num:0',
      'num:3',
    ])
    expect(kinds('一、本年新收政府信息公开申请数量640020470')).toEqual([
      'label:一、本年新收政府信息公开申请数量',
      'num:640020470',
    ])
  })

  it('knows numbers with units, signs, separators and full-width digits, and the blank markers', () => {
    expect(kinds('73802895.90元\n-3\n－2\n1,245\n１２\n—\n/\n无')).toEqual([
      'num:73802895.90元',
      'num:-3',
      'num:－2',
      'num:1,245',
      'num:１２',
      'blank',
      'blank',
      'blank',
    ])
  })

  it('treats an empty line between plain lines as a gap, not a row break', () => {
    expect(kinds('规章\n0\n\n0')).toEqual(['label:规章', 'num:0', 'gap', 'num:0'])
  })
})
