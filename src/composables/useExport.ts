/**
 * Downloads of the analysis views: tables as CSV (UTF-8 with BOM, formula-safe, via tableToCsv)
 * or XLSX (tableToXlsx: first sheet states filters, definitions and export time), the selected
 * reports as the canonical wide CSV (writeWideCsv, Chinese headers), and charts as PNG with a
 * caption stating the filter. One implementation for every view.
 */
import { ref } from 'vue'
import { CHART_FONT } from '../charts/echarts'
import type { Report } from '../domain/types'
import { formatExportTime, tableToCsv, tableToXlsx, type ExportTable } from '../io/export-table'
import { writeWideCsv } from '../io/write'
import { downloadBlob } from './download'
import { useI18n } from './useI18n'

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const CSV_TYPE = 'text/csv;charset=utf-8'

/** Today as YYYY-MM-DD, for file names. */
export function dateStamp(d = new Date()): string {
  return formatExportTime(d).slice(0, 10)
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

  const name = (base: string, ext: string) => `${base}-${dateStamp()}.${ext}`

  function csv(table: () => ExportTable, base: string) {
    return run(() => downloadBlob(name(base, 'csv'), new Blob([tableToCsv(table())], { type: CSV_TYPE })))
  }

  function xlsx(table: () => ExportTable, base: string) {
    return run(async () => {
      const bytes = await tableToXlsx(table())
      downloadBlob(name(base, 'xlsx'), new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }))
    })
  }

  /** The reports themselves, as the canonical wide CSV a clerk can edit and import again. */
  function reportsCsv(reports: () => readonly Report[], base: string) {
    return run(() => downloadBlob(name(base, 'csv'), new Blob([writeWideCsv(reports(), { headers: 'zh', bom: true })], { type: CSV_TYPE })))
  }

  return { busy, error, csv, xlsx, reportsCsv }
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
export async function captionedPng(chartDataUrl: string, title: string, lines: readonly string[], pixelRatio = 2): Promise<Blob> {
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
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('无法生成 PNG 图片'))), 'image/png'))
}
