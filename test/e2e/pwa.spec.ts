/**
 * Offline after the first visit, and never stale behind the user's back: the built board's
 * service worker (vite-plugin-pwa/Workbox) precaches the app under its sub-path; a new build and
 * new published data are both offered as a reload, never applied silently, and published data is
 * fetched fresh whenever the server answers.
 *
 * Each test runs its own server (so it can really go away) and its own context with service
 * workers allowed; every request of the page and of its service worker is recorded.
 */
import { readFileSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { demoReports, figures, flatten, formatCount, toWideCsv } from './demo-data'
import { distDir, expect, test } from './fixtures'
import { startStaticServer, type StaticServer } from './server'
import { kpi } from './board'

const TITLE = '政府信息公开年报监督台'

interface Session {
  server: StaticServer
  context: BrowserContext
  page: Page
  requests: string[]
  foreign: () => string[]
}

async function session(browser: Browser): Promise<Session> {
  const server = await startStaticServer(distDir, '/board/')
  const context = await browser.newContext({ serviceWorkers: 'allow', locale: 'zh-CN' })
  const requests: string[] = []
  // The context sees the service worker's requests too, not only the page's.
  context.on('request', (r) => requests.push(r.url()))
  const page = await context.newPage()
  return {
    server,
    context,
    page,
    requests,
    foreign: () => requests.filter((u) => !u.startsWith(server.origin) && !/^(data|blob):/.test(u)),
  }
}

/** Wait until the service worker is active (everything precached) and controls the page. */
async function controlled(page: Page): Promise<string> {
  await page.evaluate(() => navigator.serviceWorker.ready)
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload()
  return page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)
}

test('a board opened once works with no network: reload, every view, charts, the published map', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const s = await session(browser)
  const { page, server } = s
  // A published board (as a supervisor hosts it for district leaders): reports and a district map.
  const reports = demoReports().filter((r) => r.year >= 2023)
  server.overlay.set('data/manifest.json', JSON.stringify({ files: ['reports.csv'], map: 'districts.geojson' }))
  server.overlay.set('data/reports.csv', toWideCsv(reports.map(flatten)))
  server.overlay.set('data/districts.geojson', readFileSync('test/maps/jiangzhou-districts.geojson'))
  try {
    await page.goto(server.url)
    const expected = figures(reports)
    await expect(kpi(page, 'reports')).toHaveText(formatCount(expected.reports), { timeout: 120_000 })
    await expect(page.getByTestId('chart-district-map').locator('canvas').first()).toBeVisible()
    // Installable: a manifest with icons, and a service worker scoped to the board's own folder.
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector('link[rel=manifest]')!.getAttribute('href')!
      return (await fetch(href)).json()
    })
    expect(manifest).toMatchObject({ name: TITLE, start_url: './', scope: './', display: 'standalone' })
    expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    )
    expect(await controlled(page)).toBe(`${server.url}sw.js`)
    expect(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope))).toBe(server.url)

    // No network at all: the browser is offline and the server is gone.
    await s.context.setOffline(true)
    await server.close()
    await page.reload()
    await expect(kpi(page, 'reports')).toHaveText(formatCount(expected.reports), { timeout: 60_000 })
    await expect(kpi(page, 'received')).toHaveText(formatCount(expected.received))
    await expect(page.getByTestId('offline-notice')).toContainText('当前离线')
    await expect(page.getByTestId('chart-volume').locator('canvas').first()).toBeVisible()
    await expect(page.getByTestId('chart-district-map').locator('canvas').first()).toBeVisible()
    for (const [hash, ready] of [
      ['#/rankings?metric=volume&year=2024', page.getByTestId('ranking-row').first()],
      ['#/compliance?tab=matrix', page.getByTestId('coverage-scroller')],
      ['#/compare', page.getByRole('heading', { level: 2 }).first()],
      ['#/data', page.getByTestId('batch-list')],
    ] as const) {
      await page.goto(`${server.url}${hash}`)
      await expect(ready).toBeVisible()
    }
    await expect(page.getByTestId('map-in-use')).toContainText('data/districts.geojson')
    expect(s.foreign()).toEqual([])
  } finally {
    await s.context.close()
    await server.close().catch(() => {})
  }
})

