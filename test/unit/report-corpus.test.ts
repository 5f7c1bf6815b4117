/**
 * The report corpus (test/corpus/reports): for each case a source as published and a
 * .expected.json written by hand from it (the canonical document format; reports[0] holds the
 * fields asserted). A .document.xml source is the body of a Word file, zipped here into a .docx.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { reportOf } from '../../src/domain/record'
import { InputError } from '../../src/domain/errors'
import { parseReportDocument } from '../../src/io/report/index'
import { makeDocx } from '../corpus/reports/make-docx'

const DIR = new URL('../corpus/reports/', import.meta.url)
const files = readdirSync(DIR)

interface Expected {
  reports?: Record<string, unknown>[]
  hints?: { office?: string; region?: string; year?: number }
  expectError?: string
  expectProblemCells?: string[]
}

function sourceOf(base: string): { fileName: string; bytes: Uint8Array } {
  const name = files.find((f) => f.startsWith(`${base}.`) && !f.endsWith('.expected.json'))
  if (!name) throw new Error(`no source for ${base}`)
  const bytes = new Uint8Array(readFileSync(new URL(name, DIR)))
  if (name.endsWith('.document.xml'))
    return { fileName: `${base}.docx`, bytes: makeDocx(new TextDecoder().decode(bytes)) }
  return { fileName: name, bytes }
}

const cases = files.filter((f) => f.endsWith('.expected.json')).map((f) => f.replace(/\.expected\.json$/, ''))

describe('report corpus', () => {
  it('covers every layout seen in the wild, in both formats', () => {
    for (const prefix of [
      'cell-per-line-',
      'row-per-line-',
      'markdown-',
      'cell-pipe-',
      'html-rowspan-',
      'html-word-gbk-',
      'docx-',
      'noise-',
      'glued-',
      'spaces-',
      'bad-',
    ]) {
      expect(
        cases.some((c) => c.startsWith(prefix)),
        prefix,
      ).toBe(true)
    }
    expect(cases.some((c) => c.includes('-2019-'))).toBe(true)
    expect(cases.some((c) => c.includes('-2021-'))).toBe(true)
  })

  for (const base of cases) {
    const expected = JSON.parse(readFileSync(new URL(`${base}.expected.json`, DIR), 'utf8')) as Expected
    it(base, async () => {
      const input = sourceOf(base)
      if (expected.expectError) {
        let error: unknown
        try {
          await parseReportDocument(input, expected.hints ?? {})
        } catch (e) {
          error = e
        }
        expect(error).toBeInstanceOf(InputError)
        expect((error as InputError).message).toContain(expected.expectError)
        expect((error as InputError).file).toBe(input.fileName)
        if (expected.expectProblemCells)
          expect((error as InputError).problems.map((p) => p.cell)).toEqual(expected.expectProblemCells)
        return
      }
      const { record, findings } = await parseReportDocument(input, expected.hints ?? {})
      const report = reportOf(record)
      const { findings: expectedFindings, ...fields } = expected.reports?.[0] ?? {}
      expect(report).toMatchObject(fields)
      if (Array.isArray(expectedFindings)) {
        expect(findings).toHaveLength(expectedFindings.length)
        expectedFindings.forEach((f, i) => expect(findings[i]).toMatchObject(f as object))
      }
    })
  }
})
