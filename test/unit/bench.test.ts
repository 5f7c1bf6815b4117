/**
 * The pure parts of `npm run bench`: which JS counts as initial, and how trace samples become
 * per-phase self times. (The bench's figures themselves are never asserted: they are times.)
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bundleFigures } from '../../scripts/bench/bundle'
import { chunkModules, parseTrace, summarise } from '../../scripts/bench/trace'
import { median, quantile } from '../../scripts/bench/util'

describe('bundleFigures', () => {
  it('counts the entry, its static imports and the overview route as initial, and lazy chunks only in the total', () => {
    const dist = mkdtempSync(join(tmpdir(), 'bench-dist-'))
    mkdirSync(join(dist, 'assets'))
    const put = (name: string, text: string) => writeFileSync(join(dist, 'assets', name), text)
    writeFileSync(
      join(dist, 'index.html'),
      '<script type="module" crossorigin src="./assets/index-a.js"></script><link rel="modulepreload" crossorigin href="./assets/runtime-b.js">',
    )
    put(
      'index-a.js',
      'import{x}from"./runtime-b.js";const r=[()=>import(`./OverviewPage-c.js`),()=>import(`./DataPage-d.js`)];',
    )
    put('runtime-b.js', 'export const x=1;')
    put('OverviewPage-c.js', 'import{y}from`./charts-e.js`;import"./style-f.js";')
    put('charts-e.js', 'export const y=2;'.repeat(50))
    put('style-f.js', '')
    put('DataPage-d.js', 'import{z}from"./xlsx-g.js";')
    put('xlsx-g.js', 'export const z=3;'.repeat(500))
    const b = bundleFigures(dist)
    expect(b.initialFiles).toEqual([
      'assets/OverviewPage-c.js',
      'assets/charts-e.js',
      'assets/index-a.js',
      'assets/runtime-b.js',
      'assets/style-f.js',
    ])
    expect(b.totalFiles).toBe(7)
    expect(b.totalKb).toBeGreaterThan(b.initialKb)
  })
})

describe('trace summaries', () => {
  const frame = (functionName: string, lineNumber = 0) => ({
    functionName,
    url: 'http://127.0.0.1:1/board/assets/index-a.js',
    lineNumber,
  })
  const trace = {
    traceEvents: [
      { name: 'thread_name', ph: 'M', pid: 1, tid: 10, ts: 0, args: { name: 'CrRendererMain' } },
      { name: 'bench:a', cat: 'blink.user_timing', ph: 'I', pid: 1, tid: 10, ts: 1000 },
      { name: 'bench:b', cat: 'blink.user_timing', ph: 'I', pid: 1, tid: 10, ts: 5000 },
      { name: 'Profile', ph: 'P', id: '0x1', pid: 1, tid: 10, ts: 0, args: { data: { startTime: 0 } } },
      // Chunks come from the profiler's own thread (tid 11): they belong to profile 0x1 all the same.
      {
        name: 'ProfileChunk',
        ph: 'P',
        id: '0x1',
        pid: 1,
        tid: 11,
        ts: 1,
        args: {
          data: {
            cpuProfile: {
              nodes: [
                { id: 1, callFrame: { functionName: '(root)' } },
                { id: 2, callFrame: frame('checkReports', 1), parent: 1 },
                { id: 3, callFrame: { functionName: '(idle)' }, parent: 1 },
              ],
              samples: [2, 2, 3],
            },
            timeDeltas: [1000, 1000, 1000],
          },
        },
      },
      {
        name: 'ProfileChunk',
        ph: 'P',
        id: '0x1',
        pid: 1,
        tid: 11,
        ts: 2,
        args: {
          data: {
            cpuProfile: { nodes: [{ id: 4, callFrame: frame('buildOverview', 3), parent: 1 }], samples: [4, 4, 2] },
            timeDeltas: [1000, 1000, 1000],
          },
        },
      },
    ],
  }

  it('attributes each sample to its own function and module, only inside the marked window, idle excluded', () => {
    const parsed = parseTrace(JSON.stringify(trace))
    expect(parsed.threads.map((t) => t.thread)).toEqual(['CrRendererMain'])
    const a = parsed.marks.get('bench:a')!.ts
    const b = parsed.marks.get('bench:b')!.ts
    const lookup = chunkModules(
      '// src/domain/rules/index.ts\nfunction checkReports() {}\n// src/analysis/overview.ts\nfunction buildOverview() {}\n',
    )
    const s = summarise(parsed.threads, [[a, b]], (_url, line) => lookup(line))!
    // Samples at 1–6 ms stand for 1 ms each; the window [1, 5) ms holds checkReports ×2, idle, buildOverview.
    expect(s.busyMs).toBe(3)
    expect(s.topFunctions).toEqual([
      { name: 'checkReports', where: 'src/domain/rules/index.ts:2', ms: 2 },
      { name: 'buildOverview', where: 'src/analysis/overview.ts:4', ms: 1 },
    ])
  })

  it('maps a chunk line to the module whose comment precedes it, with node_modules cut to the package', () => {
    const lookup = chunkModules(
      '// \\0rolldown/runtime.js\nx\n// node_modules/.pnpm/echarts@6.1.0/node_modules/echarts/lib/core/echarts.js\ny\n// src/io/csv-wide.ts\nz',
    )
    expect([lookup(1), lookup(3), lookup(5)]).toEqual(['rolldown/runtime.js', 'echarts', 'src/io/csv-wide.ts'])
  })

  it('gives a CommonJS package wrapped inside a module its own name, and the module back after it', () => {
    const chunk = [
      '// src/io/formula.ts',
      'var import_papaparse_min = __toESM((__commonJSMin(((exports) => {',
      '\tfunction parse() {}',
      '})))(), 1);',
      'function restoreFormula() {}',
    ]
    const lookup = chunkModules(chunk.join('\n'))
    expect([lookup(2), lookup(4)]).toEqual(['papaparse', 'src/io/formula.ts'])
  })
})

describe('median and p95', () => {
  it('takes the middle of an even count and the nearest rank for p95', () => {
    const tries = Array.from({ length: 30 }, (_, i) => i + 1)
    expect(median(tries)).toBe(15.5)
    expect(quantile(tries, 0.95)).toBe(29)
  })
})
