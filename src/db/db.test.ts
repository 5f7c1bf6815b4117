import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { emptyReport, reportKey, reportKeyParts } from '../domain/report'
import type { Report } from '../domain/types'
import { createBackup, clearDatabase, restoreBackup } from './backup'
import { aliasIndex, commitBatch, commitFile, planFile, startBatch, storedRecordsByKey, undoBatch } from './imports'
import { mergeOffices, editOffice } from './offices'
import { recordOf } from '../domain/record'
import { storedRecordOf, storedReportOf } from './record'
import { countRecords, getRecords, readRecords, recordsOfOffice } from './pages'
import { packLegacyPages } from './legacy'
import { generateProvince } from '../demo/generate'
import { BoardDatabase, databaseNameFor } from './schema'

let db: BoardDatabase
let n = 0

function report(office: string, year: number, received: number): Report {
  const r = emptyReport({ office, year, template: year < 2021 ? '2019' : '2021', region: '东城区' })
  r.requests.received = {
    natural: received,
    business: 0,
    research: 0,
    nonprofit: 0,
    legal: 0,
    otherOrg: 0,
    total: received,
  }
  return r
}

async function importReports(name: string, reports: Report[]) {
  const plan = planFile(
    { name, sha256: name, size: 1, format: 'json' },
    reports.map(recordOf),
    await storedRecordsByKey(db),
    await aliasIndex(db),
  )
  const batchId = await startBatch(db, 'import')
  await commitFile(db, batchId, plan)
  return { batchId, plan }
}

/** The stored report of (office, year), as the views see it. */
async function storedReport(office: string, year: number) {
  const [row] = await getRecords(db, [[office, year]])
  return row && storedReportOf(row)
}

async function snapshot() {
  return {
    reports: (await readRecords(db)).map(storedReportOf),
    offices: await db.offices.toArray(),
  }
}

beforeEach(() => {
  db = new BoardDatabase(`test-${n++}`)
})
afterEach(async () => {
  await db.delete()
})

describe('import and undo', () => {
  it('plans new, replaced (with the changed cells) and unchanged reports', async () => {
    await importReports('a.json', [report('教育局', 2023, 5), report('教育局', 2024, 7)])
    const existing = await storedRecordsByKey(db)
    const plan = planFile(
      { name: 'b.json', sha256: 'b', size: 1, format: 'json' },
      [report('教育局', 2023, 5), report('教育局', 2024, 9), report('民政局', 2024, 1)].map(recordOf),
      existing,
    )
    expect(plan.reports.map((p) => p.status)).toEqual(['unchanged', 'replace', 'new'])
    expect(plan.reports[1].changes).toEqual([
      { path: 'requests.received.natural', before: 7, after: 9 },
      { path: 'requests.received.total', before: 7, after: 9 },
    ])
  })

  it('undoing a batch restores exactly what was there before', async () => {
    await importReports('a.json', [report('教育局', 2024, 7)])
    const before = await snapshot()
    const { batchId } = await importReports('b.json', [report('教育局', 2024, 9), report('民政局', 2024, 1)])
    expect((await storedReport('教育局', 2024))?.requests.received?.total).toBe(9)
    await undoBatch(db, batchId)
    expect(await snapshot()).toEqual(before)
    await expect(undoBatch(db, batchId)).rejects.toThrow('已经撤销')
  })

  it('refuses to undo a batch whose reports a later batch changed', async () => {
    const first = await importReports('a.json', [report('教育局', 2024, 7)])
    await importReports('b.json', [report('教育局', 2024, 9)])
    await expect(undoBatch(db, first.batchId)).rejects.toThrow('#')
  })

  it('a file that fails leaves the database exactly as it was', async () => {
    await importReports('a.json', [report('教育局', 2024, 7)])
    const before = await snapshot()
    const records = [report('财政局', 2024, 3), report('民政局', 2024, 1)].map(recordOf)
    // A value IndexedDB cannot store makes the write fail half-way through the file.
    ;(records[1] as unknown as { narrative: unknown }).narrative = { overview: () => 1 }
    const plan = planFile({ name: 'c.json', sha256: 'c', size: 1, format: 'json' }, records, new Map())
    const batchId = await startBatch(db, 'import')
    await expect(commitFile(db, batchId, plan)).rejects.toThrow()
    expect(await snapshot()).toEqual(before)
  })

  it('commits the files of one import as one batch, each planned against the files before it', async () => {
    await importReports('a.json', [report('教育局', 2024, 7)])
    const stored = await storedRecordsByKey(db)
    const plan = (name: string, reports: Report[]) =>
      planFile({ name, sha256: name, size: 1, format: 'json' }, reports.map(recordOf), stored)
    // Both previews were made before anything of this import was stored: both say 民政局 2024 is new.
    const first = plan('b.json', [report('教育局', 2024, 9), report('民政局', 2024, 1)])
    const second = plan('c.json', [report('民政局', 2024, 2)])
    expect(second.reports[0].status).toBe('new')
    const result = await commitBatch(db, 'import', [first, second])
    expect(result).toMatchObject({ added: 1, replaced: 2, failed: [] })
    expect((await storedReport('民政局', 2024))?.requests.received?.total).toBe(2)
    const batch = (await db.batches.get(result.batchId!))!
    expect(batch.files.map((f) => [f.name, f.added, f.replaced])).toEqual([
      ['b.json', 1, 1],
      ['c.json', 0, 1],
    ])
    // One undo takes the whole import back.
    await undoBatch(db, result.batchId!)
    expect((await storedReport('教育局', 2024))?.requests.received?.total).toBe(7)
    expect(await storedReport('民政局', 2024)).toBeUndefined()
  })

  it('names a file that could not be written, and drops a batch in which nothing was written', async () => {
    const before = await snapshot()
    const bad = recordOf(report('民政局', 2024, 1))
    ;(bad as unknown as { narrative: unknown }).narrative = { overview: () => 1 }
    const plan = planFile({ name: 'c.json', sha256: 'c', size: 1, format: 'json' }, [bad], new Map())
    const result = await commitBatch(db, 'import', [plan])
    expect(result.failed).toEqual([{ name: 'c.json', error: expect.stringMatching(/^读写本地数据库出错：/) }])
    expect(await snapshot()).toEqual(before)
    expect(await db.batches.count()).toBe(0)
  })
})

