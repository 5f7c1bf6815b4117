import { describe, expect, it } from 'vitest'
import { CELLS, cellsFor, resolveHeader, headerFor } from './cells'

describe('cells', () => {
  it('names every cell of both formats by a unique flat key path', () => {
    const paths = CELLS.map((c) => c.path)
    expect(new Set(paths).size).toBe(paths.length)
    // 2021: 25 rows × 7 + 15 + proactive 3+3+1+1+1+1 = 175 + 15 + 10
    expect(cellsFor('2021').length).toBe(25 * 7 + 15 + 10)
    // 2019: 23 rows × 7 + 15 + proactive 3+3+3+3+3+3+2+2 + the printed procurement amount
    expect(cellsFor('2019').length).toBe(23 * 7 + 15 + 22 + 1)
  })

  it('writes the Chinese headers of SPEC §2', () => {
    const zh = (p: string) => headerFor(p, 'zh')
    expect(zh('requests.received.natural')).toBe('本年新收政府信息公开申请数量-自然人')
    expect(zh('requests.granted.total')).toBe('予以公开-总计')
    expect(zh('requests.partiallyGranted.business')).toBe('部分公开-商业企业')
    expect(zh('requests.denied.stateSecret.otherOrg')).toBe('不予公开-属于国家秘密-其他')
    expect(zh('requests.unavailable.notHeld.total')).toBe('无法提供-本机关不掌握相关政府信息-总计')
    expect(zh('requests.otherHandling.other.natural')).toBe('其他处理-其他-自然人')
    expect(zh('requests.total.total')).toBe('总计-总计')
    expect(zh('requests.carriedForward.legal')).toBe('结转下年度继续办理-法律服务机构')
    expect(zh('review.corrected')).toBe('行政复议-结果纠正')
    expect(zh('litigationDirect.total')).toBe('行政诉讼-未经复议直接起诉-总计')
    expect(zh('litigationAfterReview.pending')).toBe('行政诉讼-复议后起诉-尚未审结')
    expect(zh('proactive.regulations.issued')).toBe('规章-本年制发件数')
    expect(zh('proactive.licensing.decisions')).toBe('行政许可-本年处理决定数量')
    expect(zh('proactive.fees.amountWanYuan')).toBe('行政事业性收费-本年收费金额（万元）')
    expect(zh('office')).toBe('机关名称')
  })

  it('reads every Chinese header it writes, and the keys', () => {
    for (const c of CELLS) {
      expect(resolveHeader(c.zh), c.zh).toBe(c.path)
      expect(resolveHeader(c.path)).toBe(c.path)
    }
  })

  it('tolerates full labels, numbering, spaces, bracket and quote styles', () => {
    expect(resolveHeader('三（二）部分公开（区分处理的，只计这一情形，不计其他情形）-商业企业')).toBe(
      'requests.partiallyGranted.business',
    )
    expect(resolveHeader('（三）不予公开-3.危及"三安全一稳定"-总计')).toBe('requests.denied.threeSecurities.total')
    expect(resolveHeader('不予公开 - 危及“三安全一稳定” - 自然人')).toBe('requests.denied.threeSecurities.natural')
    expect(resolveHeader('一、本年新收政府信息公开申请数量－自然人')).toBe('requests.received.natural')
    expect(resolveHeader('三、本年度办理结果-（一）予以公开-法人或其他组织-科研机构')).toBe('requests.granted.research')
    expect(resolveHeader('行政诉讼-复议后起诉-尚未审结')).toBe('litigationAfterReview.pending')
    expect(resolveHeader('行政事业性收费-本年收费金额(单位:万元)')).toBe('proactive.fees.amountWanYuan')
    expect(resolveHeader('（六）其他处理-自然人')).toBe('requests.otherHandling.other.natural')
    expect(resolveHeader('﻿机关名称')).toBe('office')
    expect(resolveHeader('年 度')).toBe('year')
    expect(resolveHeader('不存在的列')).toBeUndefined()
  })
})
