/**
 * The whole database as one JSON file, and restoring it exactly.
 */
import type { BoardDatabase, ImportBatch, MetaRecord, OfficeRecord, StoredReport } from './schema'

export const BACKUP_FORMAT = 'disclosure-board-backup'

export interface Backup {
  format: typeof BACKUP_FORMAT
  version: 1
  schemaVersion: number
  createdAt: string
  reports: StoredReport[]
  offices: OfficeRecord[]
  batches: ImportBatch[]
  meta: MetaRecord[]
}

export async function createBackup(db: BoardDatabase): Promise<Backup> {
  return db.transaction('r', [db.reports, db.offices, db.batches, db.meta], async () => ({
    format: BACKUP_FORMAT,
    version: 1,
    schemaVersion: db.verno,
    createdAt: new Date().toISOString(),
    reports: await db.reports.toArray(),
    offices: await db.offices.toArray(),
    batches: await db.batches.toArray(),
    meta: await db.meta.toArray(),
  }))
}

export function isBackup(value: unknown): value is Backup {
  if (value === null || typeof value !== 'object') return false
  const v = value as Record<string, unknown>
  return v.format === BACKUP_FORMAT && v.version === 1 && Array.isArray(v.reports) && Array.isArray(v.offices) && Array.isArray(v.batches) && Array.isArray(v.meta)
}

/** Replace everything with the backup's contents, in one transaction: all or nothing. */
export async function restoreBackup(db: BoardDatabase, backup: Backup): Promise<void> {
  if (!isBackup(backup)) throw new Error('这不是本工具的备份文件')
  await db.transaction('rw', [db.reports, db.offices, db.batches, db.meta], async () => {
    await Promise.all([db.reports.clear(), db.offices.clear(), db.batches.clear(), db.meta.clear()])
    await db.reports.bulkAdd(backup.reports)
    await db.offices.bulkAdd(backup.offices)
    await db.batches.bulkAdd(backup.batches)
    await db.meta.bulkAdd(backup.meta)
  })
}

export async function clearDatabase(db: BoardDatabase): Promise<void> {
  await db.transaction('rw', [db.reports, db.offices, db.batches, db.meta], async () => {
    await Promise.all([db.reports.clear(), db.offices.clear(), db.batches.clear(), db.meta.clear()])
  })
}
