/**
 * Keyboard alone (WCAG 2.1.1, GB/T 37668): the filters and tabs, an office opened from the
 * rankings and from the coverage matrix, a file imported and the import undone — no mouse after
 * the page is open, and wherever the focus is, it can be seen.
 */
import type { Locator, Page } from '@playwright/test'
import { demoReports, flatten, toWideCsv } from './demo-data'
import { openWithDemo } from './board'
import { expect, test } from './fixtures'

/** Press Tab until `target` has the focus (at most `max` times); the focus ring must show. */
async function tabTo(page: Page, target: Locator, max = 400): Promise<void> {
  const handle = await target.elementHandle()
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((el) => el === document.activeElement, handle)) {
      expect(await focusRingShows(page), 'the focused element shows where the focus is').toBe(true)
      return
    }
  }
  throw new Error(`${target} was not reached with ${max} presses of Tab`)
}

/** The focused element (or, for a file input inside its label-button, the label) has an outline. */
function focusRingShows(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement
    const ringed = el.matches('input[type=file]') ? (el.closest('label') ?? el) : el
    const style = getComputedStyle(ringed)
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
  })
}

test('the skip link, the filters and the compliance tabs work from the keyboard', async ({ app }) => {
  const { page } = app
  await page.goto(app.url)
  await tabTo(page, page.getByRole('button', { name: '加载演示数据' }))
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('kpi-reports')).toBeVisible({ timeout: 120_000 })

  // The first Tab reaches "skip to content", which moves the focus past the navigation.
  await page.goto(`${app.url}#/overview`)
  await page.reload()
  await expect(page.getByTestId('kpi-reports')).toBeVisible()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: '跳到正文' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press('Enter')
  await expect(page.locator('main')).toBeFocused()

  // Year checkbox with Space, region with the arrow keys, name search typed and confirmed.
  await tabTo(page, page.getByTestId('year-2024'))
  await page.keyboard.press('Space')
  await expect(page).toHaveURL(/year=2024/)
  await tabTo(page, page.getByTestId('region-filter'))
  await page.keyboard.press('ArrowDown')
  await expect(page).toHaveURL(/region=/)
  const region = await page.getByTestId('region-filter').inputValue()
  expect(region).not.toBe('')
  await tabTo(page, page.getByTestId('name-filter'))
  await page.keyboard.type('教育局')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/q=/)
  await expect(page.getByTestId('kpi-offices').locator('.value')).toHaveText('1')

  // The compliance view's tabs are links: Tab to one, Enter opens it.
  await page.goto(`${app.url}#/compliance?tab=matrix`)
  await tabTo(page, page.getByTestId('tab-findings'))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/tab=findings/)
  await expect(page.getByTestId('tab-findings')).toHaveAttribute('aria-current', 'page')
})

test('an office opens from the rankings and from the coverage matrix with the keyboard', async ({ app }) => {
  const { page } = app
  await openWithDemo(page, app.url)

  await page.goto(`${app.url}#/rankings?metric=volume&year=2024`)
  const first = page.getByTestId('ranking-row').first()
  const office = (await first.getAttribute('data-entity'))!
  await page.locator('main').focus()
  await tabTo(page, first.getByRole('link', { name: office, exact: true }))
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`#/office/${encodeURIComponent(office).replace(/[()]/g, '\\$&')}`))
  await expect(page.getByTestId('office-name')).toHaveText(office)

  await page.goto(`${app.url}#/compliance?tab=matrix`)
  const cell = page.locator('a.cov-cell[data-year="2023"]').first()
  const cellOffice = (await cell.getAttribute('data-office'))!
  await page.locator('main').focus()
  await tabTo(page, cell)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/office\/.*year=2023/)
  await expect(page.getByTestId('office-name')).toHaveText(cellOffice)
})

test('a file is imported and the import undone with the keyboard', async ({ app }) => {
  const { page } = app
  const reports = demoReports()
    .filter((r) => r.region === '白沙县' && r.year === 2024)
    .slice(0, 3)
  await page.goto(`${app.url}#/data`)
  await expect(page.getByTestId('import-panel')).toBeVisible()

  // Enter (like Space) on the file picker opens the system's file dialog. Listening before the
  // Tab presses: Playwright turns on its interception of the dialog asynchronously, and an Enter
  // pressed before that opens the real (headless: invisible) dialog instead.
  const choosing = page.waitForEvent('filechooser')
  await tabTo(page, page.getByTestId('file-input'))
  await page.keyboard.press('Enter')
  const chooser = await choosing
  await chooser.setFiles({
    name: 'three.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(toWideCsv(reports.map(flatten))),
  })
  await expect(page.getByTestId('import-preview')).toContainText('three.csv')
  await tabTo(page, page.getByTestId('import-commit'))
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('import-summary')).toContainText('新增 3 份')

  const batch = page.getByTestId('batch-list').locator('tbody tr').first()
  await tabTo(page, batch.getByRole('button', { name: '撤销' }))
  await page.keyboard.press('Enter')
  await expect(batch).toContainText('已撤销')
  await page.goto(`${app.url}#/overview`)
  await expect(page.getByTestId('empty-state')).toBeVisible()
})
