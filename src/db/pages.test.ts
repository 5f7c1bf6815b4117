import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generateProvince } from '../demo/generate'
import { reportKey } from '../domain/report'
import { changeRecords, DuplicateReportError, PAGE_SIZE, readRecords, type RecordChanges } from './pages'
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

const change = (c: RecordChanges) => db.transaction('rw', db.pages, () => changeRecords(db, c))
const stored = async () => new Map((await readRecords(db)).map((r) => [reportKey(r), storedReportOf(r)]))
const keyOf = (r: StoredRecord): [string, number] => [r.office, r.year]

describe('reports stored in pages', () => {
  it('a province import is a few full pages, and reads back exactly', async () => {
    await change({ add: records })
    expect(await db.pages.count()).toBe(Math.ceil(records.length / PAGE_SIZE))
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
          await db.pages.clear()
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
          expect(await db.pages.count()).toBeLessThanOrEqual(Math.ceil(model.size / (PAGE_SIZE / 2)) + 9)
        },
      ),
      { numRuns: 25 },
    )
  })

  it('a duplicate report in an add leaves every page exactly as it was', async () => {
    await change({ add: records.slice(0, 10) })
    const before = await db.pages.toArray()
    await expect(change({ add: [records[20], records[3]] })).rejects.toThrow('报告已存在')
    expect(await db.pages.toArray()).toEqual(before)
  })

  it('many small imports are merged into a few pages', async () => {
    for (let i = 0; i < 40; i++) await change({ add: records.slice(i * 5, i * 5 + 5) })
    expect((await readRecords(db)).length).toBe(200)
    expect(await db.pages.count()).toBeLessThanOrEqual(9)
  })
})
