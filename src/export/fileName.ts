import { formatExportTime } from '../io/export-table'

/**
 * A file name with the day it was saved: `排名-2025-03-01`. The day is the local one, the same
 * clock formatExportTime writes into the file (a backup made at 07:00 in Beijing is not dated
 * the day before, as an ISO string's UTC date would be).
 */
export function datedName(base: string, d = new Date()): string {
  return `${base}-${formatExportTime(d).slice(0, 10)}`
}
