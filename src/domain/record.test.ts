import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateProvince } from '../demo/generate'
import { CELL_BY_PATH, cellsFor, setCell } from './cells'
import { CellSlab, cellValue, formatLayout, packRecords, recordOf, reportOf, unpackRecords } from './record'
import { emptyReport } from './report'

const province = generateProvince(40, 7)

describe('the compact record', () => {
  it('holds every numeric cell of its format in one Float64Array, at fixed slots (stored pages depend on them)', () => {
    // Literals on purpose: a change here makes every stored page unreadable, so it must be a
    // deliberate one (with a schema upgrade), never a side effect of reordering CELLS.
    const slots = {
      '2019': {
        count: 198,
        received: 0,
        receivedTotal: 6,
        otherHandling: 146,
        handled: 153,
        forward: 160,
        review: 165,
        litigation: 175,
      },
      '2021': {
        count: 200,
        received: 0,
        receivedTotal: 6,
        otherHandling: 160,
        handled: 167,
        forward: 174,
        review: 179,
        litigation: 189,
      },
    }
    for (const template of ['2019', '2021'] as const) {
      const layout = formatLayout(template)
      const slot = (path: string) => layout.slotOf[CELL_BY_PATH.get(path)!.index]
      expect({
        count: layout.numeric.length,
        received: slot('requests.received.natural'),
        receivedTotal: slot('requests.received.total'),
        otherHandling: slot('requests.otherHandling.other.total'),
        handled: slot('requests.total.total'),
        forward: slot('requests.carriedForward.total'),
        review: slot('review.total'),
        litigation: slot('litigationAfterReview.total'),
      }).toEqual(slots[template])
      expect(layout.text.map((c) => c.path)).toEqual(template === '2019' ? ['proactive.procurement.amountText'] : [])
    }
    expect(recordOf(province[0]).cells).toBeInstanceOf(Float64Array)
  })

  it('gives back the nested report with the key order of SPEC §2 (identity, tables, narrative)', () => {
    const r = emptyReport({ office: '某局', year: 2020, template: '2019', publishedAt: '2021-01-05' })
    r.narrative = { overview: '概况' }
    const back = reportOf(recordOf(r))
    expect(Object.keys(back)).toEqual([
      'office',
      'region',
      'officeKind',
      'year',
      'template',
      'publishedAt',
      'requests',
      'review',
      'litigationDirect',
      'litigationAfterReview',
      'proactive',
      'narrative',
    ])
    expect(Object.keys(back.requests).slice(0, 3)).toEqual(['received', 'carriedOver', 'granted'])
    expect(Object.keys(back.proactive.licensing)).toEqual(['previousItems', 'change', 'decisions'])
    expect(Object.keys(back.proactive.procurement)).toEqual(['projects', 'amountWanYuan'])
    expect(back.requests.otherHandling).toEqual({
      other: {
        natural: null,
        business: null,
        research: null,
        nonprofit: null,
        legal: null,
        otherOrg: null,
        total: null,
      },
    })
  })

  it('keeps blanks as blanks (never 0), zeros as zeros, text cells, narrative, the parts found and large integers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: province.length - 1 }),
        fc.array(
          fc.tuple(
            fc.nat(),
            fc.oneof(fc.constant(null), fc.constant(0), fc.integer({ min: 0, max: 999_999_999_999_999 })),
          ),
          { maxLength: 30 },
        ),
        fc.option(fc.string(), { nil: undefined }),
        fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
        (index, edits, amountText, overview) => {
          const r = structuredClone(province[index])
          const cells = cellsFor(r.template).filter((c) => c.kind !== 'text')
          const expected = new Map<string, number | null>()
          for (const [at, value] of edits) {
            const cell = cells[at % cells.length]
            setCell(r, cell, value)
            expected.set(cell.path, value)
          }
          const text = cellsFor('2019').find((c) => c.kind === 'text')!
          if (amountText !== undefined && r.template === '2019') setCell(r, text, amountText)
          if (overview !== undefined) {
            r.narrative = { overview }
            r.sections = { overview: overview.length, other: 0 }
          }
          const record = structuredClone(recordOf(r))
          for (const cell of cells) {
            if (expected.has(cell.path)) expect(cellValue(record, cell)).toBe(expected.get(cell.path))
          }
          if (amountText !== undefined && r.template === '2019') expect(cellValue(record, text)).toBe(amountText)
          expect(reportOf(record)).toEqual(r)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('reads a cell the format does not have as blank', () => {
    const record = recordOf(province.find((r) => r.template === '2021')!)
    const onlyIn2019 = cellsFor('2019').find((c) => !c.templates.includes('2021'))!
    expect(cellValue(record, onlyIn2019)).toBeNull()
  })

  it('refuses a record whose cells do not match its format (a corrupt row is an error, not a shifted table)', () => {
    const record = recordOf(province[0])
    expect(() => reportOf({ ...record, cells: record.cells.subarray(1) })).toThrow('单元格数不对')
  })

  it('crosses threads packed: every field and cell comes back, the cells one array', () => {
    const records = province.map(recordOf)
    records[3] = { ...records[3], narrative: { overview: '概述' } }
    const packed = packRecords(records)
    expect(packed.cells.length).toBe(records.reduce((n, r) => n + r.cells.length, 0))
    const back = unpackRecords(structuredClone(packed, { transfer: [packed.cells.buffer] }))
    expect(back.map(reportOf)).toEqual(records.map(reportOf))
    expect(back[3].narrative).toEqual({ overview: '概述' })
  })

  it('cuts blank cells from slabs: each array its own, blank, and of its format', () => {
    const slab = new CellSlab()
    const a = slab.blank('2019')
    const b = slab.blank('2021')
    a[0] = 5
    expect(a.length).toBe(formatLayout('2019').numeric.length)
    expect(b.length).toBe(formatLayout('2021').numeric.length)
    expect([...b].every((v) => Number.isNaN(v))).toBe(true)
    const many = Array.from({ length: 3000 }, () => slab.blank('2021'))
    expect(many.every((c) => Number.isNaN(c[0]) && Number.isNaN(c[c.length - 1]))).toBe(true)
  })
})
