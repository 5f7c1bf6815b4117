import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { demoReports, figures, flatten, formatCount, toWideCsv } from './demo-data'

async function loadDemo(page: Page) {
  await page.getByRole('button', { name: '加载演示数据' }).click()
  await expect(page.getByTestId('kpi-reports')).toBeVisible({ timeout: 120_000 })
}

const kpi = (page: Page, key: string) => page.getByTestId(`kpi-${key}`).locator('.value')

test('first run → load demo → the overview shows the demo totals', async ({ app }) => {
  const { page } = app
  await page.goto(app.url)
  await expect(page.getByTestId('empty-state')).toContainText('还没有任何年报数据')
  await loadDemo(page)
  const expected = figures(demoReports())
  await expect(kpi(page, 'reports')).toHaveText(formatCount(expected.reports))
  await expect(kpi(page, 'offices')).toHaveText(formatCount(expected.offices))
  await expect(kpi(page, 'received')).toHaveText(formatCount(expected.received))
  await expect(kpi(page, 'disclosureRate')).toHaveText(expected.disclosureRate)
  // The charts are drawn (canvas present) and no request left the origin.
  for (const id of ['chart-volume', 'chart-outcomes', 'chart-applicants', 'chart-regions']) {
    await expect(page.getByTestId(id).locator('canvas').first()).toBeVisible()
  }
  expect(app.consoleErrors).toEqual([])
  expect(app.foreignRequests()).toEqual([])
})

test('a filtered overview URL, reloaded, shows the same KPIs', async ({ app }) => {
  const { page } = app
  await page.goto(app.url)
  await loadDemo(page)
  const reports = demoReports().filter((r) => r.year === 2024 && r.region === '东城区')
  const expected = figures(reports)
  await page.getByTestId('year-2024').check()
  await page.getByTestId('region-filter').selectOption('东城区')
  await expect(kpi(page, 'reports')).toHaveText(formatCount(expected.reports))
  await expect(page).toHaveURL(/year=2024/)
  const url = page.url()
  await page.reload()
  await expect(kpi(page, 'reports')).toHaveText(formatCount(expected.reports))
  await expect(kpi(page, 'received')).toHaveText(formatCount(expected.received))
  expect(page.url()).toBe(url)
})

test('import a changed report → preview shows the change → commit → numbers update → undo → numbers back', async ({ app }) => {
  const { page } = app
  await page.goto(app.url)
  await loadDemo(page)
  const all = demoReports()
  const before = figures(all)
  const target = structuredClone(all.find((r) => r.year === 2024 && r.region === '东城区')!)
  const received = target.requests.received as Record<string, number>
  received.natural += 5
  received.total += 5
  const csv = toWideCsv([flatten(target)])

  await page.getByRole('link', { name: '数据管理' }).click()
  await page.getByTestId('file-input').setInputFiles({ name: 'corrected.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  const preview = page.getByTestId('preview-corrected.csv')
  await expect(preview).toContainText('替换 1')
  await expect(preview.getByTestId('changes')).toContainText(`本年新收政府信息公开申请数量-自然人：${received.natural - 5} → ${received.natural}`)
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-summary')).toContainText('替换 1 份')

  await page.getByRole('link', { name: '总览' }).click()
  await expect(kpi(page, 'received')).toHaveText(formatCount(before.received + 5))

  await page.getByRole('link', { name: '数据管理' }).click()
  const undo = page.locator('[data-testid^="undo-"]').first()
  await undo.click()
  await page.getByRole('link', { name: '总览' }).click()
  await expect(kpi(page, 'received')).toHaveText(formatCount(before.received))
})

test('a file with one bad row is not imported at all and the error names the row', async ({ app }) => {
  const { page } = app
  await page.goto(app.url)
  await page.getByRole('link', { name: '数据管理' }).click()
  const rows = demoReports().slice(0, 4).map(flatten)
  rows[2].set('requests.granted.natural', 'abc')
  const csv = toWideCsv(rows)
  await page.getByTestId('file-input').setInputFiles({ name: 'mixed.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  const preview = page.getByTestId('preview-mixed.csv')
  await expect(preview).toContainText('未通过')
  // Header is line 1, so the third report is on line 4.
  await expect(preview).toContainText('第 4 行')
  await expect(preview).toContainText('requests.granted.natural')
  await expect(page.getByTestId('import-commit')).toBeDisabled()
  await page.getByRole('link', { name: '总览' }).click()
  await expect(page.getByTestId('empty-state')).toBeVisible()
})

test('backup → clear → restore gives back the same data', async ({ app }) => {
  const { page } = app
  await page.goto(app.url)
  await loadDemo(page)
  const expected = figures(demoReports())
  await page.getByRole('link', { name: '数据管理' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByTestId('backup').click()
  const download = await downloading
  const path = await download.path()
  expect(download.suggestedFilename()).toMatch(/^年报监督台备份-\d{4}-\d{2}-\d{2}\.json$/)

  page.once('dialog', (d) => d.accept())
  await page.getByTestId('clear').click()
  await expect(page.getByTestId('tools-message')).toHaveText('已清空')
  await page.getByRole('link', { name: '总览' }).click()
  await expect(page.getByTestId('empty-state')).toBeVisible()

  await page.getByRole('link', { name: '数据管理' }).click()
  await page.getByTestId('restore-input').setInputFiles(path!)
  await expect(page.getByTestId('tools-message')).toContainText(`恢复 ${expected.reports} 份报告`)
  await page.getByRole('link', { name: '总览' }).click()
  await expect(kpi(page, 'reports')).toHaveText(formatCount(expected.reports))
  await expect(kpi(page, 'received')).toHaveText(formatCount(expected.received))
})
