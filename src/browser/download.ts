/**
 * Saving files from the page: a Blob under a (sanitised) name, and an ExportTable written as CSV
 * (UTF-8 with BOM, formula-safe) or XLSX by src/io/export-table.ts — one writer for every view.
 */
import { tableToCsv, tableToXlsx, type ExportTable } from '../io/export-table'
import { safeFileName } from '../io/filename'

export type ExportFormat = 'csv' | 'xlsx'

export const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** Save a Blob as a file (the name is sanitised: it may come from data). */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = safeFileName(name)
  document.body.appendChild(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

/** Write a table as CSV or XLSX and save it as `<name>.csv|xlsx`. */
export async function downloadTable(table: ExportTable, name: string, format: ExportFormat): Promise<void> {
  // Blob wants an ArrayBuffer-backed view; exceljs gives one.
  const body = format === 'csv' ? tableToCsv(table) : ((await tableToXlsx(table)) as Uint8Array<ArrayBuffer>)
  downloadBlob(`${name}.${format}`, new Blob([body], { type: MIME[format] }))
}
