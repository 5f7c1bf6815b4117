/**
 * Phones (leaders read these boards on them): at 390 × 844 no view scrolls sideways as a whole,
 * wide tables scroll inside their card, and the navigation folds into a menu button that works
 * from the keyboard.
 */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { openWithDemo } from './board'
import { everyRoute, visit } from './routes'

test.use({ viewport: { width: 390, height: 844 } })

const pageWidth = (page: Page) =>
  page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }))

test('no view scrolls sideways as a whole at 390 px, in either language', async ({ app }) => {
  test.setTimeout(300_000)
  const { page } = app
  await openWithDemo(page, app.url)
  await page.goto(`${app.url}#/data`)
  await page.getByTestId('map-input').setInputFiles('test/maps/jiangzhou-districts.geojson')
  await expect(page.getByTestId('map-message')).toBeVisible()
  const overflowing: string[] = []
  for (const lang of ['zh', 'en']) {
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click()
    for (const route of everyRoute()) {
      await visit(page, app.url, route.hash)
      const w = await pageWidth(page)
      if (w.scroll > w.inner) overflowing.push(`${lang} ${route.name}: ${w.scroll} px wide`)
    }
  }
  expect(overflowing).toEqual([])
})

test('a wide table scrolls inside its card, not the page', async ({ app }) => {
  const { page } = app
  await openWithDemo(page, app.url)
  await visit(page, app.url, '#/rankings?level=office&metric=volume')
  const card = page.getByTestId('ranking-table').locator('xpath=ancestor::*[contains(@class,"table-card")][1]')
  const box = await card.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }))
  expect(box.scroll).toBeGreaterThan(box.client)
  await card.evaluate((el) => el.scrollBy(200, 0))
  expect(await card.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0)
  expect(await page.evaluate(() => window.scrollX)).toBe(0)
  const w = await pageWidth(page)
  expect(w.scroll).toBeLessThanOrEqual(w.inner)
})

test('the navigation folds into a menu button that opens and closes from the keyboard', async ({ app }) => {
  const { page } = app
  await openWithDemo(page, app.url)
  const menu = page.getByTestId('menu-button')
  const rankings = page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '排名' })
  await expect(menu).toBeVisible()
  await expect(rankings).toBeHidden()
  await menu.focus()
  await page.keyboard.press('Enter')
  await expect(menu).toHaveAttribute('aria-expanded', 'true')
  await expect(rankings).toBeVisible()
  // The folded-out menu is as accessible as the rest (axe: nothing serious or critical).
  const { violations } = await new AxeBuilder({ page }).analyze()
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([])
  // Escape folds it and gives the focus back to the button.
  await page.keyboard.press('Escape')
  await expect(rankings).toBeHidden()
  await expect(menu).toBeFocused()
  // Open again, Tab to a link, follow it: the view changes and the menu folds.
  await page.keyboard.press('Enter')
  await expect(rankings).toBeVisible()
  for (let i = 0; i < 10 && !(await rankings.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/rankings/)
  await expect(rankings).toBeHidden()
  await expect(menu).toHaveAttribute('aria-expanded', 'false')
})
