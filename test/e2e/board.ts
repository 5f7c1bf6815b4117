/**
 * What many browser tests do with the board: load the demo city, read a KPI, catch a download.
 * One place, so a change to the first-run screen or the KPIs is made once.
 */
import { readFileSync } from 'node:fs'
import { expect, type Download, type Page } from '@playwright/test'

/**
 * Load the demo city from the page's first-run screen and wait until the overview shows it;
 * `checked`: also until the checks (run after the first paint) have given their findings.
 */
export async function loadDemo(page: Page, options: { checked?: boolean } = {}): Promise<void> {
  await page.getByRole('button', { name: '加载演示数据' }).click()
  await expect(page.getByTestId('kpi-reports')).toBeVisible({ timeout: 120_000 })
  if (options.checked) await expect(page.getByTestId('kpi-errors')).not.toContainText('…', { timeout: 120_000 })
}

/** Open the board at `url` and load the demo city (see loadDemo). */
export async function openWithDemo(page: Page, url: string, options: { checked?: boolean } = {}): Promise<void> {
  await page.goto(url)
  await loadDemo(page, options)
}

/** A KPI card's value on the overview. */
export const kpi = (page: Page, key: string) => page.getByTestId(`kpi-${key}`).locator('.value')

/** The file a click downloads, and its bytes. */
export async function saved(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const downloading = page.waitForEvent('download')
  await click()
  const download = await downloading
  return { download, bytes: readFileSync((await download.path())!) }
}
