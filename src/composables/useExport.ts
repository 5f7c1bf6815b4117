/**
 * Downloads of every view: tables as CSV (UTF-8 with BOM, formula-safe, via tableToCsv) or XLSX
 * (tableToXlsx: first sheet states filters, definitions and export time), the selected reports as
 * the canonical wide CSV (writeWideCsv, Chinese headers), and charts as PNG with a caption stating
 * the filter. One implementation for every view, and the busy/error state its buttons show.
 */
import { ref } from 'vue'
import { CHART_FONT } from '../charts/theme'
import type { ReportRecord } from '../domain/record'
import { formatExportTime, tableToCsv, tableToXlsx, type ExportTable } from '../io/export-table'
import { writeWideCsv } from '../io/write'
import { downloadBlob } from './download'
import { useI18n } from './useI18n'

export type ExportFormat = 'csv' | 'xlsx'

/** One thing a view exports, as a CSV and an XLSX button (components/common/ExportButtons.vue). */
export interface ExportGroup {
  /** What is exported, e.g. "排名": the buttons read "排名 CSV", "排名 XLSX". */
  what: string
  /** data-testid stem: export-<id>-csv / export-<id>-xlsx. */
  id: string
  csv?: () => void
  xlsx?: () => void
  /** Nothing to export (an empty list): the buttons are disabled. */
  disabled?: boolean
}

const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/** Today as YYYY-MM-DD, for file names. */
export function dateStamp(d = new Date()): string {
  return formatExportTime(d).slice(0, 10)
}

/** Write a table as CSV or XLSX and save it as `<name>.csv|xlsx`. */
export async function downloadTable(table: ExportTable, name: string, format: ExportFormat): Promise<void> {
  // Blob wants an ArrayBuffer-backed view; exceljs gives one.
  const body = format === 'csv' ? tableToCsv(table) : ((await tableToXlsx(table)) as Uint8Array<ArrayBuffer>)
  downloadBlob(`${name}.${format}`, new Blob([body], { type: MIME[format] }))
}

export function useExport() {
  const { t } = useI18n()
  const busy = ref(false)
  const error = ref<string | null>(null)

  async function run(work: () => Promise<void> | void) {
    busy.value = true
    error.value = null
    try {
      await work()
    } catch (e) {
      error.value = t('export.failed', { message: e instanceof Error ? e.message : String(e) })
    } finally {
      busy.value = false
    }
  }

  const dated = (base: string) => `${base}-${dateStamp()}`

  function csv(table: () => ExportTable, base: string) {
    return run(() => downloadTable(table(), dated(base), 'csv'))
  }

  function xlsx(table: () => ExportTable, base: string) {
    return run(() => downloadTable(table(), dated(base), 'xlsx'))
  }

  /** The reports themselves, as the canonical wide CSV a clerk can edit and import again. */
  function reportsCsv(reports: () => readonly ReportRecord[], base: string) {
    return run(() =>
      downloadBlob(
        `${dated(base)}.csv`,
        new Blob([writeWideCsv(reports(), { headers: 'zh', bom: true })], { type: MIME.csv }),
      ),
    )
  }

  /** Both buttons of one table whose `save(format)` builds and downloads it (under its own name). */
  function group(
    what: string,
    id: string,
    save: (format: ExportFormat) => Promise<void>,
    disabled = false,
  ): ExportGroup {
    return { what, id, disabled, csv: () => void run(() => save('csv')), xlsx: () => void run(() => save('xlsx')) }
  }

  return { busy, error, csv, xlsx, reportsCsv, group }
}

/** Break text into lines that fit `width` on the canvas (CJK text has no spaces to break at). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const ch of text) {
    if (line && ctx.measureText(line + ch).width > width) {
      lines.push(line)
      line = ''
    }
    line += ch
  }
  if (line) lines.push(line)
  return lines
}

/**
 * A chart image (ECharts' getDataURL) with a caption above it: the title (bold) and the lines
 * stating the filter and export time, so a PNG pasted into a report says what it shows.
 */
export async function captionedPng(
  chartDataUrl: string,
  title: string,
  lines: readonly string[],
  pixelRatio = 2,
): Promise<Blob> {
  const img = new Image()
  img.src = chartDataUrl
  await img.decode()
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('浏览器不支持画布（canvas）')
  const pad = 12 * pixelRatio
  const titleFont = `bold ${15 * pixelRatio}px ${CHART_FONT}`
  const textFont = `${12 * pixelRatio}px ${CHART_FONT}`
  const width = img.width
  ctx.font = titleFont
  const titleLines = wrap(ctx, title, width - 2 * pad)
  ctx.font = textFont
  const textLines = lines.flatMap((l) => wrap(ctx, l, width - 2 * pad))
  const titleH = 22 * pixelRatio
  const textH = 18 * pixelRatio
  const header = pad + titleLines.length * titleH + textLines.length * textH + pad / 2

  canvas.width = width
  canvas.height = Math.ceil(header + img.height)
  ctx.fillStyle = '#fff'
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  ctx.textBaseline = 'top'
  let y = pad
  ctx.fillStyle = '#1f2933'
  ctx.font = titleFont
  for (const l of titleLines) {
    ctx.fillText(l, pad, y)
    y += titleH
  }
  ctx.fillStyle = '#616e7c'
  ctx.font = textFont
  for (const l of textLines) {
    ctx.fillText(l, pad, y)
    y += textH
  }
  ctx.drawImage(img, 0, Math.ceil(header))
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('无法生成 PNG 图片'))), 'image/png'),
  )
}
