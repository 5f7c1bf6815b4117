import { expect, test } from './fixtures'
import { demoReports, figures, flatten, formatCount, toWideCsv } from './demo-data'
import { kpi, loadDemo, openWithDemo } from './board'

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

test('import a changed report → preview shows the change → commit → numbers update → undo → numbers back', async ({
  app,
}) => {
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
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'corrected.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  const preview = page.getByTestId('preview-corrected.csv')
  await expect(preview).toContainText('替换 1')
  await expect(preview.getByTestId('changes')).toContainText(
    `本年新收政府信息公开申请数量-自然人：${received.natural - 5} → ${received.natural}`,
  )
  // The rules run after the file is read ("检查中…" meanwhile): 5 more requests break the sums.
  await expect(preview.locator('tbody tr').first()).toContainText(/错误 \d+/)
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
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'mixed.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
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

test('English is one click away, and labels come from the report model', async ({ app }) => {
  const { page } = app
  await page.goto(app.url)
  await loadDemo(page)
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { name: 'Disclosure Report Board' })).toBeVisible()
  await expect(page.getByTestId('kpi-received')).toContainText('Requests received')
  await expect(page.getByRole('link', { name: 'Data' })).toBeVisible()
  // The choice is remembered.
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Disclosure Report Board' })).toBeVisible()
  await page.getByRole('button', { name: '中文' }).click()
  await expect(page.getByRole('heading', { name: '政府信息公开年报监督台' })).toBeVisible()
})

test('a report text without an office name asks for it, then imports', async ({ app }) => {
  const { page } = app
  await page.goto(app.url)
  await page.getByRole('link', { name: '数据管理' }).click()
  await page.getByTestId('file-input').setInputFiles('../shared/fixtures/report-2024-district-office.txt')
  const preview = page.getByTestId('preview-report-2024-district-office.txt')
  await expect(preview.getByTestId('file-error')).toContainText('机关名称')
  await preview.getByTestId('hint-office').fill('某区国防动员办公室')
  await preview.getByTestId('hint-submit').click()
  await expect(preview).toContainText('新增 1')
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-summary')).toContainText('新增 1 份')
  await page.getByRole('link', { name: '总览' }).click()
  await expect(page.getByTestId('kpi-received').locator('.value')).toHaveText('10')
})

test('re-importing the same file changes nothing and says so', async ({ app }) => {
  const { page } = app
  await page.goto(app.url)
  await page.getByRole('link', { name: '数据管理' }).click()
  const csv = toWideCsv(demoReports().slice(0, 3).map(flatten))
  const file = { name: 'three.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }
  await page.getByTestId('file-input').setInputFiles(file)
  await expect(page.getByTestId('preview-three.csv')).toContainText('新增 3')
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-summary')).toContainText('新增 3 份')
  await page.getByTestId('file-input').setInputFiles(file)
  const again = page.getByTestId('preview-three.csv')
  await expect(again).toContainText('无变化 3')
  await expect(again.getByTestId('same-file')).toContainText('之前已经导入过')
  await expect(page.getByTestId('import-commit')).toBeDisabled()
  await expect(page.getByTestId('batch-list').locator('tbody tr')).toHaveCount(1)
})

test('clicking a region in the overview drills down to its offices, and back returns', async ({ app }) => {
  const { page } = app
  await page.goto(app.url)
  await loadDemo(page)
  const byRegion = new Map<string, number>()
  for (const r of demoReports()) {
    const received = (r.requests.received as { total: number }).total
    byRegion.set(r.region ?? '', (byRegion.get(r.region ?? '') ?? 0) + received)
  }
  const top = [...byRegion.entries()].sort((a, b) => b[1] - a[1])[0][0]
  const canvas = page.getByTestId('chart-regions').locator('canvas').first()
  const box = (await canvas.boundingBox())!
  // The top bar is the region with most requests (grid top 36 px, ten rows).
  await canvas.click({ position: { x: box.width * 0.5, y: 36 + (box.height - 44) / 20 } })
  await expect(page).toHaveURL(new RegExp(`#/rankings\\?.*region=${encodeURIComponent(top)}`))
  await expect(page.locator('main')).toContainText(top)
  await page.goBack()
  await expect(page).toHaveURL(/#\/overview/)
  await expect(page.getByTestId('chart-regions')).toBeVisible()
})

test('the office registry of a city is paged, searchable and filtered by region and kind', async ({ app }) => {
  const { page } = app
  await openWithDemo(page, app.url)
  await page.getByRole('link', { name: '数据管理' }).click()
  const offices = [...new Set(demoReports().map((r) => r.office))]
  const rows = page.getByTestId('registry-row')
  await expect(rows).toHaveCount(25)
  await expect(page.getByTestId('registry-count')).toHaveText(`共 ${offices.length} 个机关`)
  // The page stays short however many offices there are.
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(4000)
  await page.getByTestId('office-registry').getByTestId('page-next').click()
  await expect(page.getByTestId('office-registry').getByTestId('page-status')).toHaveText(
    `第 2 / ${Math.ceil(offices.length / 25)} 页`,
  )

  const region = demoReports()[0].region!
  const inRegion = new Set(
    demoReports()
      .filter((r) => r.region === region)
      .map((r) => r.office),
  )
  await page.getByTestId('registry-region').selectOption(region)
  await expect(page.getByTestId('registry-count')).toHaveText(`共 ${inRegion.size} 个机关`)
  await page.getByTestId('registry-kind').selectOption('government')
  await expect(rows).toHaveCount(
    new Set(
      demoReports()
        .filter((r) => r.region === region && r.officeKind === 'government')
        .map((r) => r.office),
    ).size,
  )
  await page.getByTestId('registry-kind').selectOption('')
  const one = [...inRegion][3]
  await page.getByTestId('registry-search').fill(one)
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText(one)
})

test('a view whose filters select nothing says so and clears them in one click', async ({ app }) => {
  const { page } = app
  await openWithDemo(page, app.url)
  for (const view of ['overview', 'rankings', 'compliance']) {
    await page.goto(`${app.url}#/${view}?q=${encodeURIComponent('没有这个机关')}`)
    await expect(page.getByTestId('no-match')).toBeVisible()
    await page.getByTestId('clear-filters').click()
    await expect(page.getByTestId('no-match')).toHaveCount(0)
    expect(page.url()).not.toContain('q=')
  }
})
