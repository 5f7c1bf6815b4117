/**
 * The office registry: region and kind as the supervisor knows them, and merging two names of one
 * office (renamed between years) so its years line up.
 */
import type { OfficeKind } from '../domain/model'
import { changeRecords, recordsOfOffice } from './pages'
import type { BoardDatabase, OfficeRecord, StoredRecord } from './schema'

/** What a user may change of an office: region, kind, and the year it was dissolved. */
export interface OfficeChanges {
  region?: string | null
  officeKind?: OfficeKind
  dissolvedFrom?: number | null
}

/** Edit region/kind/dissolution: applied to the office's reports too, and kept on later imports. */
export async function editOffice(db: BoardDatabase, name: string, changes: OfficeChanges): Promise<void> {
  await db.transaction('rw', [db.offices, db.pages], async () => {
    const office = await db.offices.get(name)
    if (!office) throw new Error(`机关“${name}”不存在`)
    const next: OfficeRecord = { ...office, ...changes, edited: true }
    await db.offices.put(next)
    if (changes.region !== undefined || changes.officeKind !== undefined) {
      const edited = (await recordsOfOffice(db, name)).map((r): StoredRecord => ({
        ...r,
        region: changes.region !== undefined ? changes.region : r.region,
        officeKind: changes.officeKind !== undefined ? changes.officeKind : r.officeKind,
      }))
      await changeRecords(db, { put: edited })
    }
  })
}

/**
 * Merge office `from` into office `into`: its reports move to the new name and `from` becomes an
 * alias, so later imports under the old name land in the same office. Refuses when both names
 * have a report for the same year (that would lose one).
 */
export async function mergeOffices(db: BoardDatabase, from: string, into: string): Promise<void> {
  if (from === into) throw new Error('不能把机关合并到它自己')
  await db.transaction('rw', [db.offices, db.pages], async () => {
    const [source, target] = await db.offices.bulkGet([from, into])
    if (!source) throw new Error(`机关“${from}”不存在`)
    if (!target) throw new Error(`机关“${into}”不存在`)
    const moving = await recordsOfOffice(db, from)
    const targetYears = new Set((await recordsOfOffice(db, into)).map((r) => r.year))
    const clash = moving.filter((r) => targetYears.has(r.year)).map((r) => r.year)
    if (clash.length) throw new Error(`“${from}”和“${into}”都有 ${clash.join('、')} 年的报告，不能合并`)
    await changeRecords(db, {
      remove: moving.map((r) => [r.office, r.year] as [string, number]),
      put: moving.map((r) => ({ ...r, office: into, region: target.region, officeKind: target.officeKind })),
    })
    await db.offices.delete(from)
    await db.offices.put({ ...target, aliases: [...new Set([...target.aliases, from, ...source.aliases])] })
  })
}

/** Delete an office and all its reports. */
export async function deleteOffice(db: BoardDatabase, name: string): Promise<number> {
  return db.transaction('rw', [db.offices, db.pages], async () => {
    const removed = await changeRecords(db, {
      remove: (await recordsOfOffice(db, name)).map((r) => [r.office, r.year] as [string, number]),
    })
    await db.offices.delete(name)
    return removed.size
  })
}
