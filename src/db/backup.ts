/**
 * The whole database as one JSON file, and restoring it exactly.
 */
import { formatProblem } from '../domain/errors'
import { isRecord } from '../domain/objects'
import { readJsonReport } from '../io/json-report'
import { packPages, readRecords } from './pages'
import { storedRecord, storedReportOf } from './record'
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
  return db.transaction('r', [db.pages, db.offices, db.batches, db.meta], async () => ({
    format: BACKUP_FORMAT,
    version: 1,
    schemaVersion: db.verno,
    createdAt: new Date().toISOString(),
    // The file holds canonical reports (readable, and independent of how this version stores them).
    reports: (await readRecords(db)).map(storedReportOf),
    offices: await db.offices.toArray(),
    batches: await db.batches.toArray(),
    meta: await db.meta.toArray(),
  }))
}

export function isBackup(value: unknown): value is Backup {
  if (value === null || typeof value !== 'object') return false
  const v = value as Record<string, unknown>
  return (
    v.format === BACKUP_FORMAT &&
    v.version === 1 &&
    Array.isArray(v.reports) &&
    Array.isArray(v.offices) &&
    Array.isArray(v.batches) &&
    Array.isArray(v.meta)
  )
}

/**
 * Everything wrong with a backup's contents (a backup is a file, and files are untrusted): each
 * report must be a valid canonical report, each record the right shape. Empty when it is sound.
 */
export function backupProblems(backup: Backup): string[] {
  const problems: string[] = []
  const add = (p: string) => problems.length < 20 && problems.push(p)
  const checkReport = (r: unknown, where: string) => {
    if (!isRecord(r)) return add(`${where}不是对象`)
    const { batchId, sourceFile, ...report } = r
    if (typeof batchId !== 'number' || typeof sourceFile !== 'string') add(`${where}缺少导入来源`)
    const { problems: found } = readJsonReport(report)
    if (found.length)
      add(`${where}（${String(report.office ?? '')} ${String(report.year ?? '')}）：${formatProblem(found[0])}`)
  }
  backup.reports.forEach((r, i) => checkReport(r, `第 ${i + 1} 份报告`))
  backup.offices.forEach((o, i) => {
    if (
      !isRecord(o) ||
      typeof o.name !== 'string' ||
      !Array.isArray(o.aliases) ||
      (o.officeKind !== 'government' && o.officeKind !== 'department')
    )
      add(`机关名录第 ${i + 1} 项格式不对`)
  })
  backup.batches.forEach((b, i) => {
    if (
      !isRecord(b) ||
      typeof b.id !== 'number' ||
      !Array.isArray(b.files) ||
      !Array.isArray(b.added) ||
      !Array.isArray(b.replaced)
    )
      add(`导入记录第 ${i + 1} 项格式不对`)
    // Undo puts these back into the database: they must be sound reports too.
    else (b.replaced as unknown[]).forEach((r, j) => checkReport(r, `导入记录第 ${i + 1} 项保存的第 ${j + 1} 份旧报告`))
  })
  backup.meta.forEach((m, i) => {
    if (!isRecord(m) || typeof m.key !== 'string') add(`第 ${i + 1} 项设置格式不对`)
  })
  return problems
}

/** Replace everything with the backup's contents, in one transaction: all or nothing. */
export async function restoreBackup(db: BoardDatabase, backup: Backup): Promise<void> {
  if (!isBackup(backup)) throw new Error('这不是本工具的备份文件')
  const problems = backupProblems(backup)
  if (problems.length) throw new Error(`备份文件内容有误，未恢复，现有数据没有改动：${problems.slice(0, 3).join('；')}`)
  await db.transaction('rw', [db.pages, db.offices, db.batches, db.meta], async () => {
    await Promise.all([db.pages.clear(), db.offices.clear(), db.batches.clear(), db.meta.clear()])
    // Each report through the JSON reader, as an imported file's would be (backupProblems found none).
    const records = backup.reports.map(({ batchId, sourceFile, ...report }) =>
      storedRecord(readJsonReport(report).record!, batchId, sourceFile),
    )
    await db.pages.bulkAdd(packPages(records))
    await db.offices.bulkAdd(backup.offices)
    await db.batches.bulkAdd(backup.batches)
    await db.meta.bulkAdd(backup.meta)
  })
}

export async function clearDatabase(db: BoardDatabase): Promise<void> {
  await db.transaction('rw', [db.pages, db.offices, db.batches, db.meta], async () => {
    await Promise.all([db.pages.clear(), db.offices.clear(), db.batches.clear(), db.meta.clear()])
  })
}
