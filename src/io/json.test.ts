import { describe, expect, it } from 'vitest'
import { fixtureReport, reportsOf } from '../../test/unit/sample-reports'
import { readJsonText, scanJson } from './json'
import { inputRejectionOf } from '../../test/unit/input-error'

const failure = (text: string) => inputRejectionOf(() => readJsonText(text, 'data.json'))

const doc = (reports: unknown[]) => JSON.stringify({ format: 'disclosure-report', version: 1, reports }, null, 1)

describe('JSON reading', () => {
  it('accepts the document, a bare array and a single report; ignores findings', () => {
    const report = { ...fixtureReport(), findings: [{ rule: 'balance' }] }
    const { findings: _f, ...expected } = report
    expect(reportsOf(readJsonText(doc([report]), 'a.json'))).toEqual([expected])
    expect(reportsOf(readJsonText(JSON.stringify([report]), 'a.json'))).toEqual([expected])
    expect(reportsOf(readJsonText(JSON.stringify(report), 'a.json'))).toEqual([expected])
  })

  it("keeps the parts a document had (sections), in the parts' order, and names a bad one", async () => {
    const withParts = { ...fixtureReport(), sections: { other: 0, overview: 120, requests: 900 } }
    const [read] = reportsOf(readJsonText(doc([withParts]), 'a.json'))
    expect(read.sections).toEqual({ overview: 120, requests: 900, other: 0 })
    expect(Object.keys(read.sections!)).toEqual(['overview', 'requests', 'other'])
    expect(reportsOf(readJsonText(doc([fixtureReport()]), 'a.json'))[0].sections).toBeUndefined()
    const e = await failure(doc([{ ...withParts, sections: { summary: 3, problems: -1, other: '无' } }]))
    expect(e.problems.map((p) => p.cell)).toEqual(['sections.summary', 'sections.problems', 'sections.other'])
    expect(e.problems[1].message).toContain('应为不小于 0 的整数')
    expect((await failure(doc([{ ...withParts, sections: [1] }]))).problems[0]).toMatchObject({ cell: 'sections' })
  })

  it('refuses another format or version with a clear sentence', async () => {
    expect((await failure('{"format":"other","version":1,"reports":[]}')).message).toContain(
      'format 应为 "disclosure-report"',
    )
    expect((await failure('{"format":"disclosure-report","version":2,"reports":[]}')).message).toContain(
      '不支持的数据版本 2',
    )
    expect((await failure('{"format":"disclosure-report","version":1,"reports":{}}')).message).toContain('reports')
    expect((await failure('{"hello":1}')).message).toContain('没有找到年报数据')
    expect((await failure('[]')).message).toContain('没有任何报告')
  })

  it('gives the line and column of a syntax error', async () => {
    const e = await failure('{\n "format": "disclosure-report",\n "reports": [\n  {"office": "甲", }\n ]\n}')
    expect(e.problems[0].line).toBe(4)
    expect(e.describe()).toContain('第 4 行：第 19 列附近有语法错误')
    const e2 = await failure('[1, 2,\n tru]')
    expect(e2.problems[0].line).toBe(2)
    const e3 = await failure('{"a": [1, 2')
    expect(e3.describe()).toContain('意外结束')
  })

  it('names every bad report with its line, key path and office', async () => {
    const good = fixtureReport()
    const text = doc([
      good,
      { ...good, office: '乙局', requests: { received: { natural: 'ten' } } },
      { office: '丙局', year: 1900 },
    ])
    const e = await failure(text)
    const lines = scanJson(text).reportStarts.map((o) => text.slice(0, o).split('\n').length)
    expect(e.problems).toEqual([
      expect.objectContaining({
        line: lines[1],
        cell: 'requests.received.natural',
        message: expect.stringContaining('第 2 份报告（乙局 2024）'),
      }),
      expect.objectContaining({ line: lines[2], cell: 'year' }),
    ])
  })

  it('refuses the same office and year twice with different numbers', async () => {
    const a = fixtureReport()
    const b = { ...fixtureReport(), review: { ...a.review, total: 5 } }
    expect((await failure(doc([a, b]))).describe()).toContain('与第 1 份报告是同一机关同一年度')
    const same = readJsonText(doc([a, a]), 'x.json')
    expect(same.records).toHaveLength(1)
    expect(same.warnings).toHaveLength(1)
  })

  it('survives 10,000-deep nesting and __proto__ keys without crashing or polluting', async () => {
    const deep = `${'['.repeat(10000)}${']'.repeat(10000)}`
    expect((await failure(deep)).describe()).toContain('报告应为 JSON 对象')
    const deepInside = `{"office":"甲","year":2024,"requests":${'{"a":'.repeat(10000)}1${'}'.repeat(10000)}}`
    expect((await failure(deepInside)).describe()).toContain('requests')
    const polluted = '{"office":"甲","year":2024,"__proto__":{"polluted":true}}'
    expect((await failure(polluted)).problems[0].cell).toBe('__proto__')
    expect(
      readJsonText(`[${polluted.replace(',"__proto__":{"polluted":true}', '')}]`, 'x.json', { region: '东区' })
        .records[0].region,
    ).toBe('东区')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('fills office, region and year from the hints only where the report has none', () => {
    const { records: reports } = readJsonText(
      '[{"office":"甲局","year":2024},{"year":2023,"region":"西区"}]',
      'x.json',
      {
        office: '乙局',
        region: '东区',
      },
    )
    expect(reports.map((r) => [r.office, r.region, r.year])).toEqual([
      ['甲局', '东区', 2024],
      ['乙局', '西区', 2023],
    ])
  })
})
