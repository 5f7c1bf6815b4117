/**
 * Every view of the board, for the tests that visit them all (accessibility, phone layout): the
 * routes of src/router.ts with each compliance tab, an office of the demo city and a pair of its
 * copied narratives.
 */
import { expect, type Page } from '@playwright/test'
import { demoPlanted, demoReports } from './demo-data'

export function everyRoute(): { name: string; hash: string }[] {
  const office = demoReports().find((r) => r.year === 2024)!.office
  const copy = demoPlanted().copiedFromNeighbour[0]
  const narratives = new URLSearchParams({ a: copy.office, ay: String(copy.year), b: copy.from, by: String(copy.year) })
  return [
    { name: 'overview', hash: '#/overview' },
    { name: 'compare', hash: '#/compare' },
    { name: 'rankings', hash: '#/rankings' },
    { name: 'rankings by region', hash: '#/rankings?level=region&metric=disclosureRate' },
    ...['matrix', 'findings', 'scores', 'rectify', 'scheme', 'circular'].map((tab) => ({
      name: `compliance ${tab}`,
      hash: `#/compliance?tab=${tab}`,
    })),
    { name: 'office', hash: `#/office/${encodeURIComponent(office)}?year=2024` },
    { name: 'data', hash: '#/data' },
    { name: 'narratives', hash: `#/narratives?${narratives}` },
  ]
}

/** Go to a view and wait until its content (not the loading line) is there. */
export async function visit(page: Page, url: string, hash: string): Promise<void> {
  await page.goto(`${url}${hash}`)
  await expect(page.locator('main')).not.toContainText(/正在加载…|Loading…/, { timeout: 30_000 })
  // Findings, scores and charts settle after the first paint.
  await page.waitForTimeout(800)
}
