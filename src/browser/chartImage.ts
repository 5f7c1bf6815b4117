/**
 * A chart as a PNG that says what it shows: ECharts' image with a caption drawn above it on a
 * canvas (the page's fonts, so CJK text renders as on screen).
 */
import { CHART_FONT } from '../charts/theme'

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
