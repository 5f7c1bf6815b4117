/**
 * The bench's input: the benchmark province of the demo generator (fixed seed) as wide CSV in
 * .bench/data/. A CSV is written again only when missing or older than the generator and CSV
 * writer sources, since 100,000 reports take half a minute to generate.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { DEMO_SEED, generateProvince } from '../../src/demo/generate'
import { recordOf } from '../../src/domain/record'
import { writeWideCsv } from '../../src/io/write'

// What the CSV's bytes depend on: the generator, the wide CSV writer and the model it writes.
const SOURCES = ['src/demo', 'src/io/csv-wide.ts', 'src/io/csv-common.ts', 'src/domain/model.ts', 'src/domain/cells.ts']

/** Newest modification time under a path (a file or a directory), in ms. */
export function newestMtime(path: string): number {
  const s = statSync(path)
  if (!s.isDirectory()) return s.mtimeMs
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), 0)
}

/** Regions between the starts of two provinces of one scale run (100,000 reports take ~520). */
export const PROVINCE_STRIDE = 1000

/**
 * Path of the province CSV with `count` reports, generating it if needed. Province `part` k > 0
 * starts k × PROVINCE_STRIDE regions further on: its offices are named differently from every
 * other part's (the scale run imports five of them one after another).
 */
export function provinceCsv(
  count: number,
  dir: string,
  fresh = false,
  part = 0,
): { path: string; generated: boolean; bytes: number } {
  mkdirSync(dir, { recursive: true })
  const path = join(dir, `province-${count}-seed${DEMO_SEED}${part ? `-part${part}` : ''}.csv`)
  const sourcesChanged = existsSync(path) && statSync(path).mtimeMs < Math.max(...SOURCES.map(newestMtime))
  const generated = fresh || !existsSync(path) || sourcesChanged
  if (generated) {
    const tmp = `${path}.tmp`
    writeFileSync(
      tmp,
      writeWideCsv(generateProvince(count, DEMO_SEED, { firstRegion: part * PROVINCE_STRIDE }).map(recordOf)),
    )
    renameSync(tmp, path)
  }
  return { path, generated, bytes: statSync(path).size }
}
