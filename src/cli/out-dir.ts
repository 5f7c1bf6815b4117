/**
 * `export --out DIR`: the year directories of a partitioned export (`year=2024/…`), each replacing
 * the same year of an earlier export whole, other years kept — so a national office can export
 * one year per run, or add next year's reports without exporting the old ones again, and a year
 * never holds files of two exports (an engine reading DIR/** would count those twice).
 *
 * Everything is first written into a staging directory beside DIR and moved in at the end: a
 * failed export leaves DIR as it was. DIR may not exist, be empty, or hold only an earlier export
 * (`year=NNNN` directories of `.parquet` files); anything else in it is refused, never deleted.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { InputError } from '../domain/errors'
import type { NestedMessage } from '../i18n/format'
import { nested, said } from '../i18n/said'

export interface OutputFile {
  /** Relative path inside the directory, `/`-separated (e.g. `year=2024/reports.parquet`). */
  path: string
  bytes: Uint8Array
}

const PARTITION = /^year=\d{4}$/

function fail(dir: string, problem: NestedMessage): InputError {
  return new InputError(said('cli.outDir', { dir, problem }))
}

function fsReason(error: unknown): NestedMessage {
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'EACCES' || code === 'EPERM') return nested('cli.fsNoPermission')
  if (code === 'ENOSPC') return nested('cli.fsFull')
  if (code === 'ENOTDIR') return nested('cli.fsNotDirectory')
  if (code === 'EROFS') return nested('cli.fsReadOnly')
  return nested('text', { text: error instanceof Error ? error.message : String(error) })
}

/** Is `dir` absent (false), or a directory that may be replaced (true)? Throws when it may not. */
function replaceable(dir: string): boolean {
  let entries: string[]
  try {
    if (!statSync(dir).isDirectory()) throw fail(dir, nested('cli.outDirIsFile'))
    entries = readdirSync(dir)
  } catch (error) {
    if (error instanceof InputError) throw error
    if ((error as { code?: unknown }).code === 'ENOENT') return false
    throw fail(dir, nested('cli.outDirUnreadable', { why: fsReason(error) }))
  }
  for (const entry of entries) {
    const path = join(dir, entry)
    const ok =
      PARTITION.test(entry) &&
      statSync(path).isDirectory() &&
      readdirSync(path).every((f) => f.endsWith('.parquet') && statSync(join(path, f)).isFile())
    if (!ok) throw fail(dir, nested('cli.outDirForeign', { entry }))
  }
  return true
}

export interface DirectoryWrite {
  /** Paths written, in order. */
  written: string[]
  /** Year directories of an earlier export that this one did not replace, sorted. */
  kept: string[]
}

/**
 * Writes `files` into `dir` (see above): each top-level directory of their paths replaces the one
 * of that name. Files are written as the iterable yields them, so a generator can build one
 * year's file while the previous one is on disk.
 */
export async function writeDirectory(dir: string, files: Iterable<OutputFile>): Promise<DirectoryWrite> {
  const target = resolve(dir)
  const earlier = replaceable(target) ? readdirSync(target) : []
  const parent = dirname(target)
  const staging = join(parent, `.${basename(target)}.partial-${process.pid}`)
  const replaced = join(parent, `.${basename(target)}.replaced-${process.pid}`)
  const written: string[] = []
  const tops = new Set<string>()
  const failed = (error: unknown) => {
    rmSync(staging, { recursive: true, force: true })
    if (error instanceof InputError) return error
    return fail(dir, nested('cli.outDirFailed', { why: fsReason(error) }))
  }
  try {
    mkdirSync(staging, { recursive: true })
    for (const file of files) {
      const parts = file.path.split('/')
      if (parts.length !== 2 || !PARTITION.test(parts[0])) throw new Error(`unexpected output path ${file.path}`)
      const path = join(staging, ...parts)
      mkdirSync(dirname(path), { recursive: true })
      writeFileSync(path, file.bytes)
      written.push(file.path)
      tops.add(parts[0])
    }
    mkdirSync(target, { recursive: true })
    mkdirSync(replaced)
  } catch (error) {
    throw failed(error)
  }
  // Each year is swapped in by two renames; replaced years are deleted only once all are in, and
  // put back if a rename fails.
  const swapped: string[] = []
  try {
    for (const top of tops) {
      if (earlier.includes(top)) renameSync(join(target, top), join(replaced, top))
      renameSync(join(staging, top), join(target, top))
      swapped.push(top)
    }
  } catch (error) {
    for (const top of swapped) rmSync(join(target, top), { recursive: true, force: true })
    for (const top of readdirSync(replaced)) renameSync(join(replaced, top), join(target, top))
    rmSync(replaced, { recursive: true, force: true })
    throw failed(error)
  }
  rmSync(staging, { recursive: true, force: true })
  rmSync(replaced, { recursive: true, force: true })
  return { written, kept: earlier.filter((e) => !tops.has(e)).sort() }
}
