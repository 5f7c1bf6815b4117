import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { reportOf } from '../domain/record'
import { readJsonReport } from './json-report'
import { readInputFile } from './read'
import { inputRejectionOf } from '../../test/unit/input-error'

const fixture = JSON.parse(
  readFileSync(new URL('../../../shared/fixtures/report-2024-district-office.expected.json', import.meta.url), 'utf8'),
)

describe('readJsonReport', () => {
  it('accepts the fixture and keeps every cell, in canonical key order', () => {
    const { record, problems } = readJsonReport(fixture.reports[0])
    expect(problems).toEqual([])
    const { findings: _ignored, ...expected } = fixture.reports[0]
    expect(reportOf(record!)).toEqual(expected)
    expect(JSON.stringify(reportOf(record!))).toBe(JSON.stringify(expected))
  })

  it('names unknown keys, bad cells and cells of the other format', () => {
    const raw = structuredClone(fixture.reports[0])
    raw.requests.received.natural = 'ten'
    raw.requests.bogus = { natural: 1 }
    raw.proactive.procurement = { projects: 3 }
    raw.colour = 'red'
    const { record, problems } = readJsonReport(raw)
    expect(record).toBeUndefined()
    const cells = problems.map((p) => p.cell)
    expect(cells).toContain('requests.received.natural')
    expect(cells).toContain('requests.bogus.natural')
    expect(cells).toContain('proactive.procurement.projects')
    expect(cells).toContain('colour')
  })

  it('names a stray key even when its value is null, and takes a null cell as blank', () => {
    const raw = structuredClone(fixture.reports[0])
    raw.requests.received.natural = null
    raw.review.bogus = null
    const { problems } = readJsonReport(raw)
    expect(problems).toEqual([{ cell: 'review.bogus', message: '未知的字段', messageId: 'json.unknownKey' }])
  })

  it('does not pollute prototypes with __proto__ keys', () => {
    const raw = JSON.parse('{"office":"某局","year":2024,"__proto__":{"polluted":1},"requests":{"__proto__":{"x":1}}}')
    const { problems } = readJsonReport(raw)
    expect(problems.some((p) => p.cell === '__proto__')).toBe(true)
    expect(problems.some((p) => p.cell === 'requests.__proto__.x')).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('rejects impossible years and dates', () => {
    expect(readJsonReport({ office: 'A', year: 1900 }).problems[0].cell).toBe('year')
    expect(readJsonReport({ office: 'A', year: 3000 }).problems[0].cell).toBe('year')
    expect(readJsonReport({ office: 'A', year: 2024, publishedAt: '2025-02-30' }).problems[0].cell).toBe('publishedAt')
  })

  it('infers the format and office kind when not given', () => {
    const { record } = readJsonReport({
      office: '某区人民政府',
      year: 2020,
      proactive: { procurement: { projects: 2 } },
    })
    expect(record?.template).toBe('2019')
    expect(record?.officeKind).toBe('government')
  })

  it('refuses a boolean where a number belongs, and names every key of an object put where a cell belongs', () => {
    const { problems } = readJsonReport({
      office: '某局',
      year: 2020,
      template: '2019',
      review: { total: true },
      proactive: { procurement: { amountText: { x: 1 } } },
    })
    expect(problems).toEqual([
      { cell: 'proactive.procurement.amountText.x', message: '未知的字段', messageId: 'json.unknownKey' },
      { cell: 'review.total', message: '应为数字', messageId: 'cell.number', value: 'true' },
    ])
  })
})

describe('one builder: the same problem gets the same message in every format', () => {
  const utf8 = (s: string) => new TextEncoder().encode(s)
  const messages = async (name: string, text: string) =>
    (await inputRejectionOf(() => readInputFile(name, utf8(text)))).problems.map((p) => p.message)

  it('a negative count, a fraction, a cell of the other format and a bad year', async () => {
    const wide = await messages(
      'a.csv',
      'office,year,template,review.total,review.upheld,proactive.procurement.projects\n某局,2024,2021,-1,1.5,3\n某局,1900,,,,\n',
    )
    const long = await messages(
      'b.csv',
      'office,year,field,value\n某局,2024,template,2021\n某局,2024,review.total,-1\n某局,2024,review.upheld,1.5\n某局,2024,proactive.procurement.projects,3\n某局,1900,review.total,\n',
    )
    const json = await messages(
      'c.json',
      JSON.stringify([
        {
          office: '某局',
          year: 2024,
          template: '2021',
          review: { total: -1, upheld: 1.5 },
          proactive: { procurement: { projects: 3 } },
        },
        { office: '某局', year: 1900 },
      ]),
    )
    const core = (list: string[]) =>
      list.map((m) => m.replace(/^.*?：/, '').replace(/^review\.\w+：|^proactive\.\w+\.\w+：/, ''))
    const expected = [
      '“-1”为负数，件数不能为负',
      '“1.5”不是整数',
      '2021 格式的报告没有这一项',
      '年度超出范围（2008–2100）',
    ]
    expect(wide).toEqual(expected)
    expect(core(long)).toEqual(expected)
    expect(core(json)).toEqual(expected)
  })
})
