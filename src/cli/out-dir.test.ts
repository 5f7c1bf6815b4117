import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { InputError } from '../domain/errors'
import { writeDirectory, type OutputFile } from './out-dir'

let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'out-dir-'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const bytes = (s: string) => new TextEncoder().encode(s)
const part = (year: number, text = `data ${year}`): OutputFile => ({
  path: `year=${year}/reports.parquet`,
  bytes: bytes(text),
})
/** Every file under `dir`, as relative path → text. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    out[path.slice(dir.length + 1)] = readFileSync(path, 'utf8')
  }
  return out
}
const leftovers = () => readdirSync(root).filter((f) => f.startsWith('.'))

async function failure(run: Promise<unknown>): Promise<InputError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(InputError)
  return error as InputError
}

describe('writeDirectory (export --out)', () => {
  it('creates the directory, its parents and the year directories', async () => {
    const dir = join(root, 'a', 'parquet')
    expect(await writeDirectory(dir, [part(2023), part(2024)])).toEqual({
      written: ['year=2023/reports.parquet', 'year=2024/reports.parquet'],
      kept: [],
    })
    expect(tree(dir)).toEqual({ 'year=2023/reports.parquet': 'data 2023', 'year=2024/reports.parquet': 'data 2024' })
    expect(leftovers()).toEqual([])
  })

  it('replaces the years it writes as a whole and keeps the other years of an earlier export', async () => {
    const dir = join(root, 'parquet')
    await writeDirectory(dir, [part(2022), part(2023)])
    writeFileSync(join(dir, 'year=2023', 'old-extra.parquet'), 'from an older version')
    expect(await writeDirectory(dir, [part(2023, 'new 2023'), part(2024)])).toEqual({
      written: ['year=2023/reports.parquet', 'year=2024/reports.parquet'],
      kept: ['year=2022'],
    })
    expect(tree(dir)).toEqual({
      'year=2022/reports.parquet': 'data 2022',
      'year=2023/reports.parquet': 'new 2023',
      'year=2024/reports.parquet': 'data 2024',
    })
    expect(leftovers()).toEqual([])
  })

  it('accepts an empty directory', async () => {
    const dir = join(root, 'empty')
    mkdirSync(dir)
    await writeDirectory(dir, [part(2024)])
    expect(Object.keys(tree(dir))).toEqual(['year=2024/reports.parquet'])
  })

  it('refuses a directory holding anything else, and leaves it untouched', async () => {
    const dir = join(root, 'documents')
    mkdirSync(join(dir, 'year=2024'), { recursive: true })
    writeFileSync(join(dir, 'year=2024', 'reports.parquet'), 'old')
    writeFileSync(join(dir, '说明.txt'), 'keep me')
    const error = await failure(writeDirectory(dir, [part(2024)]))
    expect(error.message).toContain('说明.txt')
    expect(error.message).toContain('未写出任何文件')
    expect(tree(dir)).toEqual({ 'year=2024/reports.parquet': 'old', '说明.txt': 'keep me' })
    expect(leftovers()).toEqual([])
  })

  it('refuses a path that is a file', async () => {
    const file = join(root, 'reports.parquet')
    writeFileSync(file, 'x')
    expect((await failure(writeDirectory(file, [part(2024)]))).message).toContain('不是文件夹')
    expect(readFileSync(file, 'utf8')).toBe('x')
  })

  it('a failure while the files are made leaves the previous export exactly as it was', async () => {
    const dir = join(root, 'parquet')
    await writeDirectory(dir, [part(2023)])
    function* failing(): Generator<OutputFile> {
      yield part(2023, 'half')
      throw new InputError('某局 2024 年度报告无法写成 Parquet')
    }
    expect((await failure(writeDirectory(dir, failing()))).message).toContain('某局 2024')
    expect(tree(dir)).toEqual({ 'year=2023/reports.parquet': 'data 2023' })
    expect(leftovers()).toEqual([])
    expect(existsSync(join(root, 'parquet'))).toBe(true)
  })
})
