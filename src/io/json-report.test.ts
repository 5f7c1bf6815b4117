import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { validateReportJson } from '../domain/validate'
import { generateProvince } from '../demo/generate'
import { sampleReports } from '../../test/unit/sample-reports'
import { plainJsonReport } from './json-report'
import { readJsonText } from './json'

type Json = Record<string, unknown>

/** Reports as a JSON file holds them: both formats, blanks, signed and decimal cells, printed amounts, narratives. */
const REPORTS: Json[] = [...sampleReports(), ...generateProvince(40)].map((r) => JSON.parse(JSON.stringify(r)) as Json)

const ODD_VALUES: unknown[] = [
  null,
  '',
  ' ',
  '—',
  '1,234',
  '１２',
  ' 7 ',
  '3件',
  'abc',
  -1,
  -0,
  1.5,
  2 ** 60,
  true,
  {},
  [],
  { natural: 1 },
  '12.5万元',
]
const ODD_KEYS = ['extra', 'received.natural', 'denied.stateSecret', '__proto__', 'total', 'amountText', 'constructor']

/** Every object of the report with its path, outermost first. */
function objects(node: Json, path: string[] = []): [string[], Json][] {
  const out: [string[], Json][] = [[path, node]]
  for (const [k, v] of Object.entries(node))
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) out.push(...objects(v as Json, [...path, k]))
  return out
}

const reversed = (node: unknown): unknown =>
  node !== null && typeof node === 'object' && !Array.isArray(node)
    ? Object.fromEntries(
        Object.entries(node as Json)
          .reverse()
          .map(([k, v]) => [k, reversed(v)]),
      )
    : node

/** One edit: `at` picks an object of the report, `key` one of its keys, `value` an odd value (for set and add). */
interface Edit {
  kind: 'set' | 'add' | 'delete' | 'reverse' | 'no-template' | 'findings'
  at: number
  key: number
  value: number
}

const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom(
    'set' as const,
    'set' as const,
    'add' as const,
    'delete' as const,
    'reverse' as const,
    'no-template' as const,
    'findings' as const,
  ),
  at: fc.nat(),
  key: fc.nat(),
  value: fc.nat(),
})

function edited(report: Json, edits: readonly Edit[]): Json {
  let doc = structuredClone(report)
  for (const e of edits) {
    if (e.kind === 'reverse') doc = reversed(doc) as Json
    else if (e.kind === 'no-template') delete doc.template
    else if (e.kind === 'findings') doc.findings = [{ rule: 'balance' }]
    else {
      const all = objects(doc)
      const [, target] = all[e.at % all.length]
      const keys = Object.keys(target)
      if (e.kind === 'set' && keys.length > 0)
        target[keys[e.key % keys.length]] = structuredClone(ODD_VALUES[e.value % ODD_VALUES.length])
      else if (e.kind === 'delete' && keys.length > 0) delete target[keys[e.key % keys.length]]
      else
        Object.defineProperty(target, ODD_KEYS[e.key % ODD_KEYS.length], {
          value: structuredClone(ODD_VALUES[e.value % ODD_VALUES.length]),
          enumerable: true,
          configurable: true,
          writable: true,
        })
    }
  }
  return doc
}

describe('plainJsonReport: the fast way builds exactly what validateReportJson builds', () => {
  it('takes every report a JSON file written by the app holds, and builds the same report, keys in the same order', () => {
    for (const raw of REPORTS) {
      const fast = plainJsonReport(raw)
      const slow = validateReportJson(raw)
      expect(slow.problems).toEqual([])
      expect(fast).toBeDefined()
      expect(fast).toEqual(slow.report)
      expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.report))
    }
  })

  it('on edited reports (odd values, unknown or dotted keys, keys reordered, cells removed) either agrees or leaves the report to validateReportJson', () => {
    let taken = 0
    fc.assert(
      fc.property(fc.constantFrom(...REPORTS), fc.array(edit, { minLength: 1, maxLength: 4 }), (report, edits) => {
        const raw = edited(report, edits)
        const fast = plainJsonReport(raw)
        if (fast === undefined) return
        const slow = validateReportJson(raw)
        taken++
        expect(slow.problems).toEqual([])
        expect(fast).toEqual(slow.report) // -0 and 0 differ here
        expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.report)) // key order
      }),
      { numRuns: 1500 },
    )
    // The edits leave many reports readable: the comparison above ran on a good share of them.
    expect(taken).toBeGreaterThan(300)
  })

  it('leaves a report with any problem to validateReportJson, so the file is refused with the same messages', () => {
    const good = REPORTS[0]
    const bad = [
      { ...good, colour: 'red' },
      { ...good, requests: { ...(good.requests as Json), received: { natural: 'ten' } } },
      { ...good, review: [] },
      { ...good, year: 1900 },
      { ...good, narrative: { summary: '…' } },
    ]
    for (const raw of bad) {
      expect(plainJsonReport(raw)).toBeUndefined()
      expect(validateReportJson(raw).problems.length).toBeGreaterThan(0)
    }
    const text = JSON.stringify([good, ...bad.slice(1, 2)])
    expect(() => readJsonText(text, 'x.json')).toThrow('有 1 处问题，未导入任何报告')
  })
})
