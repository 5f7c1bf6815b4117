import { expect, test } from './fixtures'

test('the Content-Security-Policy forbids inline scripts and other origins, and the app still works', async ({
  app,
}) => {
  const { page } = app
  await page.goto(app.url)
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(policy).toContain("script-src 'self'")
  expect(policy).toContain("connect-src 'self'")
  expect(policy).toContain("worker-src 'self'")
  expect(policy).not.toContain('unsafe-eval')
  expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
  // An injected inline script is refused by the browser.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script')
    s.textContent = 'window.__inline = true'
    document.body.appendChild(s)
    return (window as unknown as { __inline?: boolean }).__inline === true
  })
  expect(ran).toBe(false)
})

test('a full session makes no request outside the page’s own origin', async ({ app }) => {
  test.setTimeout(180_000)
  const { page } = app
  await page.goto(app.url)
  await page.getByRole('button', { name: '加载演示数据' }).click()
  await expect(page.getByTestId('kpi-reports')).toBeVisible({ timeout: 120_000 })
  for (const view of [
    '#/compare',
    '#/rankings',
    '#/compliance?tab=matrix',
    '#/compliance?tab=findings',
    '#/compliance?tab=scores',
    '#/compliance?tab=rectify',
    '#/data',
    '#/overview',
  ]) {
    await page.goto(`${app.url}${view}`)
    await page.waitForTimeout(500)
  }
  // Exports and a chart PNG (workers, blobs and exceljs loaded on demand stay on the origin).
  await page.goto(`${app.url}#/rankings?level=region&metric=volume&year=2024`)
  for (const name of ['排名 CSV', '排名 XLSX']) {
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name }).click()
    await downloading
  }
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'PNG' }).first().click()
  await downloading
  expect(app.requests.length).toBeGreaterThan(5)
  expect(app.foreignRequests()).toEqual([])
  expect(app.consoleErrors).toEqual([])
})
