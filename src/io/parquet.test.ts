/**
 * The Parquet writer, read back by DuckDB (an independent reader): column names and types, every
 * cell's value, blanks as NULL, both tables, the year parts, and the refusal of an unstorable value.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDuckDb, type Duck } from '../../test/unit/duckdb'
import { sampleReports } from '../../test/unit/sample-reports'
import { CELLS, cellsFor, getCell } from '../domain/cells'
import { InputError } from '../domain/errors'
import { recordOf } from '../domain/record'
import type { Report } from '../domain/types'
import { parquetColumns, parquetParts, TABLE_METADATA_KEY, writeParquet, type ParquetTable } from './parquet'

let duck: Duck
let dir: string
let reports: Report[]

beforeAll(async () => {
  duck = await openDuckDb()
  dir = mkdtempSync(join(tmpdir(), 'parquet-writer-'))
  reports = sampleReports()
})
afterAll(() => {
  duck?.close()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

function save(name: string, table: ParquetTable, list: readonly Report[] = reports): string {
  const path = join(dir, name)
  writeFileSync(path, writeParquet(list.map(recordOf), table))
  return path
}

/** What a cell holds as DuckDB returns it: blank (undefined too) is null. */
const expected = (r: Report, path: string) =>
  getCell(
    r,
    CELLS.find((c) => c.path === path)!,
  ) ?? null

describe('wide Parquet (one row per report)', () => {
  it('has the identity columns, then every flat key path of both formats, typed', async () => {
    const path = save('wide.parquet', 'wide')
    const columns = await duck.run(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '${path}')`)
    expect(columns.map((c) => c.column_name)).toEqual([
      'office',
      'region',
      'officeKind',
      'year',
      'template',
      'publishedAt',
      ...CELLS.map((c) => c.path),
    ])
    const type = new Map(columns.map((c) => [c.column_name, c.column_type]))
    expect(type.get('year')).toBe('INTEGER')
    expect(type.get('publishedAt')).toBe('DATE')
    expect(type.get('requests.denied.stateSecret.natural')).toBe('BIGINT')
    expect(type.get('proactive.licensing.change')).toBe('BIGINT')
    expect(type.get('proactive.fees.amountWanYuan')).toBe('DOUBLE')
    expect(type.get('proactive.procurement.amountText')).toBe('VARCHAR')
    expect(parquetColumns('wide').map((c) => c.name)).toEqual(columns.map((c) => c.column_name))
    const [meta] = await duck.run(
      `SELECT decode(value) AS v FROM parquet_kv_metadata('${path}') WHERE decode(key) = '${TABLE_METADATA_KEY}'`,
    )
    expect(meta.v).toBe('wide')
  })

  it('holds every cell as the report has it: blank is NULL, never 0; cells of the other format are NULL', async () => {
    const rows = await duck.run(`SELECT * FROM '${save('wide.parquet', 'wide')}'`)
    expect(rows).toHaveLength(reports.length)
    rows.forEach((row, i) => {
      const r = reports[i]
      expect([row.office, row.region, row.officeKind, row.year, row.template, row.publishedAt]).toEqual([
        r.office,
        r.region,
        r.officeKind,
        r.year,
        r.template,
        r.publishedAt,
      ])
      const own = new Set(cellsFor(r.template).map((c) => c.path))
      for (const cell of CELLS)
        expect(row[cell.path], `${r.office} ${cell.path}`).toEqual(own.has(cell.path) ? expected(r, cell.path) : null)
    })
    // The samples: a negative 本年增/减, an amount in 万元 with the printed text, an all-blank report.
    const old = rows.find((r) => r.template === '2019' && r.year === 2020)!
    expect([old['proactive.licensing.change'], old['proactive.procurement.amountWanYuan']]).toEqual([-3, 7380.28959])
    expect(old['proactive.procurement.amountText']).toBe('73802895.90元')
    const blank = rows.find((r) => r.year === 2022)!
    expect(cellsFor('2019').every((c) => blank[c.path] === null)).toBe(true)
  })
})

describe('long Parquet (one row per cell)', () => {
  it('has one typed row per cell of each report’s format, blanks included as NULL', async () => {
    const path = save('long.parquet', 'long')
    const columns = await duck.run(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '${path}')`)
    expect(columns.map((c) => `${c.column_name} ${c.column_type}`)).toEqual([
      'office VARCHAR',
      'region VARCHAR',
      'officeKind VARCHAR',
      'year INTEGER',
      'field VARCHAR',
      'value DOUBLE',
      'text VARCHAR',
    ])
    const rows = await duck.run(`SELECT * FROM '${path}'`)
    expect(rows).toHaveLength(reports.reduce((n, r) => n + cellsFor(r.template).length, 0))
    let at = 0
    for (const r of reports)
      for (const cell of cellsFor(r.template)) {
        const row = rows[at++]
        const v = expected(r, cell.path)
        expect([row.office, row.region, row.officeKind, row.year, row.field]).toEqual([
          r.office,
          r.region,
          r.officeKind,
          r.year,
          cell.path,
        ])
        expect([row.value, row.text], `${r.office} ${cell.path}`).toEqual(typeof v === 'string' ? [null, v] : [v, null])
      }
  })
})

describe('year parts and refusals', () => {
  it('splits by year into Hive-style paths, years ascending, each part holding its year only', async () => {
    const parts = [...parquetParts(reports.map(recordOf), 'wide')]
    expect(parts.map((p) => [p.path, p.rows])).toEqual([
      ['year=2020/reports.parquet', 1],
      ['year=2022/reports.parquet', 1],
      ['year=2023/reports.parquet', 1],
      ['year=2024/reports.parquet', 1],
    ])
    const long = [...parquetParts(reports.map(recordOf), 'long')]
    expect(long[0].path).toBe('year=2020/cells.parquet')
    for (const part of long) {
      const path = join(dir, `part-${part.year}.parquet`)
      writeFileSync(path, part.bytes)
      const [row] = await duck.run(`SELECT min(year) AS lo, max(year) AS hi, count(*) AS n FROM '${path}'`)
      expect([row.lo, row.hi, row.n]).toEqual([part.year, part.year, part.rows])
    }
  })

  it('refuses a value its column cannot hold, naming the report and the cell', () => {
    const bad = structuredClone(reports[0])
    bad.requests.received!.natural = 1.5
    const error = (() => {
      try {
        writeParquet([recordOf(bad)], 'wide')
      } catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).describe()).toContain('requests.received.natural')
    expect((error as InputError).describe()).toContain(`${bad.office} ${bad.year}`)
    expect(() => writeParquet([recordOf(bad)], 'long')).toThrow(InputError)
  })
})
