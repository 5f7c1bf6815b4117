import { describe, expect, it } from 'vitest'
import { generateDemo } from '../demo/generate'
import { InputError } from './errors'
import { checkReports } from './rules'
import {
  BUILT_IN_SCHEMES,
  DEFAULT_SCHEME,
  parseScheme,
  SchemeError,
  scoreWith,
  TEN_POINT_SCHEME,
  writeScheme,
  type AssessmentScheme,
} from './scheme'
import { complianceScore } from './score'
import type { Finding, NotAssessable, Severity } from './types'

/**
 * The compliance score as the board computed it before schemes existed (score.ts at the time,
 * word for word but for the names): the reference the default scheme must reproduce.
 */
function scoreBeforeSchemes(findings: readonly Finding[], notAssessable: readonly NotAssessable[] = []): number {
  const TODAY_RULES = new Set([
    'row-total',
    'outcome-sum',
    'balance',
    'review-sum',
    'integer',
    'complete',
    'carry-chain',
    'deadline',
    'missing-report',
    'outdated-template',
    'in-force-chain',
  ])
  const penaltyFor = (rule: string, severity: Severity) =>
    rule === 'missing-report' ? 40 : severity === 'error' ? 15 : 5
  const capFor = (rule: string, severity: Severity) => (rule === 'missing-report' ? 40 : severity === 'error' ? 30 : 10)
  const unitKey = (rule: string, office?: string, year?: number) => `${rule}\u0000${office ?? ''}\u0000${year ?? ''}`
  const spent = new Map<string, number>()
  let penalty = 0
  // Only the rules there were then: the findings of rules added since did not exist.
  for (const f of findings.filter((x) => TODAY_RULES.has(x.rule))) {
    const key = unitKey(f.rule, f.office, f.year)
    const used = spent.get(key) ?? 0
    const add = Math.min(penaltyFor(f.rule, f.severity), capFor(f.rule, f.severity) - used)
    if (add <= 0) continue
    spent.set(key, used + add)
    penalty += add
  }
  const unknownSpent = new Map<string, number>()
  for (const n of notAssessable.filter((x) => TODAY_RULES.has(x.rule))) {
    if (n.rule === 'missing-report') continue
    const key = unitKey('', n.office, n.year)
    const used = unknownSpent.get(key) ?? 0
    const add = Math.min(2, 10 - used)
    if (add <= 0) continue
    unknownSpent.set(key, used + add)
    penalty += add
  }
  return Math.max(0, 100 - penalty)
}

const finding = (rule: string, year = 2024, office = '某局', severity: Severity = 'warning'): Finding => ({
  rule,
  severity,
  field: 'report',
  message: '',
  office,
  year,
})
const unknown = (rule: string, year = 2024, office = '某局'): NotAssessable => ({ rule, office, year, reason: '' })

