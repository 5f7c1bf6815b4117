/**
 * The hostile corpus (test/hostile/corpus.ts) through readInputFile — exactly what the import
 * worker runs. A refused file is an InputError naming the file, with a short message and the
 * line/cell where it makes sense; nothing is returned (so nothing reaches the database). A file
 * that is read gives only sound reports. Every case has a time limit; none asserts a duration.
 */
import { describe, expect, it } from 'vitest'
import { reportOf } from '../../src/domain/record'
import { formatProblem, InputError, MAX_KEPT_PROBLEMS } from '../../src/domain/errors'
import type { Report } from '../../src/domain/types'
import { MAX_INPUT_BYTES, readInputFile, type ReadResult } from '../../src/io/read'
import { HOSTILE_CASES, SCRIPT_MARKER, type HostileCase } from '../hostile/corpus'
import { prototypeIsClean, reportDefects } from '../hostile/invariants'
import { expectSameReport } from './report-arbitrary'
import { fixtureReport } from './sample-reports'

const CASE_TIMEOUT = 20_000
// 50 MB of CSV is decoded, split and checked cell by cell (about 6 million cells): bounded, but
// slower than the rest on a shared 2-core machine.
const BIG_TIMEOUT = 90_000

async function outcome(c: HostileCase): Promise<{ result?: ReadResult; error?: unknown }> {
  try {
    return { result: await readInputFile(c.fileName, c.bytes()) }
  } catch (error) {
    return { error }
  }
}

/** Extra checks of what some accepted files must read as. */
const ACCEPTED: Record<string, (reports: Report[]) => void> = {
  'numbers-as-strings': ([r]) => {
    // JSON numbers written as text read like CSV cells: "12", "1,212", " 12 ", full-width "１２".
    expect(r.requests.received).toMatchObject({ natural: 12, business: 0, total: 1212 })
    expect(r.requests.granted).toMatchObject({ natural: 12, total: 12 })
  },
  'report-html-scripts': ([r]) => {
    // Script, style, noscript and event-handler text is dropped by the HTML reader, never data.
    expect(JSON.stringify(r)).not.toContain(SCRIPT_MARKER)
    expect(r.office).toBe('某区教育局')
    expect(r.narrative?.overview).toBe('本年度主动公开信息 120 条。')
    expect(r.requests.received?.total).toBe(10)
  },
  'pdf-permissions-only': ([r]) => {
    // Encrypted with an empty password to open (copying "forbidden"): read like any report.
    expectSameReport(r, fixtureReport())
  },
  'pdf-javascript': ([r]) => {
    // The script is neither run nor read as data; the report's tables are.
    expect(JSON.stringify(r)).not.toContain(SCRIPT_MARKER)
    expectSameReport(r, fixtureReport())
  },
  'proto-json-document': ([r]) => {
    expect(r.office).toBe('某区教育局')
    expect(Object.keys(r)).not.toContain('__proto__')
  },
  'cr-only': (reports) => {
    expect(reports.map((r) => [r.office, r.requests.received?.total])).toEqual([
      ['某区教育局', 1],
      ['某区司法局', 2],
    ])
  },
  'csv-50mb': (reports) => {
    expect(reports.length).toBeGreaterThan(20_000)
    expect(reports[reports.length - 1].requests.received?.total).toBe(10) // "　　10" read as 10
  },
}

describe('hostile files through readInputFile (the import worker)', () => {
  for (const c of HOSTILE_CASES) {
    const timeout = c.id === 'csv-50mb' ? BIG_TIMEOUT : CASE_TIMEOUT
    it(
      `${c.id}: ${c.title}`,
      async () => {
        const { result, error } = await outcome(c)
        expect(prototypeIsClean()).toBe(true)
        if (c.reject) {
          expect(result, 'must be refused, nothing returned').toBeUndefined()
          expect(error).toBeInstanceOf(InputError)
          const e = error as InputError
          expect(e.file).toBe(c.fileName)
          expect(e.message).toMatch(c.reject.message)
          expect(e.message).toMatch(/[\u4e00-\u9fff]/) // a sentence in Chinese
          const text = e.describe()
          expect(text.startsWith(`${c.fileName}: `)).toBe(true)
          // Bounded, however big the file or however many problems: 50 lines of at most ~400 characters.
          expect(text.length).toBeLessThan(20_000)
          expect(e.problems.length).toBeLessThanOrEqual(MAX_KEPT_PROBLEMS)
          const listed = e.problems.map(formatProblem)
          for (const p of c.reject.problems ?? [])
            expect(
              listed.some((l) => p.test(l)),
              `${p} in\n${listed.slice(0, 5).join('\n')}`,
            ).toBe(true)
          if (e.problemCount > 50) expect(text).toContain(`……另有 ${e.problemCount - 50} 处问题`)
          return
        }
        if (error) throw error
        const reports = result!.records
        if (c.accept!.reports >= 0) expect(reports).toHaveLength(c.accept!.reports)
        // Big files: every 97th report (all of them would take longer than reading the file).
        const step = reports.length > 1000 ? 97 : 1
        for (let i = 0; i < reports.length; i += step) expect(reportDefects(reports[i]), `report ${i}`).toEqual([])
        ACCEPTED[c.id]?.(reports.map(reportOf))
      },
      timeout,
    )
  }

  it(
    `a file over ${MAX_INPUT_BYTES / 1024 / 1024} MB is refused before it is decoded, saying how to split it`,
    async () => {
      const bytes = new Uint8Array(MAX_INPUT_BYTES + 1)
      bytes.fill(0x61)
      const e = await readInputFile('全省十年.csv', bytes).catch((x: unknown) => x)
      expect(e).toBeInstanceOf(InputError)
      expect((e as InputError).describe()).toBe(
        '全省十年.csv: 文件有 100.0 MB，超过单个文件 100.0 MB 的上限（足够容纳一个省数年的全部年报），未导入。请按年度或地区拆成几个文件后再导入',
      )
    },
    CASE_TIMEOUT,
  )

  it(
    'JSON __proto__/constructor keys leave Object.prototype and every report object clean',
    async () => {
      const polluting = [
        '{"reports":[{"office":"甲","year":2024,"__proto__":{"polluted":"yes"}}]}',
        '[{"office":"甲","year":2024,"requests":{"received":{"__proto__":{"polluted":"yes"},"natural":1}}}]',
        '{"office":"甲","year":2024,"constructor":{"prototype":{"polluted":"yes"}}}',
        '{"format":"disclosure-report","version":1,"__proto__":{"polluted":"yes"},"reports":[{"office":"甲","year":2024}]}',
      ]
      for (const text of polluting) {
        const read = await readInputFile('p.json', new TextEncoder().encode(text)).catch((x: unknown) => x)
        expect(prototypeIsClean(), text).toBe(true)
        if (read instanceof InputError) expect(read.describe(), text).toMatch(/未知的字段/)
        else for (const r of (read as ReadResult).records) expect(reportDefects(r)).toEqual([])
      }
    },
    CASE_TIMEOUT,
  )
})
