import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { demoReports, figures, flatten, formatCount, toWideCsv } from './demo-data'
import { kpi } from './board'

function bigCsv() {
  const reports = demoReports().filter((r) => r.year >= 2021)
  return { count: reports.length, buffer: Buffer.from(toWideCsv(reports.map(flatten))) }
}

async function storedReports(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const dir = location.pathname.replace(/[^/]*$/, '') || '/'
        const open = indexedDB.open(`disclosure-board:${dir}`)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          // Reports are stored in pages of up to 1,000, each with a summary row (src/db/pages.ts).
          if (!db.objectStoreNames.contains('summaries')) return resolve(0)
          const req = db.transaction('summaries').objectStore('summaries').getAll()
          req.onsuccess = () => {
            resolve((req.result as { n: number }[]).reduce((n, page) => n + page.n, 0))
            db.close()
          }
          req.onerror = () => reject(req.error)
        }
      }),
  )
}

test('a reload in the middle of an import leaves the whole file or none of it', async ({ app }) => {
  const { page } = app
  const { count, buffer } = bigCsv()
  await page.goto(`${app.url}#/data`)
  await page.getByTestId('file-input').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer })
  await expect(page.getByTestId('preview-big.csv')).toContainText(`新增 ${count}`, { timeout: 60_000 })
  await page.getByTestId('import-commit').click()
  await page.waitForTimeout(150)
  await page.reload()
  const stored = await storedReports(page)
  expect([0, count]).toContain(stored)
})

test('two tabs stay consistent: one imports, the other shows it', async ({ app }) => {
  const { page } = app
  const other = await page.context().newPage()
  await page.goto(`${app.url}#/data`)
  await other.goto(`${app.url}#/overview`)
  await expect(other.getByTestId('empty-state')).toBeVisible()
  const reports = demoReports()
    .filter((r) => r.year === 2024)
    .slice(0, 25)
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'tab.csv', mimeType: 'text/csv', buffer: Buffer.from(toWideCsv(reports.map(flatten))) })
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-summary')).toContainText('新增 25 份')
  await expect(kpi(other, 'reports')).toHaveText(formatCount(25))
})

test('a report another tab stored since this tab’s preview makes the file fail whole', async ({ app }) => {
  const { page } = app
  const other = await page.context().newPage()
  await page.goto(`${app.url}#/data`)
  await other.goto(`${app.url}#/data`)
  const reports = demoReports()
    .filter((r) => r.year === 2024)
    .slice(0, 20)
  const file = { name: 'both.csv', mimeType: 'text/csv', buffer: Buffer.from(toWideCsv(reports.map(flatten))) }
  // This tab previews the file: every report is new.
  await page.getByTestId('file-input').setInputFiles(file)
  await expect(page.getByTestId('preview-both.csv')).toContainText('新增 20')
  // Meanwhile the other tab stores the same reports.
  await other.getByTestId('file-input').setInputFiles(file)
  await other.getByTestId('import-commit').click()
  await expect(other.getByTestId('import-summary')).toContainText('新增 20 份')
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-summary')).toContainText('已被另一个窗口写入')
  expect(await storedReports(page)).toBe(20)
  await expect(page.getByTestId('batch-list').locator('tbody tr')).toHaveCount(1)
})

test('storage unavailable (private mode) gives a clear message', async ({ app }) => {
  const { page } = app
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }))
  await page.goto(app.url)
  await expect(page.getByRole('alert')).toContainText('无法使用浏览器本地存储')
})

test('quota exceeded gives a clear message and loses nothing already stored', async ({ app }) => {
  const { page } = app
  // Chromium cannot be made to run out of disk here, so the browser's own QuotaExceededError is
  // raised from IndexedDB writes once the test says the disk is full.
  await page.addInitScript(() => {
    const flags = window as unknown as { __diskFull?: boolean }
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method]
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (flags.__diskFull && this.name === 'bodies')
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        return original.apply(this, args)
      }
    }
  })
  await page.goto(`${app.url}#/data`)
  const first = demoReports()
    .filter((r) => r.year === 2024)
    .slice(0, 10)
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'first.csv', mimeType: 'text/csv', buffer: Buffer.from(toWideCsv(first.map(flatten))) })
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-summary')).toContainText('新增 10 份')
  await page.evaluate(() => ((window as unknown as { __diskFull?: boolean }).__diskFull = true))
  const { count, buffer } = bigCsv()
  await page.getByTestId('file-input').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer })
  await expect(page.getByTestId('preview-big.csv')).toContainText(`新增 ${count - 10}`, { timeout: 60_000 })
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-summary')).toContainText('存储空间已满', { timeout: 60_000 })
  await expect(page.getByTestId('import-summary')).toContainText('big.csv')
  expect(await storedReports(page)).toBe(10)
  await expect(page.getByTestId('batch-list').locator('tbody tr')).toHaveCount(1)
})

