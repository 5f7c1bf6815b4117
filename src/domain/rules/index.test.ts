import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { CanonicalDocument } from '../types'
import { checkReport, checkReports, CONTENT_RULE_IDS, RULES, RULE_IDS } from './index'

const FIXTURE = '/work/shared/fixtures/report-2024-district-office.expected.json'
const fixture = (JSON.parse(readFileSync(FIXTURE, 'utf8')) as CanonicalDocument).reports[0]

describe('the real 2024 district report (fixture)', () => {
  it('has no findings; its deadline (no publication date) and its parts (JSON, not the document) are not assessable', () => {
    const result = checkReport(fixture)
    expect(result.findings).toEqual([])
    expect(result.notAssessable).toHaveLength(2)
    expect(result.notAssessable[0]).toMatchObject({ rule: 'deadline', office: '区国动办', year: 2024 })
    expect(result.notAssessable[1]).toMatchObject({ rule: 'sections-missing', office: '区国动办', year: 2024 })
    expect(fixture.findings).toEqual([])
  })

  it('gives the same result through checkReports', () => {
    const result = checkReports([fixture], { today: '2026-01-01' })
    expect(result.findings).toEqual([])
    expect(result.notAssessable.map((n) => n.rule)).toEqual(['deadline', 'sections-missing'])
  })
})

describe('RULES', () => {
  it('lists every SPEC §3 rule once, with severity, Chinese name and description', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS])
    expect(RULE_IDS).toEqual([
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
      'sections-missing',
      'narrative-copy',
      'narrative-mismatch',
      'revised-after-publication',
    ])
    const warnings = RULES.filter((r) => r.severity === 'warning').map((r) => r.id)
    expect(warnings).toEqual(['complete', 'outdated-template', 'in-force-chain', ...CONTENT_RULE_IDS])
    for (const r of RULES) {
      expect(r.zh).toMatch(/\p{Script=Han}/u)
      expect(r.description.length).toBeGreaterThan(10)
      // The default scheme charges the format's rules; the content rules are listed for an agency's own scheme.
      if ((CONTENT_RULE_IDS as readonly string[]).includes(r.id)) expect(r.penalty).toBe(0)
      else expect(r.penalty).toBeGreaterThan(0)
    }
  })

  it('prints score weights where errors weigh more than warnings', () => {
    const rowTotal = RULES.find((r) => r.id === 'row-total')!
    const complete = RULES.find((r) => r.id === 'complete')!
    const missing = RULES.find((r) => r.id === 'missing-report')!
    expect(rowTotal.penalty).toBeGreaterThan(complete.penalty)
    expect(missing.penalty).toBeGreaterThan(rowTotal.cap)
  })
})
