import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generateProvince } from '../demo/generate'
import { reportKey } from '../domain/report'
import {
  changeRecords,
  DuplicateReportError,
  PAGE_SIZE,
  readLocator,
  readRecords,
  recordTables,
  type KeyLocator,
  type RecordChanges,
} from './pages'
import { recordOf } from '../domain/record'
import { storedRecord, storedReportOf, type StoredRecord } from './record'
import { BoardDatabase } from './schema'

const province = generateProvince(2600, 11)
const records = province.map((r, i) => storedRecord(recordOf(r), 1 + (i % 3), `f${i % 5}.csv`))

let db: BoardDatabase
let n = 0
beforeEach(() => {
  db = new BoardDatabase(`pages-${n++}`)
})
afterEach(async () => {
  await db.delete()
})

const change = (c: RecordChanges, locator?: KeyLocator) =>
  db.transaction('rw', recordTables(db), async () => changeRecords(db, c, locator))
const pages = () => db.summaries.count()
const stored = async () => new Map((await readRecords(db)).map((r) => [reportKey(r), storedReportOf(r)]))
const keyOf = (r: StoredRecord): [string, number] => [r.office, r.year]

describe('reports stored in pages', () => {
  it('a province import is a few full pages, and reads back exactly', async () => {
    await change({ add: records })
    expect(await pages()).toBe(Math.ceil(records.length / PAGE_SIZE))
    expect(await db.bodies.count()).toBe(await pages())
    const back = await stored()
    expect(back.size).toBe(records.length)
    for (const r of records.slice(0, 50)) expect(back.get(reportKey(r))).toEqual(storedReportOf(r))
  })

  it('replacing, removing and adding keep every other report as it was (random sequences against a Map)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            kind: fc.constantFrom('put', 'add', 'remove'),
            from: fc.nat({ max: records.length - 1 }),
            count: fc.integer({ min: 1, max: 40 }),
            batch: fc.integer({ min: 1, max: 9 }),
          }),
          { minLength: 1, maxLength: 25 },
        ),
        async (ops) => {
          await db.transaction('rw', recordTables(db), () => Promise.all(recordTables(db).map((t) => t.clear())))
          const model = new Map<string, StoredRecord>()
          for (const op of ops) {
            const slice = records.slice(op.from, op.from + op.count).map((r) => ({ ...r, batchId: op.batch }))
            if (op.kind === 'remove') {
              await change({ remove: slice.map(keyOf) })
              for (const r of slice) model.delete(reportKey(r))
            } else if (op.kind === 'add' && slice.some((r) => model.has(reportKey(r)))) {
              await expect(change({ add: slice })).rejects.toBeInstanceOf(DuplicateReportError)
            } else {
              await change({ [op.kind]: slice })
              for (const r of slice) model.set(reportKey(r), r)
            }
          }
          const back = await stored()
          expect(back).toEqual(new Map([...model].map(([k, r]) => [k, storedReportOf(r)])))
          // Small imports do not leave one row per import behind.
          expect(await pages()).toBeLessThanOrEqual(Math.ceil(model.size / (PAGE_SIZE / 2)) + 9)
        },
      ),
      { numRuns: 25 },
    )
  })

  it('a duplicate report in an add leaves every page exactly as it was', async () => {
    await change({ add: records.slice(0, 10) })
    const rows = () => Promise.all(recordTables(db).map((t) => t.toArray()))
    const before = await rows()
    await expect(change({ add: [records[20], records[3]] })).rejects.toThrow('报告已存在')
    expect(await rows()).toEqual(before)
  })

  it('many small imports are merged into a few pages', async () => {
    for (let i = 0; i < 40; i++) await change({ add: records.slice(i * 5, i * 5 + 5) })
    expect((await readRecords(db)).length).toBe(200)
    expect(await pages()).toBeLessThanOrEqual(9)
  })

  it('a change reads and rewrites only the pages holding the keys it touches', async () => {
    await change({ add: records })
    const before = await db.summaries.toArray()
    const target = records[1500] // on the second page
    const locator = await readLocator(db)
    const result = await change({ put: [{ ...target, batchId: 9 }] }, locator)
    expect(result.removed).toEqual([locator.pageOf(target.office, target.year)])
    expect(result.written.map((s) => s.id)).toEqual([...result.removed, Math.max(...before.map((s) => s.id)) + 1])
    expect(result.previous.get(reportKey(target))).toEqual(target)
    const after = new Map((await db.summaries.toArray()).map((s) => [s.id, s]))
    for (const s of before) if (!result.removed.includes(s.id)) expect(after.get(s.id)).toEqual(s)
    expect((await stored()).get(reportKey(target))).toEqual(storedReportOf({ ...target, batchId: 9 }))
  })

  it('a locator from before another change is not trusted: the pages are located again', async () => {
    await change({ add: records.slice(0, 10) })
    const stale = await readLocator(db)
    await change({ add: records.slice(10, 20) }) // another tab, say
    await expect(change({ add: [records[15]] }, stale)).rejects.toBeInstanceOf(DuplicateReportError)
    // A current locator that has not seen a report would let it through: it is trusted as it is.
    const blind: KeyLocator = { ...(await readLocator(db)), pageOf: () => undefined }
    await change({ add: [records[40]] }, blind)
    expect((await stored()).has(reportKey(records[40]))).toBe(true)
  })

  it('every report keeps every field it has besides its cells (texts, narrative, anything added later)', async () => {
    const extra = { ...records[0], narrative: { overview: '概述' }, sections: { problems: 120, other: 0 } }
    await change({ add: [extra, records[1]] })
    const back = (await readRecords(db)).find((r) => r.office === extra.office && r.year === extra.year)
    expect(back).toEqual(extra)
  })

  it('keeps a page’s cells as Int32, the few that do not fit exactly beside them — read back exactly', async () => {
    const odd = { ...records[1000], cells: records[1000].cells.slice() }
    odd.cells[0] = 2.5
    odd.cells[1] = 3e10
    odd.cells[2] = -0
    odd.cells[3] = -2147483648
    await change({ add: [odd, ...records.slice(1001, 1010)] })
    const [body] = await db.bodies.toArray()
    expect(body.cells).toBeInstanceOf(Int32Array)
    // The decimal amounts of table 二 (万元) are exceptions too: the province prints them.
    expect(body.exceptions!.at.length).toBeGreaterThanOrEqual(4)
    expect(body.exceptions!.at.length).toBeLessThan(30)
    const back = (await readRecords(db)).find((r) => reportKey(r) === reportKey(odd))!
    expect([...back.cells]).toEqual([...odd.cells])
    expect(Object.is(back.cells[2], -0)).toBe(true)
    expect(storedReportOf(back)).toEqual(storedReportOf(odd))
  })
})
