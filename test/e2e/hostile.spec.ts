/**
 * Hostile files dropped into the built app's import (issue 8): the preview names the file and the
 * specific problem, the database is unchanged (KPIs, report count and import batches as before),
 * no dialog opens, nothing is logged as an error, no request leaves the page. A valid 50 MB CSV
 * is read in the worker while the page stays usable. Data holding HTML and script text is shown
 * as text everywhere, never run.
 */
import type { Page } from '@playwright/test'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HOSTILE_CASES, type HostileCase } from '../hostile/corpus'
import { demoReports, figures, formatCount } from './demo-data'
import { expect, test } from './fixtures'

const KPIS = ['reports', 'offices', 'received', 'disclosureRate']

/** Load the demo and wait until every one of its reports is shown (the data arrives asynchronously). */
async function loadDemo(page: Page) {
  await page.getByRole('button', { name: '加载演示数据' }).click()
  await expect(page.getByTestId('kpi-reports').locator('.value')).toHaveText(
    formatCount(figures(demoReports()).reports),
    { timeout: 120_000 },
  )
}

/** What a clerk sees of the database: the overview's KPIs and the import batches (the demo's at least). */
async function databaseView(page: Page): Promise<{ kpis: string[]; batches: number }> {
  await page.getByRole('link', { name: '总览' }).click()
  await expect(page.getByTestId('kpi-reports').locator('.value')).toBeVisible()
  const kpis = await Promise.all(KPIS.map((k) => page.getByTestId(`kpi-${k}`).locator('.value').innerText()))
  await page.getByRole('link', { name: '数据管理' }).click()
  const rows = page.getByTestId('batch-list').locator('tbody tr')
  await expect(rows.first()).toBeVisible()
  return { kpis, batches: await rows.count() }
}

/** Hand a file to the data page's file input (big files through a temporary path: Playwright caps buffers at 50 MB). */
async function drop(page: Page, c: HostileCase, dir: string) {
  const bytes = c.bytes()
  if (bytes.length > 10 * 1024 * 1024) {
    const path = join(dir, c.fileName)
    writeFileSync(path, bytes)
    await page.getByTestId('file-input').setInputFiles(path)
  } else {
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: c.fileName, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) })
  }
}

const byId = (id: string) => HOSTILE_CASES.find((c) => c.id === id) as HostileCase

test.describe('hostile files in the import', () => {
  test.setTimeout(300_000)

  test('each refused file: the preview names the problem, the database is unchanged, no dialog, no error', async ({
    app,
  }) => {
    const { page } = app
    const dialogs: string[] = []
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    const dir = mkdtempSync(join(tmpdir(), 'hostile-e2e-'))
    try {
      await page.goto(app.url)
      await loadDemo(page)
      const before = await databaseView(page)
      expect(Number(before.kpis[0].replace(/,/g, ''))).toBeGreaterThan(1000)

      const refused = HOSTILE_CASES.filter((c) => c.browser && c.reject)
      expect(refused.map((c) => c.id)).toEqual(
        expect.arrayContaining([
          'png-as-csv',
          'unclosed-quote',
          'duplicate-rows',
          'proto-json',
          'script-only-html',
          'zip-bomb-docx',
          'mixed-encodings',
        ]),
      )
      for (const c of refused) {
        await drop(page, c, dir)
        const preview = page.getByTestId(`preview-${c.fileName}`)
        await expect(preview.getByTestId('file-error'), c.id).toHaveText(c.reject!.message, { timeout: 60_000 })
        await expect(preview).toContainText('未通过')
        for (const p of c.reject!.problems ?? [])
          await expect(preview.locator('.problems'), `${c.id} ${p}`).toContainText(p)
        await expect(page.getByTestId('import-commit')).toBeDisabled()
        await page.getByTestId('import-preview').getByRole('button', { name: '取消' }).click()
        await expect(page.getByTestId('import-preview')).toBeHidden()
        expect(await databaseView(page), c.id).toEqual(before)
      }
      expect(dialogs).toEqual([])
      expect(app.consoleErrors).toEqual([])
      expect(app.foreignRequests()).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('a valid 50 MB CSV is read in the worker: the preview lists its reports, the page stays usable, nothing is stored until committed', async ({
    app,
  }) => {
    const { page } = app
    const dir = mkdtempSync(join(tmpdir(), 'hostile-e2e-'))
    try {
      await page.goto(app.url)
      await loadDemo(page)
      const before = await databaseView(page)
      const c = byId('csv-50mb')
      await drop(page, c, dir)
      // While the worker reads, the page still answers: the navigation is clickable and the progress shows.
      await expect(page.getByTestId('import-progress')).toBeVisible()
      await expect(page.getByRole('link', { name: '总览' })).toBeEnabled()
      const preview = page.getByTestId(`preview-${c.fileName}`)
      await expect(preview).toContainText(/新增 \d{5,}/, { timeout: 240_000 })
      await expect(page.getByTestId('import-commit')).toBeEnabled()
      await page.getByTestId('import-preview').getByRole('button', { name: '取消' }).click()
      expect(await databaseView(page)).toEqual(before)
      expect(app.consoleErrors).toEqual([])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('a report page full of <script>: read as a report, the script text is not data, nothing runs', async ({
    app,
  }) => {
    const { page } = app
    const dialogs: string[] = []
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    await page.goto(app.url)
    await page.getByRole('link', { name: '数据管理' }).click()
    const c = byId('report-html-scripts')
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: c.fileName, mimeType: 'text/html', buffer: Buffer.from(c.bytes()) })
    const preview = page.getByTestId(`preview-${c.fileName}`)
    await expect(preview).toContainText('新增 1')
    await expect(preview).toContainText('某区教育局')
    await expect(preview).not.toContainText('HOSTILE_SCRIPT_MARKER')
    expect(dialogs).toEqual([])
    expect(app.consoleErrors).toEqual([])
    expect(app.foreignRequests()).toEqual([])
  })

  test('names and narrative holding HTML and script are shown as text on every page, never run', async ({ app }) => {
    const { page } = app
    const dialogs: string[] = []
    page.on('dialog', (d) => {
      dialogs.push(d.message())
      void d.dismiss()
    })
    const office = '<img src=x onerror=alert(1)>局'
    const region = '<script>alert(2)</script>区'
    const report = {
      office,
      region,
      year: 2024,
      requests: { received: { natural: 3, total: 3 } },
      narrative: { overview: '<b onmouseover=alert(3)>正文</b><script>alert(4)</script>' },
    }
    await page.goto(app.url)
    await page.getByRole('link', { name: '数据管理' }).click()
    await page
      .getByTestId('file-input')
      .setInputFiles({ name: 'xss.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([report])) })
    await expect(page.getByTestId('preview-xss.json')).toContainText(office)
    await page.getByTestId('import-commit').click()
    await expect(page.getByTestId('import-summary')).toContainText('新增 1 份')
    for (const route of ['#/overview', '#/rankings', '#/compliance', `#/office/${encodeURIComponent(office)}`]) {
      await page.goto(`${app.url}${route}`)
      await expect(page.locator('main, #app').first()).toBeVisible()
      await page.waitForTimeout(300)
    }
    await expect(page.getByText(office).filter({ visible: true }).first()).toBeVisible()
    expect(await page.locator('img[src="x"], b[onmouseover]').count()).toBe(0)
    expect(dialogs).toEqual([])
    expect(app.consoleErrors).toEqual([])
    expect(app.foreignRequests()).toEqual([])
  })
})
