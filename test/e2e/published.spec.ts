import { expect, test } from './fixtures'
import { demoReports, figures, flatten, formatCount, toWideCsv } from './demo-data'

test('a hosted board with data/manifest.json shows its reports without any import, read-only', async ({
  app,
  server,
}) => {
  const reports = demoReports().filter((r) => r.region === '临江县')
  const [a, b] = [reports.filter((r) => r.year <= 2022), reports.filter((r) => r.year > 2022)]
  server.overlay.set('data/manifest.json', JSON.stringify({ files: ['part-a.json', '2023-2024.csv'] }))
  server.overlay.set('data/part-a.json', JSON.stringify({ format: 'disclosure-report', version: 1, reports: a }))
  server.overlay.set('data/2023-2024.csv', toWideCsv(b.map(flatten)))
  const { page } = app
  await page.goto(app.url)
  const expected = figures(reports)
  await expect(page.getByTestId('kpi-reports').locator('.value')).toHaveText(formatCount(expected.reports), {
    timeout: 60_000,
  })
  await expect(page.getByTestId('kpi-received').locator('.value')).toHaveText(formatCount(expected.received))

  // Shown as one read-only published batch.
  await page.getByRole('link', { name: '数据管理' }).click()
  const batch = page.getByTestId('batch-list').locator('tbody tr').first()
  await expect(batch).toContainText('发布数据（只读）')
  await expect(batch.getByRole('button', { name: '撤销' })).toHaveCount(0)

  // A changed manifest is loaded again on the next open; unchanged, nothing is re-imported.
  server.overlay.set('data/manifest.json', JSON.stringify({ files: ['part-a.json'] }))
  await page.reload()
  await page.getByRole('link', { name: '总览' }).click()
  await expect(page.getByTestId('kpi-reports').locator('.value')).toHaveText(formatCount(a.length), { timeout: 60_000 })
  await page.getByRole('link', { name: '数据管理' }).click()
  await expect(page.getByTestId('batch-list').locator('tbody tr')).toHaveCount(1)
  expect(app.foreignRequests()).toEqual([])
})
