/**
 * `export --format parquet|long-parquet` (SPEC §5): one Parquet file on stdout, or with `--out DIR`
 * one file per year in Hive layout (`DIR/year=2024/reports.parquet`), which DuckDB, Spark or
 * ClickHouse read as one partitioned table (docs/analysis/README.md).
 * The writer (and hyparquet-writer) is loaded only when a Parquet export runs.
 */
import { InputError } from '../domain/errors'
import { nested, said } from '../i18n/said'
import type { Lang } from '../i18n/translate'
import type { ReportRecord } from '../domain/record'
import type { ExportFormat } from './args'
import type { DirectoryWrite, OutputFile } from './out-dir'

export interface ParquetOutput {
  /** Whether stdout is a terminal: binary output is refused there. */
  stdoutIsTerminal?: boolean
  /** Writes year directories into a directory, replacing those years (out-dir.ts); needed for --out. */
  writeDirectory?(dir: string, files: Iterable<OutputFile>): Promise<DirectoryWrite>
}

const TABLE_NAME = { wide: nested('cli.parquetWide'), long: nested('cli.parquetLong') } as const

/** Before any input is read: Parquet bytes on a terminal would only garble it. */
export function refuseBinaryOnTerminal(options: { out?: string }, io: ParquetOutput): void {
  if (options.out === undefined && io.stdoutIsTerminal) throw new InputError(said('cli.parquetTerminal'))
}

export async function exportParquet(
  reports: readonly ReportRecord[],
  options: { format?: ExportFormat; out?: string },
  io: ParquetOutput,
  stderr: string[],
  lang: Lang,
): Promise<{ stdout: string | Uint8Array; stderr: string[]; code: number }> {
  const { parquetParts, writeParquet } = await import('../io/parquet')
  const table = options.format === 'long-parquet' ? 'long' : 'wide'
  if (reports.some((r) => r.narrative)) stderr.push(lang.t('cli.parquetNoNarrative'))
  if (options.out === undefined) return { stdout: writeParquet(reports, table), stderr, code: 0 }

  if (!io.writeDirectory) throw new Error('writeDirectory is not available to this command line')
  const { written, kept } = await io.writeDirectory(options.out, parquetParts(reports, table))
  const years = written.map((p) => p.split('/')[0])
  stderr.push(
    lang.t('cli.parquetWritten', {
      reports: reports.length,
      table: TABLE_NAME[table],
      dir: options.out,
      years,
      files: written.length,
    }),
  )
  if (kept.length > 0) stderr.push(lang.t('cli.parquetKept', { kept }))
  return { stdout: '', stderr, code: 0 }
}