describe('the default scheme', () => {
  const demo = generateDemo()
  const checks = checkReports(demo.reports, { today: '2026-06-01' })
  const byOfficeYear = new Map<string, { findings: Finding[]; notAssessable: NotAssessable[] }>()
  const entry = (office: string, year: number) => {
    const key = `${office}|${year}`
    let e = byOfficeYear.get(key)
    if (!e) byOfficeYear.set(key, (e = { findings: [], notAssessable: [] }))
    return e
  }
  for (const f of checks.findings) entry(f.office!, f.year!).findings.push(f)
  for (const n of checks.notAssessable) entry(n.office, n.year).notAssessable.push(n)

  it('gives every demo office-year exactly the score it had before schemes, content findings and all', () => {
    expect(checks.findings.some((f) => f.rule === 'narrative-copy')).toBe(true)
    let differing = 0
    for (const { findings, notAssessable } of byOfficeYear.values()) {
      const score = scoreWith(DEFAULT_SCHEME, findings, notAssessable).score
      if (score !== scoreBeforeSchemes(findings, notAssessable)) differing++
    }
    expect(differing).toBe(0)
    expect(
      new Set([...byOfficeYear.values()].map((e) => complianceScore(e.findings, e.notAssessable))).size,
    ).toBeGreaterThan(5)
  })

  it('gives each office over all its years the score it had before', () => {
    const byOffice = new Map<string, { findings: Finding[]; notAssessable: NotAssessable[] }>()
    for (const [key, e] of byOfficeYear) {
      const office = key.split('|')[0]
      const o = byOffice.get(office) ?? { findings: [], notAssessable: [] }
      o.findings.push(...e.findings)
      o.notAssessable.push(...e.notAssessable)
      byOffice.set(office, o)
    }
    for (const { findings, notAssessable } of byOffice.values())
      expect(scoreWith(DEFAULT_SCHEME, findings, notAssessable).score).toBe(scoreBeforeSchemes(findings, notAssessable))
  })

  it('lists each rule’s findings and the points they cost, caps applied', () => {
    const result = scoreWith(
      DEFAULT_SCHEME,
      [
        ...Array.from({ length: 5 }, () => finding('row-total', 2024, '某局', 'error')),
        finding('deadline', 2024, '某局', 'error'),
        finding('narrative-copy'),
      ],
      [unknown('carry-chain'), unknown('sections-missing')],
    )
    expect(result).toEqual({
      score: 100 - 30 - 15 - 2,
      deductions: [
        { rule: 'row-total', count: 5, points: 30 },
        { rule: 'deadline', count: 1, points: 15 },
        { rule: 'not-assessable', count: 1, points: 2 },
      ],
    })
  })
})

describe('an agency’s own scheme', () => {
  it('scores out of 10: late −5, missing parts −5, copied −5, no report 0', () => {
    const s = (findings: Finding[], n: NotAssessable[] = []) => scoreWith(TEN_POINT_SCHEME, findings, n).score
    expect(s([])).toBe(10)
    expect(s([finding('deadline', 2024, '某局', 'error')])).toBe(5)
    // Two missing parts cost at most 5.
    expect(s([finding('sections-missing'), finding('sections-missing')])).toBe(5)
    expect(s([finding('deadline'), finding('sections-missing'), finding('narrative-copy')])).toBe(0)
    expect(s([finding('missing-report', 2024, '某局', 'error')])).toBe(0)
    // What the scheme does not name costs nothing: balance errors, an unknown date.
    expect(s([finding('balance', 2024, '某局', 'error')], [unknown('deadline')])).toBe(10)
  })

  it('ranks offices differently from the default', () => {
    const late = [finding('deadline', 2024, '甲局', 'error')]
    const copied = [finding('narrative-copy', 2024, '乙局'), finding('sections-missing', 2024, '乙局')]
    expect(complianceScore(late)).toBeLessThan(complianceScore(copied))
    expect(scoreWith(TEN_POINT_SCHEME, late).score).toBeGreaterThan(scoreWith(TEN_POINT_SCHEME, copied).score)
  })

  it('keeps fractional points exact and holds the floor', () => {
    const scheme: AssessmentScheme = {
      ...TEN_POINT_SCHEME,
      floor: 2,
      rules: { complete: { points: 0.1 }, balance: { points: 3.3, maxPerReport: 6.6 } },
    }
    expect(scoreWith(scheme, [finding('complete'), finding('complete'), finding('complete')]).score).toBe(9.7)
    const many = Array.from({ length: 4 }, () => finding('balance'))
    expect(scoreWith(scheme, many).deductions).toEqual([{ rule: 'balance', count: 4, points: 6.6 }])
    expect(scoreWith(scheme, [...many, finding('balance', 2023)]).score).toBe(2)
  })
})

