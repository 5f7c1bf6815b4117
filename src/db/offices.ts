/**
 * The office registry: region and kind as the supervisor knows them, and merging two names of one
 * office (renamed between years) so its years line up.
 *
 * A row holds what the user said about an office — an edited region or kind, the names merged
 * into it, the year it was dissolved — and is made when they first say it. What the reports say
 * (the newest report's region and kind) is read from the reports: an import writes no registry
 * row, so a 100,000-office province costs the registry nothing.
 */
import type { OfficeKind } from '../domain/model'
import { changeRecords, locatorNow, recordsOfOffice, recordTables, type KeyLocator, type PageChange } from './pages'
import type { BoardDatabase, OfficeRecord, StoredRecord } from './schema'

/** What a user may change of an office: region, kind, and the year it was dissolved. */
export interface OfficeChanges {
  region?: string | null
  officeKind?: OfficeKind
  dissolvedFrom?: number | null
}

/** The office's registry row, or one made from its newest report (null: no row and no report). */
function registryRow(
  name: string,
  row: OfficeRecord | undefined,
  reports: readonly StoredRecord[],
): OfficeRecord | null {
  if (row) return row
  const newest = reports.reduce<StoredRecord | null>((a, r) => (a && a.year >= r.year ? a : r), null)
  if (!newest) return null
  return { name, region: newest.region, officeKind: newest.officeKind, aliases: [], dissolvedFrom: null }
}

/** The office registry: what the user said about offices (names, regions, kinds, aliases, dissolution). */
export function readOffices(db: BoardDatabase): Promise<OfficeRecord[]> {
  return db.offices.toArray()
}

/**
 * Edit region/kind/dissolution: applied to the office's reports too, and kept on later imports.
 * Returns what changed in the pages (null when no report changed). `locator` as in pages.ts.
 */
export async function editOffice(
  db: BoardDatabase,
  name: string,
  changes: OfficeChanges,
  locator?: KeyLocator,
): Promise<PageChange | null> {
  return db.transaction('rw', [db.offices, ...recordTables(db)], async () => {
    const loc = await locatorNow(db, locator)
    const reports = await recordsOfOffice(db, name, loc)
    const office = registryRow(name, await db.offices.get(name), reports)
    if (!office) throw new Error(`机关“${name}”不存在`)
    await db.offices.put({ ...office, ...changes, edited: true })
    if (changes.region === undefined && changes.officeKind === undefined) return null
    const edited = reports.map((r): StoredRecord => ({
      ...r,
      region: changes.region !== undefined ? changes.region : r.region,
      officeKind: changes.officeKind !== undefined ? changes.officeKind : r.officeKind,
    }))
    return changeRecords(db, { put: edited }, loc)
  })
}

/**
 * Merge office `from` into office `into`: its reports move to the new name and `from` becomes an
 * alias, so later imports under the old name land in the same office. Refuses when both names
 * have a report for the same year (that would lose one).
 */
export async function mergeOffices(
  db: BoardDatabase,
  from: string,
  into: string,
  locator?: KeyLocator,
): Promise<PageChange> {
  if (from === into) throw new Error('不能把机关合并到它自己')
  return db.transaction('rw', [db.offices, ...recordTables(db)], async () => {
    const loc = await locatorNow(db, locator)
    const moving = await recordsOfOffice(db, from, loc)
    const staying = await recordsOfOffice(db, into, loc)
    const [sourceRow, targetRow] = await db.offices.bulkGet([from, into])
    const source = registryRow(from, sourceRow, moving)
    const target = registryRow(into, targetRow, staying)
    if (!source) throw new Error(`机关“${from}”不存在`)
    if (!target) throw new Error(`机关“${into}”不存在`)
    const targetYears = new Set(staying.map((r) => r.year))
    const clash = moving.filter((r) => targetYears.has(r.year)).map((r) => r.year)
    if (clash.length) throw new Error(`“${from}”和“${into}”都有 ${clash.join('、')} 年的报告，不能合并`)
    const change = await changeRecords(
      db,
      {
        remove: moving.map((r) => [r.office, r.year] as [string, number]),
        put: moving.map((r) => ({ ...r, office: into, region: target.region, officeKind: target.officeKind })),
      },
      loc,
    )
    await db.offices.delete(from)
    await db.offices.put({ ...target, aliases: [...new Set([...target.aliases, from, ...source.aliases])] })
    return change
  })
}

/** Delete an office and all its reports. */
export async function deleteOffice(db: BoardDatabase, name: string, locator?: KeyLocator): Promise<PageChange> {
  return db.transaction('rw', [db.offices, ...recordTables(db)], async () => {
    const loc = await locatorNow(db, locator)
    const change = await changeRecords(db, { remove: loc.yearsOf(name).map((y) => [name, y] as [string, number]) }, loc)
    await db.offices.delete(name)
    return change
  })
}
