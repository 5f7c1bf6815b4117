/**
 * DuckDB (through @duckdb/node-api) for the tests that read the Parquet exports: an in-memory
 * database, SQL text run statement by statement, and rows with plain JS numbers (DuckDB hands
 * BIGINT and HUGEINT sums over as bigint; every figure compared here is far below 2^53).
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api'

export type Row = Record<string, string | number | boolean | null>

function plain(value: unknown): string | number | boolean | null {
  if (typeof value === 'bigint') return Number(value)
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if (value === undefined) return null
  return value as string | number | boolean | null
}

export interface Duck {
  /** Runs every statement of `sql`; returns the rows of the last one. */
  run(sql: string): Promise<Row[]>
  close(): void
}

export async function openDuckDb(): Promise<Duck> {
  const instance = await DuckDBInstance.create(':memory:')
  const connection: DuckDBConnection = await instance.connect()
  return {
    async run(sql) {
      const statements = await connection.extractStatements(sql)
      let rows: Row[] = []
      for (let i = 0; i < statements.count; i++) {
        const prepared = await statements.prepare(i)
        const reader = await prepared.runAndReadAll()
        rows = reader.getRowObjectsJS().map((r) => {
          const out: Row = {}
          for (const [k, v] of Object.entries(r)) out[k] = plain(v)
          return out
        })
      }
      return rows
    },
    close() {
      connection.closeSync()
      instance.closeSync()
    },
  }
}
