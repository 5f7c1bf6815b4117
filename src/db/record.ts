/**
 * A report as the database keeps it: the compact record (domain/record.ts) plus the batch that
 * wrote it and the file it came from. Pages (pages.ts) hold many of them.
 */
import { recordOf, reportOf, type ReportRecord } from '../domain/record'
import type { Report } from '../domain/types'

/** The stored row of one report: a record plus where it came from. */
export interface StoredRecord extends ReportRecord {
  batchId: number
  sourceFile: string
}

/** A stored report in the nested form (a batch's replaced versions, a backup's reports). */
export interface StoredReport extends Report {
  /** Batch that wrote this version of the report. */
  batchId: number
  /** File name it was read from. */
  sourceFile: string
}

/** A record as stored by a batch from a file. */
export function storedRecord(record: ReportRecord, batchId: number, sourceFile: string): StoredRecord {
  return { ...record, batchId, sourceFile }
}

/** A stored report (nested) as its stored row. */
export function storedRecordOf(report: StoredReport): StoredRecord {
  return storedRecord(recordOf(report), report.batchId, report.sourceFile)
}

/** The nested view of a stored row, with its batch and source file. */
export function storedReportOf(record: StoredRecord): StoredReport {
  return { ...reportOf(record), batchId: record.batchId, sourceFile: record.sourceFile }
}

/** A row as schema v1 stored it (a nested report), for the upgrade. */
export function isNestedReport(value: unknown): value is StoredReport {
  return value !== null && typeof value === 'object' && 'requests' in value && !('cells' in value)
}
