import { describe, expect, it } from 'vitest'
import { recordOf } from '../domain/record'
import { generateProvince } from '../demo/generate'
import { writeJson } from '../io/write'
import { loadInputs, LoadFailure, READ_AHEAD, readAhead, type FileSource } from './load'

const reports = generateProvince(READ_AHEAD * 2 + 5)
const files = Object.fromEntries(reports.map((r, i) => [`r${i}.json`, writeJson([recordOf(r)])]))

/** Reads finish in reverse order (the last file first), as they may on a busy disk. */
function slowDisk(contents: Record<string, string>, inFlight: { now: number; max: number }): FileSource {
  const names = Object.keys(contents)
  return {
    readFile: (path) => {
      inFlight.now++
      inFlight.max = Math.max(inFlight.max, inFlight.now)
      return new Promise((resolve, reject) =>
        setTimeout(
          () => {
            inFlight.now--
            const text = contents[path]
            if (text === undefined) reject(Object.assign(new Error('no such file'), { code: 'ENOENT' }))
            else resolve(new TextEncoder().encode(text))
          },
          names.length - names.indexOf(path),
        ),
      )
    },
  }
}

describe('loadInputs', () => {
  it('reads files ahead, a bounded number at a time, yet keeps the reports in the order the files were given', async () => {
    const inFlight = { now: 0, max: 0 }
    const loaded = await loadInputs(Object.keys(files), {}, slowDisk(files, inFlight))
    expect(loaded.records.map((r) => r.office)).toEqual(reports.map((r) => r.office))
    expect(inFlight.max).toBeGreaterThan(1)
    expect(inFlight.max).toBeLessThanOrEqual(READ_AHEAD)
  })

  it('names every file that fails, in the order given, whichever read finished first', async () => {
    const names = Object.keys(files)
    const list = [names[0], 'missing-1.json', ...names.slice(1, 20), names[3], 'missing-2.json']
    const error = await loadInputs(list, {}, slowDisk(files, { now: 0, max: 0 })).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(LoadFailure)
    const r3 = reports[3]
    expect((error as LoadFailure).messages).toEqual([
      'missing-1.json: 无法读取文件（文件不存在）',
      `${names[3]}: ${r3.office} ${r3.year} 年的报告本文件中出现了两次；同一机关同一年度只能有一份报告`,
      'missing-2.json: 无法读取文件（文件不存在）',
    ])
  })

  it('stops reading ahead while big files wait to be parsed, also from a source that reads at once', async () => {
    let calls = 0
    const source: FileSource = {
      readFile: async () => {
        calls++
        return new Uint8Array(600)
      },
    }
    const names = Array.from({ length: 40 }, (_, i) => `big-${i}.csv`)
    const ahead: number[] = []
    let taken = 0
    for await (const read of readAhead(names, source, { files: READ_AHEAD, bytes: 1000 })) {
      expect('bytes' in read && read.bytes.length).toBe(600)
      taken++
      ahead.push(calls - taken)
    }
    expect(taken).toBe(40)
    // Two 600-byte files pass the 1,000-byte budget: never more than a couple read ahead.
    expect(Math.max(...ahead)).toBeLessThanOrEqual(2)
    calls = 0
    taken = 0
    ahead.length = 0
    for await (const _ of readAhead(names, source, { files: READ_AHEAD, bytes: 1e9 })) ahead.push(calls - ++taken)
    expect(Math.max(...ahead)).toBe(READ_AHEAD - 1)
  })
})