describe('parseScheme and writeScheme', () => {
  it('reads back what it writes, for every built-in scheme', () => {
    for (const scheme of BUILT_IN_SCHEMES) expect(parseScheme(writeScheme(scheme))).toEqual(scheme)
  })

  const bad = (patch: Record<string, unknown>) => {
    const raw = { ...JSON.parse(writeScheme(DEFAULT_SCHEME)), ...patch }
    for (const [k, v] of Object.entries(patch)) if (v === undefined) delete raw[k]
    try {
      parseScheme(JSON.stringify(raw), 'scheme.json')
    } catch (e) {
      expect(e).toBeInstanceOf(SchemeError)
      expect(e).toBeInstanceOf(InputError)
      return (e as SchemeError).problems.map((p) => p.message)
    }
    throw new Error('accepted a bad scheme')
  }

  it('names the field of every problem', () => {
    expect(bad({ rules: { deadline: { points: -5, maxPerReport: 15 } } })).toEqual([
      'rules.deadline.points 应为不小于 0 的数（这里是 -5）',
    ])
    expect(bad({ rules: { deadline: { points: '5' } } })).toEqual([
      'rules.deadline.points 应为不小于 0 的数（这里是 5）',
    ])
    expect(bad({ rules: { deadline: { points: 5, maxPerReport: 'x', cap: 1 } } })).toEqual([
      'rules.deadline.cap 是未知的字段（只有 points 和 maxPerReport）',
      'rules.deadline.maxPerReport 应为不小于 0 的数（这里是 x）',
    ])
    expect(bad({ rules: { late: { points: 5 }, copy: { points: 5 } } })[0]).toMatch(
      /^rules 中有未知的规则编号：late、copy（可用的编号：row-total、/,
    )
    expect(bad({ rules: { 'missing-report': { points: 40 } } })).toEqual([
      'rules.missing-report 不应出现：缺少报告的扣分由 missingReport 规定',
    ])
    expect(bad({ base: undefined })).toEqual(['缺少 base'])
    expect(bad({ base: 0 })[0]).toMatch(/^base 应为大于 0 的数/)
    expect(bad({ floor: 200 })).toEqual(['floor 不能大于 base（200 > 100）'])
    expect(bad({ format: 'disclosure-report' })).toEqual([
      'format 应为 "assessment-scheme"（这里是 disclosure-report）',
    ])
    expect(bad({ version: 2 })).toEqual(['version 应为 1（这里是 2）'])
    expect(bad({ name: ' ' })).toEqual(['name 应为方案名称（不能为空的文字）'])
    expect(bad({ missingReport: -1 })[0]).toMatch(/^missingReport 应为不小于 0 的数/)
    expect(bad({ notAssessable: { maxPerReport: 10 } })).toEqual(['notAssessable.points 缺少（每条问题扣的分数）'])
    expect(bad({ weights: {} })).toEqual(['weights 是未知的字段'])
  })

  it('accepts a rule without a cap, and review-only rules', () => {
    const scheme = parseScheme({
      ...DEFAULT_SCHEME,
      rules: { 'zero-requests': { points: 1 }, 'narrative-mismatch': { points: 2 } },
    })
    expect(scheme.rules['zero-requests']).toEqual({ points: 1 })
    expect(
      scoreWith(
        scheme,
        Array.from({ length: 4 }, () => finding('narrative-mismatch')),
      ).score,
    ).toBe(92)
  })

  it('refuses what is not a scheme, naming the file', () => {
    const described = (input: string) => {
      try {
        parseScheme(input, 'x.json')
      } catch (e) {
        expect(e).toBeInstanceOf(SchemeError)
        return (e as SchemeError).describe()
      }
      throw new Error('accepted a bad scheme')
    }
    expect(described('{"format": ')).toMatch(/^x\.json: 评分方案有 1 处问题，未采用\n {2}不是有效的 JSON/)
    expect(described('[]')).toMatch(/评分方案应为 JSON 对象/)
    expect(described('{}')).toMatch(/^x\.json: 评分方案有 8 处问题，未采用\n {2}缺少 format/)
  })
})
