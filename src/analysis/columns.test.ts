import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { changeRecords, readDirectory, recordTables, type RecordChanges } from '../db/pages'
import { storedRecord } from '../db/record'
import { BoardDatabase } from '../db/schema'
import { generateProvince } from '../demo/generate'
import { CELL_BY_PATH } from '../domain/cells'
import { formatLayout, recordOf } from '../domain/record'
import {
  columnsOfPages,
  entityNames,
  patchColumns,
  officeYears,
  regionNames,
  reportColumns,
  rowOf,
  rowsOfOffice,
  type ReportColumns,
} from './columns'

const records = generateProvince(2600, 5).map((r, i) => storedRecord(recordOf(r), 1 + (i % 3), `f${i % 2}.csv`))

let db: BoardDatabase
let n = 0
beforeEach(() => {
  db = new BoardDatabase(`columns-${n++}`)
})
afterEach(async () => {
  await db.delete()
})

const change = (c: RecordChanges) => db.transaction('rw', recordTables(db), async () => changeRecords(db, c))
async function fromScratch(): Promise<ReportColumns> {
  return columnsOfPages(await db.summaries.toArray(), (await readDirectory(db)).generation)
}

describe('the resident columns', () => {
  it('patched after each change are the columns read from scratch (random changes)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            kind: fc.constantFrom('put', 'remove'),
            from: fc.nat({ max: records.length - 1 }),
            count: fc.integer({ min: 1, max: 600 }),
            region: fc.constantFrom(null, '新区'),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        async (ops) => {
          await db.transaction('rw', recordTables(db), () => Promise.all(recordTables(db).map((t) => t.clear())))
          let cols = await fromScratch()
          for (const op of ops) {
            const slice = records.slice(op.from, op.from + op.count)
            const c =
              op.kind === 'remove'
                ? await change({ remove: slice.map((r) => [r.office, r.year] as [string, number]) })
                : await change({ put: slice.map((r) => (op.region ? { ...r, region: op.region } : r)) })
            cols = patchColumns(cols, c)
            expect(cols).toEqual(await fromScratch())
          }
        },
      ),
      { numRuns: 12 },
    )
  })

  it('keep a column as Float64 once any page has a value that does not fit Int32', async () => {
    const granted = CELL_BY_PATH.get('requests.granted.total')!
    const odd = { ...records[5], cells: records[5].cells.slice() }
    odd.cells[formatLayout(odd.template).slotOf[granted.index]] = 2.5
    await change({ put: records.slice(0, 1200) })
    const before = await fromScratch()
    const patched = patchColumns(before, await change({ put: [odd] }))
    expect(patched).toEqual(await fromScratch())
    const column = patched.outcomes.find((c) => c instanceof Float64Array)
    expect(column).toBeDefined()
    expect(column![rowOf(patched, odd.office, odd.year)]).toBe(2.5)
  })

  it('find an office’s rows and a report’s row', () => {
    const cols = reportColumns(records)
    const office = records[10].office
    const rows = [...rowsOfOffice(cols, office)]
    expect(rows.map((i) => records[i].office)).toEqual(rows.map(() => office))
    expect(rows.length).toBe(records.filter((r) => r.office === office).length)
    expect(rowOf(cols, office, records[10].year)).toBe(10)
    expect(rowOf(cols, office, 1900)).toBe(-1)
    expect(rowsOfOffice(cols, '无此机关').length).toBe(0)
  })

  it('give an office’s rows oldest year first, whatever order they are stored in', () => {
    const office = records[10].office
    const mine = records.filter((r) => r.office === office)
    // Newest first, as after a replaced older report was written onto a new page.
    const cols = reportColumns([...mine].sort((a, b) => b.year - a.year))
    const years = [...rowsOfOffice(cols, office)].map((i) => cols.year[i])
    expect(years).toEqual(mine.map((r) => r.year).sort((a, b) => a - b))
    expect(years.length).toBeGreaterThan(2)
  })
})

describe('what the views list from the columns', () => {
  it('names each region once, in Chinese order, without the blank region', () => {
    const cols = reportColumns(
      ['西区', null, '东区', '西区', '北区', null].map((region, i) => ({ ...records[i], region })),
    )
    expect(regionNames(cols)).toEqual(['北区', '东区', '西区'])
    expect(regionNames(reportColumns([]))).toEqual([])
  })
  it('give each office its years with a report, oldest first', () => {
    const office = records[10].office
    const mine = records.filter((r) => r.office === office)
    const other = records.find((r) => r.office !== office)!
    const cols = reportColumns([...mine].sort((a, b) => b.year - a.year).concat(other))
    const years = officeYears(cols)
    expect([...years.keys()]).toEqual([office, other.office])
    expect(years.get(office)).toEqual(mine.map((r) => r.year).sort((a, b) => a - b))
    expect(years.get(other.office)).toEqual([other.year])
  })
  it('name the offices or regions of some rows, each once, in Chinese order', () => {
    const picked = [
      { office: '乙局', region: '西区' },
      { office: '甲局', region: null },
      { office: '丙局', region: '东区' },
      { office: '乙局', region: '西区' },
      { office: '丁局', region: '北区' },
    ].map((who, i) => ({ ...records[i], ...who, year: 2020 + i }))
    const cols = reportColumns(picked)
    const rows = [0, 1, 2, 3]
    expect(entityNames(cols, rows, 'office', '（未填地区）')).toEqual(['丙局', '甲局', '乙局'])
    expect(entityNames(cols, rows, 'region', '（未填地区）')).toEqual(['（未填地区）', '东区', '西区'])
    expect(entityNames(cols, [], 'office', '（未填地区）')).toEqual([])
  })
})
