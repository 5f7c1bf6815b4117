import { describe, expect, it } from 'vitest'
import { TEN_POINT_SCHEME } from '../../domain/scheme'
import { buildCircularModel, circularFigures } from './model'
import { buildNoticeModels } from './notice'
import { districtInput } from './testInput'

const text = (m: { body: { text: string }[] }) => m.body.map((p) => p.text).join('\n')

describe('circularFigures', () => {
  it('counts reports due, published, on time, late, undated and missing for the year only', () => {
    const f = circularFigures(districtInput())
    expect(f).toMatchObject({
      year: 2024,
      due: 6,
      published: 5,
      onTime: 3,
      late: ['鼓楼区卫生健康委员会'],
      undated: ['鼓楼区民政局'],
      missing: ['鼓楼区审计局'],
      schemeName: '默认评分方案（百分制）',
      base: 100,
    })
  })

  it('ranks every office-year due under the scheme, sharing ranks on ties', () => {
    const f = circularFigures(districtInput())
    expect(f.ranking.map((r) => [r.rank, r.office, r.score])).toEqual([
      [1, '鼓楼区人民政府', 100],
      [1, '鼓楼区司法局', 100],
      [3, '鼓楼区民政局', 98],
      [4, '鼓楼区卫生健康委员会', 85],
      [5, '鼓楼区教育局', 70],
      [6, '鼓楼区审计局', 60],
    ])
    expect(f.meanScore).toBeCloseTo((100 + 100 + 98 + 85 + 70 + 60) / 6)
    expect(f.ranking[5].region).toBe('鼓楼区')
  })

  it('groups the problems by rule, errors first, offices with most findings first', () => {
    expect(circularFigures(districtInput()).problems).toEqual([
      {
        rule: 'balance',
        name: '勾稽关系',
        severity: 'error',
        count: 2,
        offices: [{ office: '鼓楼区教育局', count: 2 }],
      },
      {
        rule: 'sections-missing',
        name: '报告要素缺失',
        severity: 'warning',
        count: 1,
        offices: [{ office: '鼓楼区司法局', count: 1 }],
      },
      {
        rule: 'narrative-copy',
        name: '正文雷同',
        severity: 'warning',
        count: 1,
        offices: [{ office: '鼓楼区教育局', count: 1 }],
      },
    ])
  })

  it('ranks differently under an agency’s own scheme', () => {
    const f = circularFigures(districtInput(TEN_POINT_SCHEME))
    expect(f.ranking.map((r) => [r.office, r.score])).toEqual([
      ['鼓楼区民政局', 10],
      ['鼓楼区人民政府', 10],
      ['鼓楼区教育局', 5],
      ['鼓楼区司法局', 5],
      ['鼓楼区卫生健康委员会', 5],
      ['鼓楼区审计局', 0],
    ])
  })
})

