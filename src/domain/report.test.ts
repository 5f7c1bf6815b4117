import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateProvince } from '../demo/generate'
import { cellsFor, getCell, setCell } from './cells'
import { canonicalReport, emptyReport } from './report'
import type { Report } from './types'

/** canonicalReport as first written: a blank report, then every cell of the format copied by path. */
function canonicalByPath(report: Report): Report {
  const out = emptyReport(report)
  for (const cell of cellsFor(report.template)) {
    const v = getCell(report, cell)
    if (cell.kind === 'text') {
      if (typeof v === 'string') setCell(out, cell, v)
      continue
    }
    setCell(out, cell, typeof v === 'number' ? v : null)
  }
  const n = report.narrative
  const narrative =
    n &&
    Object.fromEntries(
      (['overview', 'problems', 'other'] as const)
        .filter((k) => typeof n[k] === 'string' && n[k])
        .map((k) => [k, n[k]]),
    )
  if (narrative && Object.keys(narrative).length) out.narrative = narrative
  return out
}

const REPORTS = generateProvince(30)
const ODD: unknown[] = [null, undefined, '12', 'text', -0, 3.5, true, {}, [], { x: 1 }]
const PATHS = [...new Set(REPORTS.flatMap((r) => cellsFor(r.template).map((c) => c.segments)))]

describe('canonicalReport', () => {
  it('copies exactly what the path-by-path copy did, in the same key order, whatever odd values or extra keys a stored report carries', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...REPORTS),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 6 }),
        fc.boolean(),
        (report, edits, extras) => {
          const copy = structuredClone(report) as unknown as Record<string, unknown>
          for (const [p, d, v] of edits) {
            const segments = PATHS[p % PATHS.length]
            // Overwrite a cell or one of the objects above it.
            const depth = 1 + (d % segments.length)
            let node = copy
            for (const s of segments.slice(0, depth - 1)) {
              if (node[s] === null || typeof node[s] !== 'object') node[s] = {}
              node = node[s] as Record<string, unknown>
            }
            node[segments[depth - 1]] = structuredClone(ODD[v % ODD.length])
          }
          if (extras)
            Object.assign(copy, {
              batchId: 7,
              sourceFile: 'a.csv',
              narrative: { overview: '概况', problems: '', other: 3 },
            })
          const r = copy as unknown as Report
          expect(canonicalReport(r)).toEqual(canonicalByPath(r))
          expect(JSON.stringify(canonicalReport(r))).toBe(JSON.stringify(canonicalByPath(r)))
        },
      ),
      { numRuns: 500 },
    )
  })
})
