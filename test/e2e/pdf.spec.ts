/**
 * PDF reports in the built app: dropped on the data page, read in the import worker (PDF.js loaded
 * only then, its CMaps from the board's own origin under the sub-path), previewed, committed,
 * counted. A board that never sees a PDF loads none of PDF.js.
 */
import { printableHtml } from '../pdf/print-pdf'
import { drawReportPdf } from '../pdf/draw-report'
import { HOSTILE_CASES } from '../hostile/corpus'
import { sampleReports } from '../unit/sample-reports'
import { expect, test } from './fixtures'

const isPdfjs = (url: string) => /\/assets\/pdf(\.worker)?-[\w-]+\.js$/.test(url)

test('import a printed PDF and a Word-style PDF: preview, commit, the figures arrive; PDF.js and its CMaps come from the board', async ({
  app,
}) => {
  test.setTimeout(120_000)
  const { page } = app
  const [fixture, government] = sampleReports()
  // The board's own rendering of one report, printed by this browser; the other drawn as Word exports it.
  const printer = await page.context().newPage()
  await printer.setContent(printableHtml(government, 'wrapped-middle'))
  const printed = await printer.pdf({ format: 'A4', margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } })
  await printer.close()
  const drawn = drawReportPdf(fixture, { labelColumns: [1.6, 4, 7] })

  await page.goto(app.url)
  await page.getByRole('link', { name: '数据管理' }).click()
  await expect(page.getByTestId('import-panel')).toContainText('PDF')
  expect(app.requests.filter(isPdfjs)).toEqual([])

  await page.getByTestId('file-input').setInputFiles([
    { name: '区政府年报.pdf', mimeType: 'application/pdf', buffer: printed },
    { name: '国动办年报.pdf', mimeType: 'application/pdf', buffer: Buffer.from(drawn) },
  ])
  const first = page.getByTestId('preview-区政府年报.pdf')
  const second = page.getByTestId('preview-国动办年报.pdf')
  await expect(first).toContainText('新增 1', { timeout: 60_000 })
  await expect(first).toContainText(government.office)
  await expect(second).toContainText('新增 1', { timeout: 60_000 })
  await expect(second).toContainText('区国动办')
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-summary')).toContainText('新增 2 份')

  await page.getByRole('link', { name: '总览' }).click()
  const received = [fixture, government].reduce((n, r) => n + (r.requests.received?.total ?? 0), 0)
  await expect(page.getByTestId('kpi-reports').locator('.value')).toHaveText('2')
  await expect(page.getByTestId('kpi-received').locator('.value')).toHaveText(String(received))

  // PDF.js was fetched for the import, and the font's CMaps from this board's own pdfjs/ directory.
  expect(app.requests.filter(isPdfjs).length).toBeGreaterThan(0)
  expect(app.requests.some((u) => u.startsWith(`${app.url}pdfjs/cmaps/UniGB-UCS2-H.bcmap`))).toBe(true)
  expect(app.foreignRequests()).toEqual([])
  expect(app.consoleErrors).toEqual([])
})

test('a PDF that opens with JavaScript is read as a report; nothing in it runs', async ({ app }) => {
  const { page } = app
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })
  const c = HOSTILE_CASES.find((x) => x.id === 'pdf-javascript')!
  await page.goto(app.url)
  await page.getByRole('link', { name: '数据管理' }).click()
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: c.fileName, mimeType: 'application/pdf', buffer: Buffer.from(c.bytes()) })
  const preview = page.getByTestId(`preview-${c.fileName}`)
  await expect(preview).toContainText('新增 1', { timeout: 60_000 })
  await expect(preview).not.toContainText('HOSTILE_SCRIPT_MARKER')
  expect(dialogs).toEqual([])
  expect(app.foreignRequests()).toEqual([])
  expect(app.consoleErrors).toEqual([])
})

test('a hosted board publishes a PDF in data/manifest.json: its report is shown without any import', async ({
  app,
  server,
}) => {
  const [fixture] = sampleReports()
  server.overlay.set('data/manifest.json', JSON.stringify({ files: ['区国动办2024年报.pdf'] }))
  server.overlay.set('data/区国动办2024年报.pdf', Buffer.from(drawReportPdf(fixture)))
  const { page } = app
  await page.goto(app.url)
  await expect(page.getByTestId('kpi-reports').locator('.value')).toHaveText('1', { timeout: 60_000 })
  await expect(page.getByTestId('kpi-received').locator('.value')).toHaveText(String(fixture.requests.received?.total))
  expect(app.foreignRequests()).toEqual([])
  expect(app.consoleErrors).toEqual([])
})
