import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkAnomalies } from '../analysis/anomalies'
import { fixedByBatches } from '../analysis/fixes'
import { previousVersions } from '../analysis/revisions'
import { commitFile, planFile, startBatch, storedRecordsByKey } from '../db/imports'
import { readRecords } from '../db/pages'
import { BoardDatabase } from '../db/schema'
import { generateProvince } from '../demo/generate'
import { CELL_BY_PATH } from '../domain/cells'
import { cellNumber, formatLayout, recordOf, type ReportRecord } from '../domain/record'
import { checkRecords } from '../domain/rules'
import { checkStoredPages } from './checkPages'

const TODAY = '2025-06-30'
// With narratives (planted copies among them): narrative-copy, sections-missing and narrative-mismatch take part.
const province = generateProvince(2600, 17, { narratives: true }).map(recordOf)

let db: BoardDatabase
let n = 0
beforeEach(() => {
  db = new BoardDatabase(`check-pages-${n++}`)
})
afterEach(async () => {
  await db.delete()
})

async function importRecords(name: string, records: readonly ReportRecord[]): Promise<void> {
  const plan = planFile({ name, sha256: name, size: 1, format: 'csv-wide' }, records, await storedRecordsByKey(db))
  await commitFile(db, await startBatch(db, 'import'), plan)
}

/** The same checks over every stored record at once: what the page did before it could not hold them. */
async function allAtOnce(dissolved: ReadonlyMap<string, number>) {
  const records = await readRecords(db)
  const batches = await db.batches.toArray()
  return {
    ...checkRecords(records, { today: TODAY, dissolved, previousVersions: previousVersions(batches) }),
    anomalies: checkAnomalies(records),
    fixes: fixedByBatches(batches, records),
  }
}

describe('the checks over stored pages', () => {
  it('find exactly what the checks over every record at once find, in the same order', async () => {
    // Newer years first: each office's pairs then span pages, with the earlier year on the later page.
    await importRecords(
      'newer.csv',
      province.filter((r) => r.year >= 2022),
    )
    await importRecords(
      'older.csv',
      province.filter((r) => r.year < 2022),
    )
    // A corrected file replaces a few reports (已整改 compares the versions).
    const received = CELL_BY_PATH.get('requests.received.natural')!
    const broken = province.slice(40, 46).map((r) => {
      const cells = r.cells.slice()
      cells[formatLayout(r.template).slotOf[received.index]] = (cellNumber(r, received) ?? 0) + 3
      return { ...r, cells }
    })
    await importRecords('broken.csv', broken)
    await importRecords('fixed.csv', province.slice(40, 46))
    // Re-published with the same dates but other figures: revised-after-publication.
    await importRecords(
      'revised.csv',
      province.slice(60, 63).map((r) => {
        const cells = r.cells.slice()
        cells[formatLayout(r.template).slotOf[received.index]] = (cellNumber(r, received) ?? 0) + 1
        return { ...r, cells }
      }),
    )

    const dissolved = new Map([[province[0].office, 2023]])
    const paged = await checkStoredPages(db, { today: TODAY, dissolved })
    const expected = await allAtOnce(dissolved)
    expect(paged).toEqual(expected)
    // The comparison is not empty on any side.
    expect(expected.findings.length).toBeGreaterThan(50)
    expect(new Set(expected.findings.map((f) => f.rule))).toEqual(
      new Set([
        'missing-report',
        'deadline',
        'balance',
        'carry-chain',
        'outdated-template',
        'sections-missing',
        'narrative-copy',
        'narrative-mismatch',
        'revised-after-publication',
        'row-total',
      ]),
    )
    expect(expected.fixes.length).toBeGreaterThan(0)
    expect(expected.notAssessable.length).toBeGreaterThan(0)
  })

  it('pair the years across pages in either order', async () => {
    await importRecords(
      'older.csv',
      province.filter((r) => r.year < 2023),
    )
    await importRecords(
      'newer.csv',
      province.filter((r) => r.year >= 2023),
    )
    expect(await checkStoredPages(db, { today: TODAY })).toEqual(await allAtOnce(new Map()))
  })

  it('keep their result for the same reports, day and dissolutions, and never use it for others', async () => {
    await importRecords('a.csv', province.slice(0, 1200))
    const first = await checkStoredPages(db, { today: TODAY })
    // Kept: a second run reads no page (cancelling between pages would stop it, but there are none).
    expect(await checkStoredPages(db, { today: TODAY, cancelled: () => true })).toEqual(first)
    expect(await checkStoredPages(db, { today: '2026-06-30', cancelled: () => true })).toBeNull()
    const dissolved = new Map([[province[0].office, 2021]])
    expect(await checkStoredPages(db, { today: TODAY, dissolved, cancelled: () => true })).toBeNull()
    await importRecords('b.csv', province.slice(1200, 1300))
    expect(await checkStoredPages(db, { today: TODAY, cancelled: () => true })).toBeNull()
    expect(await checkStoredPages(db, { today: TODAY })).toEqual(await allAtOnce(new Map()))
  })

  it('stop between pages when cancelled', async () => {
    await importRecords('a.csv', province)
    let asked = 0
    expect(await checkStoredPages(db, { today: TODAY, cancelled: () => ++asked > 1 })).toBeNull()
  })
})
