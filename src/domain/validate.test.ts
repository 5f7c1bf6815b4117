import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { validateReportJson, parseDate } from './validate'
import { canonicalReport } from './report'

const fixture = JSON.parse(
  readFileSync(new URL('../../../shared/fixtures/report-2024-district-office.expected.json', import.meta.url), 'utf8'),
)

describe('validateReportJson', () => {
  it('accepts the fixture and keeps every cell', () => {
    const { report, problems } = validateReportJson(fixture.reports[0])
    expect(problems).toEqual([])
    const { findings: _ignored, ...expected } = fixture.reports[0]
    expect(report).toEqual(expected)
    expect(canonicalReport(report!)).toEqual(expected)
  })

  it('names unknown keys, bad cells and cells of the other format', () => {
    const raw = structuredClone(fixture.reports[0])
    raw.requests.received.natural = 'ten'
    raw.requests.bogus = { natural: 1 }
    raw.proactive.procurement = { projects: 3 }
    raw.colour = 'red'
    const { report, problems } = validateReportJson(raw, 1)
    expect(report).toBeUndefined()
    const cells = problems.map((p) => p.cell)
    expect(cells).toContain('requests.received.natural')
    expect(cells).toContain('requests.bogus.natural')
    expect(cells).toContain('proactive.procurement.projects')
    expect(cells).toContain('colour')
  })

  it('does not pollute prototypes with __proto__ keys', () => {
    const raw = JSON.parse('{"office":"某局","year":2024,"__proto__":{"polluted":1},"requests":{"__proto__":{"x":1}}}')
    const { problems } = validateReportJson(raw)
    expect(problems.some((p) => p.cell === '__proto__')).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('rejects impossible years and dates', () => {
    expect(validateReportJson({ office: 'A', year: 1900 }).problems[0].cell).toBe('year')
    expect(validateReportJson({ office: 'A', year: 3000 }).problems[0].cell).toBe('year')
    expect(validateReportJson({ office: 'A', year: 2024, publishedAt: '2025-02-30' }).problems[0].cell).toBe(
      'publishedAt',
    )
  })

  it('infers the format and office kind when not given', () => {
    const { report } = validateReportJson({
      office: '某区人民政府',
      year: 2020,
      proactive: { procurement: { projects: 2 } },
    })
    expect(report?.template).toBe('2019')
    expect(report?.officeKind).toBe('government')
  })
})

describe('parseDate', () => {
  it('reads the ways Chinese pages write dates', () => {
    expect(parseDate('2025年1月20日')).toEqual({ ok: true, value: '2025-01-20' })
    expect(parseDate('2025/1/5')).toEqual({ ok: true, value: '2025-01-05' })
    expect(parseDate('2025-01-20 10:31:00')).toEqual({ ok: true, value: '2025-01-20' })
    expect(parseDate('')).toEqual({ ok: true, value: null })
    expect(parseDate('yesterday')).toEqual({ ok: false })
  })
})
