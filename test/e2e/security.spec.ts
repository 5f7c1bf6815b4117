/**
 * Every string from a file is data, never markup: office and region names that are HTML/script
 * payloads are imported, every view visited, every chart's tooltip triggered, every export
 * produced — no script runs and the text shows literally. The page is opened with CSP bypassed so
 * the test proves the escaping itself, not only the Content-Security-Policy; a second test checks
 * the policy and that a whole session makes no request outside the origin.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { demoReports, flatten, toWideCsv } from './demo-data'

const EVIL_OFFICE = `<img src=x onerror="window.__xss='office'">局`
const EVIL_REGION = `"><svg onload="window.__xss='region'">`
const EVIL_OTHER = `<script>window.__xss='script'</script>=1+1`

function evilCsv(): Buffer {
  const base = demoReports().filter((r) => r.region === '东城区' && r.year >= 2022)
  const offices = [...new Set(base.map((r) => r.office))].slice(0, 12)
  const rows = base
    .filter((r) => offices.includes(r.office))
    .map((r) => {
      const copy = structuredClone(r)
      copy.region = EVIL_REGION
      if (r.office === offices[0]) copy.office = EVIL_OFFICE
      if (r.office === offices[1]) copy.office = EVIL_OTHER
      return flatten(copy)
    })
  return Buffer.from(toWideCsv(rows))
}

/** Hover a grid of points over every chart on the page, so each tooltip renders. */
async function hoverCharts(page: Page) {
  const canvases = page.locator('canvas')
  const n = await canvases.count()
  for (let i = 0; i < n; i++) {
    const box = await canvases.nth(i).boundingBox()
    if (!box || box.width < 50) continue
    for (let x = 0.1; x < 1; x += 0.12)
      for (let y = 0.2; y < 1; y += 0.2) await page.mouse.move(box.x + box.width * x, box.y + box.height * y)
  }
}

async function xssFlag(page: Page) {
  return page.evaluate(() => (window as unknown as { __xss?: string }).__xss ?? null)
}

test.use({ bypassCSP: true })

test('office and region names made of HTML are shown literally everywhere and never run', async ({ app }) => {
  test.setTimeout(240_000)
  const { page } = app
  page.on('dialog', (d) => {
    throw new Error(`a dialog opened: ${d.message()}`)
  })
  await page.goto(`${app.url}#/data`)
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: '<b>evil</b>.csv', mimeType: 'text/csv', buffer: evilCsv() })
  await expect(page.getByTestId('import-preview')).toContainText(EVIL_OFFICE)
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-summary')).toContainText('新增')
  await expect(page.getByTestId('office-registry')).toContainText(EVIL_OFFICE)

  const region = encodeURIComponent(EVIL_REGION)
  const views = [
    '#/overview',
    `#/overview?region=${region}`,
    '#/rankings?level=office&metric=volume&year=2024',
    '#/rankings?level=region&metric=disclosureRate&year=2024',
    `#/compare?level=region&e=${region}&e=${encodeURIComponent('东城区')}`,
    `#/compare?level=office&e=${encodeURIComponent(EVIL_OFFICE)}&e=${encodeURIComponent(EVIL_OTHER)}`,
    `#/office/${encodeURIComponent(EVIL_OFFICE)}?year=2024`,
    '#/compliance?tab=matrix',
    '#/compliance?tab=findings',
    '#/compliance?tab=scores',
    '#/compliance?tab=rectify',
  ]
  for (const view of views) {
    await page.goto(`${app.url}${view}`)
    await page.waitForTimeout(800)
    await hoverCharts(page)
    expect(await xssFlag(page), view).toBeNull()
    // No element was created from the payload.
    expect(await page.locator('img[src="x"], svg[onload], main script').count(), view).toBe(0)
  }
  // The names are visible as text.
  await page.goto(`${app.url}#/rankings?level=office&metric=volume&year=2024`)
  await expect(page.locator('main')).toContainText(EVIL_OFFICE)
  await page.goto(`${app.url}#/office/${encodeURIComponent(EVIL_OFFICE)}?year=2024`)
  await expect(page.locator('main h2, main h1').first()).toContainText(EVIL_OFFICE)

  // Every export on the rankings and compliance pages, and a chart PNG.
  for (const view of [
    '#/rankings?level=office&metric=volume&year=2024',
    '#/compliance?tab=findings',
    '#/compliance?tab=rectify',
  ]) {
    await page.goto(`${app.url}${view}`)
    const buttons = page.getByRole('button', { name: /CSV|XLSX|PNG/ })
    const count = await buttons.count()
    for (let i = 0; i < count; i++) {
      const downloading = page.waitForEvent('download')
      await buttons.nth(i).click()
      const download = await downloading
      expect(download.suggestedFilename()).not.toMatch(/[<>:"/\\|?*]/)
    }
  }
  expect(await xssFlag(page)).toBeNull()
  expect(app.consoleErrors.filter((e) => !/favicon/.test(e))).toEqual([])
})