describe('buildCircularModel', () => {
  const m = buildCircularModel(districtInput())

  it('is titled and addressed like the circulars agencies issue', () => {
    expect(m.title).toBe('关于鼓楼区2024年度政府信息公开工作年度报告检查情况的通报')
    expect(m.documentNumber).toBe('鼓政办〔2025〕12号')
    expect(m.recipients).toBe(
      '鼓楼区教育局，鼓楼区民政局，鼓楼区人民政府，鼓楼区审计局，鼓楼区司法局，鼓楼区卫生健康委员会：',
    )
    expect(m.signature).toEqual({ issuer: '鼓楼区人民政府办公室', date: '2025年4月15日' })
  })

  it('opens with the legal basis, what was checked and when, then the four parts', () => {
    expect(m.body[0].text).toMatch(
      /^根据《中华人民共和国政府信息公开条例》第四十九条、第五十条规定，鼓楼区人民政府办公室于2025年4月10日对鼓楼区6 个单位的2024年度政府信息公开工作年度报告进行了检查/,
    )
    expect(m.body.filter((p) => p.kind === 'heading1').map((p) => p.text)).toEqual([
      '一、总体情况',
      '二、存在的问题',
      '三、得分排名',
      '四、整改要求',
    ])
    expect(text(m)).toContain(
      '本次检查应发布年度报告 6 份，已发布 5 份，其中按时发布 3 份、逾期发布 1 份、未标明发布日期 1 份；截至检查日仍未发布 1 份。按照《默认评分方案（百分制）》评分，平均得分 85.5 分（满分 100 分）。',
    )
  })

  it('names the offices of each problem, those not published by the check date, and the ranking under the scheme', () => {
    const body = text(m)
    expect(body).toContain('截至2025年4月10日，1 个单位仍未发布2024年度报告：鼓楼区审计局。')
    expect(body).toContain(
      '1 个单位未在法定期限内（部门为次年1月31日前、本级人民政府为次年3月31日前）发布：鼓楼区卫生健康委员会。',
    )
    expect(m.body.filter((p) => p.kind === 'heading2').map((p) => p.text)).toEqual([
      '（一）未按时发布年度报告',
      '（二）勾稽关系（1 个单位，2 处）',
      '（三）报告要素缺失（1 个单位，1 处）',
      '（四）正文雷同（1 个单位，1 处）',
    ])
    expect(body).toContain('涉及单位：鼓楼区教育局（2 处）。')
    expect(body).toContain(
      '按照《默认评分方案（百分制）》（满分 100 分）评分，6 个单位平均得分 85.5 分。得分由高到低依次为：鼓楼区人民政府（100 分）',
    )
    expect(body).toContain('于2025年5月15日前完成')
    expect(body).toContain('正文与往年或其他单位报告雷同的，要按本单位本年度工作实际重新撰写')
    expect(body).not.toContain('正文所述数字与表格不一致的')
  })

  it('attaches the ranking with its deductions and every problem of the year', () => {
    const [ranking, problems] = m.attachments
    expect(ranking.title).toBe('鼓楼区2024年度政府信息公开工作年度报告得分排名（默认评分方案（百分制））')
    expect(ranking.rows[4]).toEqual(['5', '鼓楼区教育局', '鼓楼区', '70', '勾稽关系 −30'])
    expect(ranking.rows[2]).toEqual(['3', '鼓楼区民政局', '鼓楼区', '98', '无法判定 −2'])
    expect(problems.columns).toEqual(['序号', '单位', '问题类型', '涉及内容', '问题说明'])
    expect(problems.rows).toHaveLength(6)
    expect(problems.rows.find((r) => r[2] === '报告要素缺失')).toEqual([
      expect.any(String),
      '鼓楼区司法局',
      '报告要素缺失',
      '五、存在的主要问题及改进情况',
      '报告中没有“五、存在的主要问题及改进情况”部分。',
    ])
  })

  it('lists the kinds of offices in 主送 when there are many, and says so when nothing was found', () => {
    const many = districtInput()
    many.reports = Array.from({ length: 12 }, (_, i) => ({ ...many.reports[0], office: `鼓楼区第${i}局` }))
    many.findings = []
    many.notAssessable = []
    const quiet = buildCircularModel(many)
    expect(quiet.recipients).toBe('各有关部门：')
    expect(text(quiet)).toContain('本次检查未发现问题。')
    expect(text(quiet)).toContain('得分前 5 名：')
  })
})

describe('buildNoticeModels', () => {
  it('writes one notice per office with something to rectify, lowest score first', () => {
    const notices = buildNoticeModels(districtInput())
    expect(notices.map((n) => [n.office, n.score, n.problemCount])).toEqual([
      ['鼓楼区审计局', 60, 1],
      ['鼓楼区教育局', 70, 3],
      ['鼓楼区卫生健康委员会', 85, 1],
      ['鼓楼区司法局', 100, 1],
    ])
    const edu = notices[1]
    expect(edu.title).toBe('关于鼓楼区教育局2024年度政府信息公开工作年度报告存在问题的整改通知')
    expect(edu.recipients).toBe('鼓楼区教育局：')
    expect(text(edu)).toContain('你单位得分 70 分（满分 100 分）（勾稽关系 −30）')
    expect(text(edu)).toContain(
      '1. 【勾稽关系】本年新收政府信息公开申请数量-自然人：一+二 ≠ 三（七）+四（自然人）：12 ≠ 11',
    )
    expect(text(edu)).toContain('3. 【正文雷同】报告正文：与本机关2023年报告正文相似度 92%')
    expect(text(edu)).toContain('请于2025年5月15日前逐项完成整改')
  })

  it('writes only the offices asked for', () => {
    expect(buildNoticeModels(districtInput(), ['鼓楼区司法局']).map((n) => n.office)).toEqual(['鼓楼区司法局'])
  })
})
