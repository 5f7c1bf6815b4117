/**
 * Accessibility (WCAG 2.1 AA as axe-core checks it; China's GB/T 37668 asks the same): every view
 * in both languages, with the demo city and a district map loaded, has no serious or critical
 * violation.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { openWithDemo } from './board'
import { everyRoute, visit } from './routes'

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}${v.nodes.length > 3 ? ` … ${v.nodes.length} in all` : ''}`,
    )
}

for (const lang of ['zh', 'en'] as const) {
  test(`every view in ${lang === 'zh' ? 'Chinese' : 'English'} has no serious or critical axe violation`, async ({
    app,
  }) => {
    test.setTimeout(300_000)
    const { page } = app
    await openWithDemo(page, app.url)
    await page.goto(`${app.url}#/data`)
    await page.getByTestId('map-input').setInputFiles('test/maps/jiangzhou-districts.geojson')
    await expect(page.getByTestId('map-message')).toBeVisible()
    if (lang === 'en') {
      await page.getByRole('button', { name: 'English' }).click()
      await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    }
    const found: Record<string, string[]> = {}
    for (const route of everyRoute()) {
      await visit(page, app.url, route.hash)
      const violations = await seriousViolations(page)
      if (violations.length) found[route.name] = violations
    }
    expect(found).toEqual({})
  })
}