test('an import that would pass the report limit is refused whole, saying the limit and what to do', async ({
  app,
}) => {
  const { page } = app
  // The limit can be lowered for one browser (src/db/capacity.ts): 30 reports here.
  await page.addInitScript(() => localStorage.setItem('disclosure-board:report-limit', '30'))
  await page.goto(`${app.url}#/data`)
  const year2024 = demoReports().filter((r) => r.year === 2024)
  const csv = (reports: typeof year2024) => Buffer.from(toWideCsv(reports.map(flatten)))
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'first.csv', mimeType: 'text/csv', buffer: csv(year2024.slice(0, 25)) })
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-summary')).toContainText('新增 25 份')

  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'more.csv', mimeType: 'text/csv', buffer: csv(year2024.slice(25, 35)) })
  await expect(page.getByTestId('preview-more.csv')).toContainText('新增 10')
  await page.getByTestId('import-commit').click()
  const refusal = page.getByTestId('import-refused')
  await expect(refusal).toContainText('最多保存的 30 份')
  await expect(refusal).toContainText('按年度筛选')
  await expect(refusal).toContainText('DuckDB')
  // Nothing of it was written, the preview stays for another try, and the page still works.
  expect(await storedReports(page)).toBe(25)
  await expect(page.getByTestId('batch-list').locator('tbody tr')).toHaveCount(1)
  await expect(page.getByTestId('preview-more.csv')).toBeVisible()
  await page.getByRole('link', { name: '总览', exact: true }).click()
  await expect(kpi(page, 'reports')).toHaveText(formatCount(25))
})

test('an import the browser has no room for is refused before anything is written', async ({ app }) => {
  const { page } = app
  // The browser's own estimate, as a nearly full disk would give it.
  await page.addInitScript(() => {
    Object.defineProperty(navigator.storage, 'estimate', {
      value: async () => ({ usage: 990e6, quota: 1000e6 }),
    })
  })
  await page.goto(`${app.url}#/data`)
  const reports = demoReports()
    .filter((r) => r.year === 2024)
    .slice(0, 10)
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'full.csv', mimeType: 'text/csv', buffer: Buffer.from(toWideCsv(reports.map(flatten))) })
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-refused')).toContainText('存储空间不够')
  await expect(page.getByTestId('import-refused')).toContainText('没有导入任何文件')
  expect(await storedReports(page)).toBe(0)
})

test('a board saved by the first version (schema 1, one row per report) opens with every report after the upgrade', async ({
  app,
}) => {
  const { page } = app
  const reports = demoReports()
    .filter((r) => r.year === 2023)
    .slice(0, 60)
  const expected = figures(reports)
  // Any page of the same origin that is not the app, so the app does not open the database first.
  await page.goto(`${app.url}data/manifest.json`)
  const dbName = `disclosure-board:${new URL(app.url).pathname.replace(/[^/]*$/, '') || '/'}`
  await page.evaluate(
    ({ dbName, rows }) =>
      new Promise<void>((resolve, reject) => {
        // Schema 1 exactly as Dexie created it (Dexie version 1 = IndexedDB version 10).
        const open = indexedDB.open(dbName, 10)
        open.onupgradeneeded = () => {
          const db = open.result
          const reports = db.createObjectStore('reports', { keyPath: ['office', 'year'] })
          for (const index of ['office', 'year', 'region', 'batchId']) reports.createIndex(index, index)
          const offices = db.createObjectStore('offices', { keyPath: 'name' })
          offices.createIndex('region', 'region')
          offices.createIndex('aliases', 'aliases', { multiEntry: true })
          const batches = db.createObjectStore('batches', { keyPath: 'id', autoIncrement: true })
          batches.createIndex('createdAt', 'createdAt')
          batches.createIndex('kind', 'kind')
          db.createObjectStore('meta', { keyPath: 'key' })
        }
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction(['reports', 'batches'], 'readwrite')
          for (const r of rows) tx.objectStore('reports').put({ ...r, batchId: 1, sourceFile: 'v1.csv' })
          tx.objectStore('batches').put({
            id: 1,
            createdAt: '2025-03-01T00:00:00.000Z',
            kind: 'import',
            files: [],
            added: [],
            replaced: [],
          })
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    { dbName, rows: reports },
  )
  await page.goto(`${app.url}#/overview`)
  await expect(kpi(page, 'reports')).toHaveText(formatCount(expected.reports))
  await expect(kpi(page, 'received')).toHaveText(formatCount(expected.received))
  expect(await storedReports(page)).toBe(expected.reports)
})