describe('offices', () => {
  it('merges a renamed office so its years line up, and later imports under the old name follow', async () => {
    await importReports('a.json', [report('城市管理局', 2021, 1), report('城市管理和综合执法局', 2022, 2)])
    await mergeOffices(db, '城市管理局', '城市管理和综合执法局')
    const years = (await recordsOfOffice(db, '城市管理和综合执法局')).map((r) => r.year).sort()
    expect(years).toEqual([2021, 2022])
    await importReports('b.json', [report('城市管理局', 2020, 4)])
    expect((await storedReport('城市管理和综合执法局', 2020))?.requests.received?.total).toBe(4)
    expect(await recordsOfOffice(db, '城市管理局')).toEqual([])
  })

  it('an import writes no registry row; the first edit makes one from the office’s newest report', async () => {
    await importReports('a.json', [report('甲局', 2022, 1), { ...report('甲局', 2023, 1), region: '北区' }])
    expect(await db.offices.count()).toBe(0)
    await editOffice(db, '甲局', { dissolvedFrom: 2025 })
    expect(await db.offices.get('甲局')).toMatchObject({ region: '北区', dissolvedFrom: 2025, edited: true })
    await expect(editOffice(db, '无此局', { dissolvedFrom: 2025 })).rejects.toThrow('不存在')
  })

  it('refuses a merge that would lose a year', async () => {
    await importReports('a.json', [report('甲局', 2022, 1), report('乙局', 2022, 2)])
    await expect(mergeOffices(db, '甲局', '乙局')).rejects.toThrow('2022')
  })

  it('an edited region applies to the reports and survives re-import', async () => {
    await importReports('a.json', [report('甲局', 2022, 1)])
    await editOffice(db, '甲局', { region: '西城区' })
    expect((await storedReport('甲局', 2022))?.region).toBe('西城区')
    await importReports('b.json', [report('甲局', 2023, 1)])
    expect((await db.offices.get('甲局'))?.region).toBe('西城区')
  })
})

