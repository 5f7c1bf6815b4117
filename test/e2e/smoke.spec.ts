import { expect, test } from './fixtures'

test('the built app opens from a sub-path with no console error and no foreign request', async ({ app }) => {
  const { page } = app
  await page.goto(app.url)
  await expect(page).toHaveTitle('政府信息公开年报监督台')
  await expect(page.getByRole('heading', { name: '政府信息公开年报监督台' })).toBeVisible()
  await expect(page.getByTestId('empty-state')).toBeVisible()
  await expect(page.getByRole('button', { name: '加载演示数据' })).toBeVisible()
  // Navigation is real links to hash routes.
  await expect(page.getByRole('link', { name: '数据管理' })).toHaveAttribute('href', '#/data')
  expect(app.consoleErrors).toEqual([])
  expect(app.foreignRequests()).toEqual([])
  expect(app.requests.length).toBeGreaterThan(0)
})
