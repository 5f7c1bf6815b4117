/**
 * Screenshots of the built app for a person to look at:
 *   npx tsx scripts/screenshot.ts [--demo] [--width 1366] OUT.png ROUTE [OUT2.png ROUTE2 …]
 * Serves dist/ under /board/, optionally loads the demo data first, then captures each route.
 */
import { chromium } from '@playwright/test'
import { chromiumPath } from '../playwright.config'
import { startStaticServer } from '../test/e2e/server'

const args = process.argv.slice(2)
const demo = args.includes('--demo')
const widthAt = args.indexOf('--width')
const width = widthAt >= 0 ? Number(args[widthAt + 1]) : 1366
const rest = args.filter((a, i) => a !== '--demo' && i !== widthAt && i !== widthAt + 1)

const server = await startStaticServer(process.env.DIST_DIR ?? 'dist', '/board/')
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
})
const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'zh-CN' })
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()))
page.on('pageerror', (e) => console.error('pageerror:', e.message))
await page.goto(server.url)
if (demo) {
  await page.getByRole('button', { name: '加载演示数据' }).click()
  await page.getByTestId('kpi-reports').waitFor({ timeout: 120_000 })
}
for (let i = 0; i + 1 < rest.length; i += 2) {
  await page.goto(`${server.url}#${rest[i + 1]}`)
  await page.waitForTimeout(1500)
  await page.screenshot({ path: rest[i], fullPage: true })
  console.log('wrote', rest[i])
}
await browser.close()
await server.close()