describe('backup', () => {
  it('backup → clear → restore gives an identical database', async () => {
    await importReports('a.json', [report('教育局', 2023, 5), report('民政局', 2024, 7)])
    await importReports('b.json', [report('教育局', 2023, 6)])
    const all = async () => ({
      ...(await snapshot()),
      batches: await db.batches.toArray(),
      meta: await db.meta.toArray(),
    })
    const before = await all()
    const backup = JSON.parse(JSON.stringify(await createBackup(db)))
    await clearDatabase(db)
    expect(await readRecords(db)).toEqual([])
    await restoreBackup(db, backup)
    expect(await all()).toEqual(before)
  })
})

describe('schema', () => {
  it('opening a database written by schema version 1 keeps every report, stored compactly', async () => {
    const name = `upgrade-${n++}`
    const v1 = new Dexie(name)
    v1.version(1).stores({
      reports: '[office+year], office, year, region, batchId',
      offices: 'name, region, *aliases',
      batches: '++id, createdAt, kind',
      meta: 'key',
    })
    const r = { ...report('教育局', 2024, 5), batchId: 1, sourceFile: 'a.json' }
    await v1.table('reports').put(r)
    await v1.table('offices').put({ name: '教育局', region: '东城区', officeKind: 'department', aliases: [] })
    v1.close()
    const current = new BoardDatabase(name)
    const rows = await readRecords(current)
    expect(rows[0].cells).toBeInstanceOf(Float64Array)
    expect(rows.map(storedReportOf)).toEqual([r])
    expect(await current.summaries.count()).toBe(1)
    expect(current.tables.map((t) => t.name)).not.toContain('reports')
    expect(current.tables.map((t) => t.name)).not.toContain('pages')
    expect(await current.offices.count()).toBe(1)
    await current.delete()
  })

  it('opening a database written by schema version 3 (one row per page) splits every page and keeps every report', async () => {
    const name = `upgrade-${n++}`
    const v3 = new Dexie(name)
    v3.version(1).stores({
      reports: '[office+year], office, year, region, batchId',
      offices: 'name, region, *aliases',
      batches: '++id, createdAt, kind',
      meta: 'key',
    })
    v3.version(2).stores({ pages: '++id' })
    v3.version(3).stores({ reports: null })
    const province = generateProvince(1500, 3).map((r, i) => ({ ...r, batchId: 1 + (i % 2), sourceFile: 'p.csv' }))
    const withText = { ...province[7], narrative: { overview: '总体情况' } }
    province[7] = withText
    await v3.table('pages').bulkAdd(packLegacyPages(province.map(storedRecordOf)))
    v3.close()
    const current = new BoardDatabase(name)
    expect((await readRecords(current)).map(storedReportOf)).toEqual(province)
    expect(await current.summaries.count()).toBe(2)
    expect(await countRecords(current)).toBe(1500)
    expect(current.tables.map((t) => t.name)).not.toContain('pages')
    // The board goes on from there: a change after the upgrade finds the reports.
    const plan = planFile(
      { name: 'x.json', sha256: 'x', size: 1, format: 'json' },
      [recordOf(report('新机关', 2024, 1))],
      new Map(),
    )
    await commitFile(current, await startBatch(current, 'import'), plan)
    expect(await countRecords(current)).toBe(1501)
    await current.delete()
  })

  it('names the database after the deployment path', () => {
    expect(databaseNameFor('/tools/board/index.html')).toBe('disclosure-board:/tools/board/')
    expect(databaseNameFor('/tools/board/')).toBe('disclosure-board:/tools/board/')
    expect(databaseNameFor('/')).not.toBe(databaseNameFor('/other/'))
  })
})

