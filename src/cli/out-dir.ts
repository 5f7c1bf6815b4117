/**
 * `export --out DIR`: the files of a partitioned export written as one whole. They are written into
 * a staging directory beside DIR and swapped in at the end, so an interrupted or failed export
 * leaves DIR as it was, and a new export never leaves the files of an older one beside its own
 * (an engine reading DIR/** would count those twice).
 *
 * DIR may not exist, be empty, or hold a previous export (only `year=NNNN` directories of
 * `.parquet` files) — which is replaced. Anything else in it is refused, never deleted.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { InputError } from '../domain/errors'

export interface OutputFile {
  /** Relative path inside the directory, `/`-separated (e.g. `year=2024/reports.parquet`). */
  path: string
  bytes: Uint8Array
}

const PARTITION = /^year=\d{4}$/

function fail(dir: string, message: string): InputError {
  return new InputError(`输出目录 ${dir}：${message}`)
}

function fsReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'EACCES' || code === 'EPERM') return '没有写入权限'
  if (code === 'ENOSPC') return '磁盘空间不足'
  if (code === 'ENOTDIR') return '路径中有一段不是文件夹'
  if (code === 'EROFS') return '所在磁盘只读'
  return error instanceof Error ? error.message : String(error)
}

/** Is `dir` absent (false), or a directory that may be replaced (true)? Throws when it may not. */
function replaceable(dir: string): boolean {
  let entries: string[]
  try {
    if (!statSync(dir).isDirectory()) throw fail(dir, '已有同名文件，不是文件夹；未写出任何文件')
    entries = readdirSync(dir)
  } catch (error) {
    if (error instanceof InputError) throw error
    if ((error as { code?: unknown }).code === 'ENOENT') return false
    throw fail(dir, `无法读取（${fsReason(error)}）；未写出任何文件`)
  }
  for (const entry of entries) {
    const path = join(dir, entry)
    const ok =
      PARTITION.test(entry) &&
      statSync(path).isDirectory() &&
      readdirSync(path).every((f) => f.endsWith('.parquet') && statSync(join(path, f)).isFile())
    if (!ok)
      throw fail(
        dir,
        `其中的“${entry}”不是以前导出的按年度分区的 Parquet 文件。为免误删，未写出任何文件；请换一个新的或空的目录`,
      )
  }
  return true
}

/**
 * Writes `files` as the whole content of `dir` (see above). Files are written as the iterable
 * yields them, so a generator can build one year's file while the previous one is on disk.
 * Returns the paths written, in order.
 */
export async function writeDirectory(dir: string, files: Iterable<OutputFile>): Promise<string[]> {
  const target = resolve(dir)
  const exists = replaceable(target)
  const parent = dirname(target)
  const staging = join(parent, `.${basename(target)}.partial-${process.pid}`)
  const written: string[] = []
  try {
    mkdirSync(staging, { recursive: true })
    for (const file of files) {
      const path = join(staging, ...file.path.split('/'))
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, file.bytes)
      written.push(file.path)
    }
    if (exists) {
      const old = join(parent, `.${basename(target)}.old-${process.pid}`)
      renameSync(target, old)
      renameSync(staging, target)
      rmSync(old, { recursive: true, force: true })
    } else {
      renameSync(staging, target)
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    if (error instanceof InputError) throw error
    throw fail(dir, `写出失败（${fsReason(error)}）；目录保持原样`)
  }
  return written
}
