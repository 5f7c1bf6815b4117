/**
 * `export --format parquet|long-parquet` (SPEC §5): one Parquet file on stdout, or with `--out DIR`
 * one file per year in Hive layout (`DIR/year=2024/reports.parquet`), which DuckDB, Spark or
 * ClickHouse read as one partitioned table (docs/analysis/README.md).
 * The writer (and hyparquet-writer) is loaded only when a Parquet export runs.
 */
import { InputError } from '../domain/errors'
import type { ReportRecord } from '../domain/record'
import type { ExportFormat } from './args'
import type { DirectoryWrite, OutputFile } from './out-dir'

export interface ParquetOutput {
  /** Whether stdout is a terminal: binary output is refused there. */
  stdoutIsTerminal?: boolean
  /** Writes year directories into a directory, replacing those years (out-dir.ts); needed for --out. */
  writeDirectory?(dir: string, files: Iterable<OutputFile>): Promise<DirectoryWrite>
}

const TABLE_NAME = { wide: '宽表', long: '长表' } as const

/** Before any input is read: Parquet bytes on a terminal would only garble it. */
export function refuseBinaryOnTerminal(options: { out?: string }, io: ParquetOutput): void {
  if (options.out === undefined && io.stdoutIsTerminal)
    throw new InputError(
      'Parquet 是二进制文件，不能显示在终端上：请用 --out 目录 按年度写出，或把标准输出重定向到文件（… > reports.parquet）',
    )
}

export async function exportParquet(
  reports: readonly ReportRecord[],
  options: { format?: ExportFormat; out?: string },
  io: ParquetOutput,
  stderr: string[],
): Promise<{ stdout: string | Uint8Array; stderr: string[]; code: number }> {
  const { parquetParts, writeParquet } = await import('../io/parquet')
  const table = options.format === 'long-parquet' ? 'long' : 'wide'
  if (reports.some((r) => r.narrative))
    stderr.push('提示：Parquet 不含报告正文（总体情况、存在的主要问题等文字），已略去')
  if (options.out === undefined) return { stdout: writeParquet(reports, table), stderr, code: 0 }

  if (!io.writeDirectory) throw new Error('writeDirectory is not available to this command line')
  const { written, kept } = await io.writeDirectory(options.out, parquetParts(reports, table))
  const years = written.map((p) => p.split('/')[0]).join('、')
  stderr.push(
    `已写出 ${reports.length} 份报告（${TABLE_NAME[table]}）到 ${options.out}：${years}，共 ${written.length} 个文件`,
  )
  if (kept.length > 0) stderr.push(`目录中原有的 ${kept.join('、')} 不在本次导出的年度中，保持不变`)
  return { stdout: '', stderr, code: 0 }
}
