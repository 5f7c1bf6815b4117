/**
 * `export --format parquet|long-parquet` (SPEC §5): stdout or `--out DIR`, the refusals, and one
 * run of the real bundled command line (`npm run cli`), whose Parquet writer is a lazily loaded chunk.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeDirectory } from '../../src/cli/out-dir'
import { cellsFor } from '../../src/domain/cells'
import { runCli, type CliIo } from '../../src/cli/run'
import { writeJson } from '../../src/io/write'
import { openDuckDb, type Duck } from './duckdb'
import { FIXTURE_JSON_PATH, sampleRecords, sampleReports } from './sample-reports'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const FIXTURE = fileURLToPath(FIXTURE_JSON_PATH)
const SAMPLES = writeJson(sampleRecords())

let work: string
let duck: Duck
beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'cli-parquet-'))
  duck = await openDuckDb()
})
afterAll(() => {
  duck?.close()
  if (work) rmSync(work, { recursive: true, force: true })
})

interface Run {
  code: number
  stdout: Uint8Array
  stderr: string
  read: string[]
}

async function cli(argv: string[], io: Partial<CliIo> = {}): Promise<Run> {
  const out: Uint8Array[] = []
  const read: string[] = []
  let stderr = ''
  const code = await runCli(argv, {
    readFile: async (path) => {
      read.push(path)
      return path === 'samples.json' ? new TextEncoder().encode(SAMPLES) : new Uint8Array(await readFile(path))
    },
    stdout: (data) => out.push(typeof data === 'string' ? new TextEncoder().encode(data) : data),
    stderr: (text) => (stderr += text),
    writeDirectory,
    ...io,
  })
  return { code, stdout: new Uint8Array(Buffer.concat(out)), stderr, read }
}

const magic = (bytes: Uint8Array) => new TextDecoder().decode(bytes.subarray(0, 4))

describe('cli export --format parquet', () => {
  it('writes one wide Parquet file to stdout, which DuckDB reads back report for report', async () => {
    const r = await cli(['export', '--format', 'parquet', 'samples.json'])
    expect(r.code, r.stderr).toBe(0)
    expect([magic(r.stdout), magic(r.stdout.subarray(-4))]).toEqual(['PAR1', 'PAR1'])
    const file = join(work, 'samples.parquet')
    writeFileSync(file, r.stdout)
    const rows = await duck.run(
      `SELECT office, year, "requests.received.total" AS received, "proactive.licensing.change" AS change FROM '${file}'`,
    )
    expect(rows.map((row) => [row.office, row.year])).toEqual(sampleReports().map((s) => [s.office, s.year]))
    expect(rows.find((row) => row.year === 2020)!.change).toBe(-3)
    expect(rows.find((row) => row.year === 2022)!.received).toBeNull()
  })

  it('--out writes one long file per year in Hive layout and says so on stderr', async () => {
    const dir = join(work, 'cells')
    const r = await cli(['export', '--format', 'long-parquet', '--out', dir, 'samples.json'])
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toHaveLength(0)
    expect(readdirSync(dir).sort()).toEqual(['year=2020', 'year=2022', 'year=2023', 'year=2024'])
    expect(r.stderr).toContain(`已写出 4 份报告（长表）到 ${dir}`)
    expect(r.stderr).toContain('Parquet 不含报告正文')
    // A second run with one year replaces that year and keeps the others.
    const again = await cli(['export', '--format', 'long-parquet', '--out', dir, FIXTURE])
    expect(again.code, again.stderr).toBe(0)
    expect(again.stderr).toContain('原有的 year=2020、year=2022、year=2023 不在本次导出的年度中，保持不变')
    expect(readdirSync(dir).sort()).toEqual(['year=2020', 'year=2022', 'year=2023', 'year=2024'])
    const [row] = await duck.run(
      `SELECT count(DISTINCT office) AS offices, count(*) FILTER (WHERE text IS NOT NULL) AS texts,
         count(*) FILTER (WHERE year = 2024) AS cells2024
       FROM read_parquet('${dir}/**/*.parquet', hive_partitioning = true)`,
    )
    // year=2024 holds the second run's one report, once.
    expect([row.offices, row.texts, row.cells2024]).toEqual([4, 1, cellsFor('2021').length])
  })

  it('refuses to write binary to a terminal, before reading any input (exit 2, stdout empty)', async () => {
    const r = await cli(['export', '--format', 'parquet', 'samples.json'], { stdoutIsTerminal: true })
    expect(r.code).toBe(2)
    expect(r.stdout).toHaveLength(0)
    expect(r.read).toEqual([])
    expect(r.stderr).toContain('不能显示在终端上')
    expect(r.stderr).toContain('--out')
    const toDir = await cli(['export', '--format', 'parquet', '--out', join(work, 'tty'), 'samples.json'], {
      stdoutIsTerminal: true,
    })
    expect(toDir.code, toDir.stderr).toBe(0)
  })

  it('refuses flags that do not apply, with the usage', async () => {
    const csvOut = await cli(['export', '--format', 'csv', '--out', work, 'samples.json'])
    expect([csvOut.code, csvOut.stdout.length]).toEqual([2, 0])
    expect(csvOut.stderr).toContain('--out 只用于 Parquet 输出')
    const zh = await cli(['export', '--format', 'long-parquet', '--headers', 'zh', 'samples.json'])
    expect(zh.code).toBe(2)
    expect(zh.stderr).toContain('只用于 CSV 输出')
    const convert = await cli(['convert', '--out', work, 'samples.json'])
    expect(convert.stderr).toContain('convert 命令不接受 --out')
  })

  it('refuses to replace a directory that is not an earlier export (exit 2, nothing written)', async () => {
    const dir = join(work, 'papers')
    mkdirSync(dir)
    writeFileSync(join(dir, 'keep.txt'), '')
    const r = await cli(['export', '--format', 'parquet', '--out', dir, 'samples.json'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('keep.txt')
    expect(r.stderr).toContain('未写出任何文件')
    expect(readdirSync(dir)).toEqual(['keep.txt'])
  })

  it('runs in the real bundled command line: stdout piped to a file, and --out', () => {
    const out = join(work, 'bundle')
    const p = spawnSync('node', ['scripts/cli.mjs', 'export', '--format', 'parquet', '--out', out, FIXTURE], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    expect(p.status, p.stderr).toBe(0)
    expect(readdirSync(out)).toEqual(['year=2024'])
    const piped = spawnSync('node', ['scripts/cli.mjs', 'export', '--format', 'parquet', FIXTURE], { cwd: ROOT })
    expect(piped.status).toBe(0)
    expect(magic(piped.stdout)).toBe('PAR1')
  })
})