describe('narrative', () => {
  it('a corrected CSV (no narrative) keeps the narrative already stored', async () => {
    const withText = { ...report('教育局', 2024, 7), narrative: { overview: '总体情况……' } }
    await importReports('a.json', [withText])
    const plan = planFile(
      { name: 'b.csv', sha256: 'b', size: 1, format: 'csv-wide' },
      [recordOf(report('教育局', 2024, 9))],
      await storedRecordsByKey(db),
    )
    expect(plan.reports[0].changes.map((c) => c.path)).toEqual(['requests.received.natural', 'requests.received.total'])
    expect(plan.reports[0].record.narrative).toEqual({ overview: '总体情况……' })
  })

  it('keeps the parts of the document with the narrative, and a new document replaces both', async () => {
    const fromDocument = {
      ...report('卫健委', 2024, 7),
      narrative: { overview: '总体情况……' },
      sections: { overview: 5, requests: 600 },
    }
    await importReports('a.docx', [fromDocument])
    const stored = await storedRecordsByKey(db)
    const fromCsv = planFile(
      { name: 'b.csv', sha256: 'b', size: 1, format: 'csv-wide' },
      [recordOf(report('卫健委', 2024, 9))],
      stored,
    )
    expect(fromCsv.reports[0].record.sections).toEqual({ overview: 5, requests: 600 })
    const again = { ...fromDocument, sections: { overview: 5, requests: 600, other: 1 } }
    const fromDocx = planFile(
      { name: 'c.docx', sha256: 'c', size: 1, format: 'report-docx' },
      [recordOf(again)],
      stored,
    )
    expect(fromDocx.reports[0]).toMatchObject({ status: 'replace', changes: [{ path: 'narrative' }] })
    expect(fromDocx.reports[0].record.sections).toEqual({ overview: 5, requests: 600, other: 1 })
  })
})

describe('concurrent tabs', () => {
  it('a report another tab stored after the preview makes the file fail whole, not overwrite it', async () => {
    const plan = planFile(
      { name: 'late.csv', sha256: 'l', size: 1, format: 'csv-wide' },
      [report('甲局', 2024, 1), report('乙局', 2024, 2)].map(recordOf),
      new Map(),
    )
    await importReports('other-tab.json', [report('乙局', 2024, 9)])
    const before = await snapshot()
    const batchId = await startBatch(db, 'import')
    await expect(commitFile(db, batchId, plan)).rejects.toThrow('另一个窗口')
    expect(await snapshot()).toEqual(before)
  })
})

describe('restoring a hostile backup', () => {
  it('refuses a backup whose reports are not valid, and changes nothing', async () => {
    await importReports('a.json', [report('教育局', 2023, 5)])
    const before = await snapshot()
    const backup = JSON.parse(JSON.stringify(await createBackup(db)))
    backup.reports[0].requests.received.natural = '<script>'
    backup.reports.push({ office: '', year: 1900, batchId: 1, sourceFile: 'x' })
    await expect(restoreBackup(db, backup)).rejects.toThrow('备份文件内容有误')
    expect(await snapshot()).toEqual(before)
  })
})

describe('published data', () => {
  const published = (name: string, reports: Report[]) => ({
    name,
    sha256: name,
    size: 1,
    format: 'json',
    records: reports.map(recordOf),
  })

  it('is replaced as a whole when the manifest changes, and never overwrites what the viewer imported', async () => {
    const { applyPublished } = await import('./published')
    await importReports('own.json', [report('甲局', 2024, 7)])
    const first = await applyPublished(db, 'h1', [
      published('a.json', [report('甲局', 2024, 1), report('乙局', 2024, 2)]),
    ])
    expect(first).toEqual({ added: 1, kept: 1 })
    const stored = async () =>
      new Map((await readRecords(db)).map((r) => [`${r.office}${r.year}`, storedReportOf(r).requests.received?.total]))
    expect(await stored()).toEqual(
      new Map([
        ['甲局2024', 7],
        ['乙局2024', 2],
      ]),
    )

    // The next manifest names other files: the old published reports go, the viewer's stay.
    const second = await applyPublished(db, 'h2', [published('b.json', [report('丙局', 2024, 3)])])
    expect(second).toEqual({ added: 1, kept: 0 })
    expect(await stored()).toEqual(
      new Map([
        ['甲局2024', 7],
        ['丙局2024', 3],
      ]),
    )
    const batches = (await db.batches.toArray()).filter((b) => b.kind === 'published')
    expect(batches.map((b) => [b.manifestHash, b.files.map((f) => f.name), b.added.length])).toEqual([
      ['h2', ['b.json'], 1],
    ])
  })
})

describe('reportKeyParts', () => {
  it('gives back the office and year of a report key, whatever the office name holds', () => {
    for (const office of ['甲局', 'a\u0000b', '2024'])
      expect(reportKeyParts(reportKey({ office, year: 2024 }))).toEqual([office, 2024])
  })
})