test('one visit is enough: offline right after it, the board keeps its published scheme and map', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const s = await session(browser)
  const { page, server } = s
  const reports = demoReports().filter((r) => r.year === 2024)
  const scheme = {
    format: 'assessment-scheme',
    version: 1,
    name: '江州市考核办法',
    base: 10,
    floor: 0,
    rules: { deadline: { points: 5, maxPerReport: 5 } },
    missingReport: 10,
    notAssessable: { points: 0 },
  }
  server.overlay.set(
    'data/manifest.json',
    JSON.stringify({ files: ['reports.csv'], map: 'districts.geojson', scheme: 'scheme.json' }),
  )
  server.overlay.set('data/reports.csv', toWideCsv(reports.map(flatten)))
  server.overlay.set('data/districts.geojson', readFileSync('test/maps/jiangzhou-districts.geojson'))
  server.overlay.set('data/scheme.json', JSON.stringify(scheme))
  try {
    await page.goto(server.url)
    await expect(kpi(page, 'reports')).toHaveText(formatCount(reports.length), { timeout: 120_000 })
    await expect(page.getByTestId('chart-district-map').locator('canvas').first()).toBeVisible()
    // The service worker is installed, but this first visit's requests did not pass through it:
    // nothing of data/ is in its cache.
    await page.evaluate(() => navigator.serviceWorker.ready)
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull()

    await s.context.setOffline(true)
    await server.close()
    await page.reload()
    await expect(kpi(page, 'reports')).toHaveText(formatCount(reports.length), { timeout: 60_000 })
    await expect(page.getByTestId('chart-district-map').locator('canvas').first()).toBeVisible()
    await page.goto(`${server.url}#/compliance?tab=scheme`)
    await expect(page.getByTestId('scheme-choose').locator('option:checked')).toHaveText('江州市考核办法')
    await page.goto(`${server.url}#/data`)
    await expect(page.getByTestId('map-in-use')).toContainText('data/districts.geojson')
    expect(s.foreign()).toEqual([])
  } finally {
    await s.context.close()
    await server.close().catch(() => {})
  }
})

test('a new build is offered, never forced: the page keeps running until the user reloads into it', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const s = await session(browser)
  const { page, server } = s
  try {
    await page.goto(server.url)
    await expect(page.getByTestId('empty-state')).toBeVisible()
    await controlled(page)
    await expect(page).toHaveTitle(TITLE)

    // Deploy a new build: another index.html, and the service worker that precaches it.
    const html = readFileSync(`${distDir}/index.html`, 'utf8').replace(`<title>${TITLE}`, `<title>${TITLE}（新版）`)
    const sw = readFileSync(`${distDir}/sw.js`, 'utf8').replace(
      /\{url:"index\.html",revision:"[^"]+"\}/,
      '{url:"index.html",revision:"second-build"}',
    )
    expect(sw).toContain('second-build')
    server.overlay.set('index.html', html)
    server.overlay.set('sw.js', sw)

    // The page notices when it is looked at again, and asks; it does not swap by itself.
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
    const prompt = page.getByTestId('update-prompt')
    await expect(prompt).toContainText('本监督台有新版本。', { timeout: 30_000 })
    await expect(page).toHaveTitle(TITLE)
    await prompt.getByRole('button', { name: '重新加载' }).click()
    await expect(page).toHaveTitle(`${TITLE}（新版）`, { timeout: 30_000 })
    await expect(page.getByTestId('update-prompt')).toHaveCount(0)
    expect(s.foreign()).toEqual([])
  } finally {
    await s.context.close()
    await server.close()
  }
})

test('new published data is never served stale: fresh on open, and offered as a reload to an open page', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const s = await session(browser)
  const { page, server } = s
  const reports = demoReports().filter((r) => r.region === '桃源县')
  const [y2023, y2024] = [reports.filter((r) => r.year === 2023), reports.filter((r) => r.year === 2024)]
  const publish = (files: Record<string, unknown[]>, version: number) => {
    for (const [name, rows] of Object.entries(files))
      server.overlay.set(`data/${name}`, toWideCsv((rows as typeof reports).map(flatten)))
    server.overlay.set('data/manifest.json', JSON.stringify({ files: Object.keys(files), version }))
  }
  try {
    publish({ '2023.csv': y2023 }, 1)
    await page.goto(server.url)
    await expect(kpi(page, 'reports')).toHaveText(formatCount(y2023.length), { timeout: 60_000 })
    await controlled(page)

    // Published again while nobody looks: the next open shows it (the manifest is never taken from a cache).
    publish({ '2023.csv': y2023, '2024.csv': y2024 }, 2)
    await page.reload()
    await expect(kpi(page, 'reports')).toHaveText(formatCount(y2023.length + y2024.length), { timeout: 60_000 })
    await expect(page.getByTestId('update-prompt')).toHaveCount(0)

    // Published while the page is open: offered, not swapped under the reader's eyes.
    publish({ '2024.csv': y2024 }, 3)
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')))
    const prompt = page.getByTestId('update-prompt')
    await expect(prompt).toContainText('发布数据已更新。', { timeout: 30_000 })
    await expect(kpi(page, 'reports')).toHaveText(formatCount(y2023.length + y2024.length))
    await prompt.getByRole('button', { name: '重新加载' }).click()
    await expect(kpi(page, 'reports')).toHaveText(formatCount(y2024.length), { timeout: 60_000 })
    expect(s.foreign()).toEqual([])
  } finally {
    await s.context.close()
    await server.close()
  }
})
