/**
 * import.csvNk.floor_seconds: the floor page (scripts/bench/floor-page) in a new tab of the same
 * browser context and origin as the app, given the same CSV file.
 */
import type { BrowserContext } from '@playwright/test'
import type { FloorResult } from './floor-page/floor'
import { FLOOR_PATH } from './browser'
import { within } from './util'

export async function measureFloor(
  context: BrowserContext,
  appUrl: string,
  file: string,
  count: number,
  timeoutSeconds: number,
): Promise<FloorResult> {
  const page = await context.newPage()
  try {
    await page.goto(`${appUrl}${FLOOR_PATH}index.html`)
    await page.waitForFunction(() => typeof window.benchFloor === 'function', undefined, { timeout: 30_000 })
    await page.getByTestId('floor-file').setInputFiles(file)
    const result = await within(
      'floor page (PapaParse + Dexie bulkPut)',
      timeoutSeconds,
      page.evaluate((n) => window.benchFloor(n), count),
    )
    if (
      result.rows !== count + 1 ||
      result.stored !== count ||
      result.pageStored !== count ||
      result.pageRows !== count + 1
    ) {
      throw new Error(
        `floor page read ${result.rows} CSV rows and stored ${result.stored} reports (${result.pageStored} as pages), expected ${count + 1} and ${count}`,
      )
    }
    return result
  } finally {
    await page.close()
  }
}
