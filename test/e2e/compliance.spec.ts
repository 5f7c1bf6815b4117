import type { Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { balancedCopy, complianceFacts, keyOf } from './compliance-data'
import { demoPlanted, demoReports, flatten, toWideCsv } from './demo-data'
import { expect, test } from './fixtures'
import { openWithDemo } from './board'

const count = async (page: Page, testId: string) =>
  Number((await page.getByTestId(testId).innerText()).replace(/[,\s]/g, ''))

/** Scroll the virtualised matrix top to bottom, collecting every cell's status and late flag. */
async function matrixCells(page: Page): Promise<{ status: Map<string, string>; late: Set<string> }> {
  await expect(page.getByTestId('coverage-scroller').locator('[data-status]').first()).toBeVisible()
  const cells = await page.getByTestId('coverage-scroller').evaluate(async (el) => {
    const seen: Record<string, [string, boolean]> = {}
    const settle = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 20))))
    for (let top = 0; ; top += Math.floor(el.clientHeight / 2)) {
      el.scrollTop = top
      await settle()
      for (const c of el.querySelectorAll<HTMLElement>('[data-status]')) {
        seen[`${c.dataset.office}|${c.dataset.year}`] = [c.dataset.status!, c.dataset.late === 'true']
      }
      if (top >= el.scrollHeight) break
    }
    return seen
  })
  const status = new Map(Object.entries(cells).map(([k, [s]]) => [k, s]))
  const late = new Set(
    Object.entries(cells)
      .filter(([, [, l]]) => l)
      .map(([k]) => k),
  )
  return { status, late }
}

test('the coverage matrix shows exactly the missing and late reports of the demo data', async ({ app }) => {
  const { page } = app
  await openWithDemo(page, app.url, { checked: true })
  const reports = demoReports()
  const facts = complianceFacts(reports)
  const planted = demoPlanted()
  // The data agrees with what the generator says it planted (renamed offices' old names come on top).
  for (const m of planted.missing) expect(facts.missing.has(keyOf(m.office, m.year))).toBe(true)
  expect(facts.late).toEqual(new Set(planted.late.map((l) => keyOf(l.office, l.year))))

  await page.getByRole('link', { name: '合规检查' }).click()
  await expect(page.getByTestId('coverage')).toBeVisible()
  const { status, late } = await matrixCells(page)
  const missing = new Set([...status].filter(([, s]) => s === 'missing').map(([k]) => k))
  expect(missing).toEqual(facts.missing)
  expect(late).toEqual(facts.late)
  // Not merged, a renamed office's old name shows as missing from the rename on.
  for (const r of planted.renamed) {
    expect(status.get(keyOf(r.from, r.year))).toBe('missing')
  }
  // Every office × year is in the matrix, and the legend counts what the matrix shows.
  const offices = new Set(reports.map((r) => r.office))
  expect(status.size).toBe(offices.size * 5)
  expect(await count(page, 'count-missing-total')).toBe(facts.missing.size)
  expect(await count(page, 'count-dateUnknown-total')).toBe(reports.filter((r) => !r.publishedAt).length)

  // A cell opens the office detail at that year.
  const [office, year] = [...facts.late][0].split('|')
  await page.getByTestId('name-filter').fill(office)
  await page.getByTestId('name-filter').press('Enter')
  const cell = page.locator(`[data-office="${office}"][data-year="${year}"]`)
  await expect(cell).toHaveAttribute('data-late', 'true')
  await cell.click()
  await expect(page).toHaveURL(new RegExp(`#/office/${encodeURIComponent(office)}\\?year=${year}`))
  expect(app.foreignRequests()).toEqual([])
})

test('the findings list counts per rule match an independent count; anomalies and unknown dates are apart', async ({
  app,
}) => {
  const { page } = app
  await openWithDemo(page, app.url, { checked: true })
  const reports = demoReports()
  const { counts } = complianceFacts(reports)
  await page.goto(`${app.url}#/compliance?tab=findings`)
  for (const [rule, n] of Object.entries(counts)) expect(await count(page, `rule-count-${rule}`), rule).toBe(n)
  // The demo trips no other rule.
  for (const rule of ['row-total', 'outcome-sum', 'review-sum', 'integer', 'complete', 'in-force-chain']) {
    expect(await count(page, `rule-count-${rule}`), rule).toBe(0)
  }
  const errors = counts.balance + counts.deadline + counts['missing-report'] + counts['carry-chain']
  expect(await count(page, 'kpi-findings-errors')).toBe(errors)
  expect(await count(page, 'kpi-date-unknown')).toBe(reports.filter((r) => !r.publishedAt).length)

  // Filtering by rule lists exactly that many findings, each linking to its cell.
  await page.getByTestId('rule-filter').selectOption('balance')
  await expect(page).toHaveURL(/rule=balance/)
  await expect(page.getByTestId('findings-count')).toHaveText(`共 ${counts.balance} 条`)
  const link = page.getByTestId('finding-row').first().locator('a').first()
  await expect(link).toHaveAttribute('href', /#\/office\/.+\?year=\d{4}&cell=requests\.received\./)
  // Date unknown: listed from the deadline rule's "not assessable" count.
  await page.getByTestId('rule-na-deadline').getByRole('button').click()
  await expect(page.getByTestId('na-row')).toHaveCount(Math.min(50, reports.filter((r) => !r.publishedAt).length))
  await expect(page.getByTestId('not-assessable-list')).toContainText('发布日期未知')
})

test('a rectification XLSX for one office has one row per finding', async ({ app }) => {
  const { page } = app
  await openWithDemo(page, app.url, { checked: true })
  const { perOffice } = complianceFacts(demoReports())
  const office = demoPlanted().balanceErrors[0].office
  const expected = perOffice.get(office)!
  const total = Object.values(expected).reduce((a, b) => a + b, 0)

  await page.goto(`${app.url}#/compliance?tab=rectify&office=${encodeURIComponent(office)}`)
  await expect(page.getByTestId('rectify-row')).toHaveCount(total)
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: '导出 XLSX' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(`整改清单-${office}.xlsx`)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.readFile((await download.path())!)
  const sheet = wb.getWorksheet('数据')!
  const header = (sheet.getRow(1).values as unknown[]).slice(1)
  expect(header).toEqual([
    '机关名称',
    '所属地区',
    '年度',
    '问题类型',
    '规则编号',
    '严重程度',
    '单元格',
    '应为',
    '实际',
    '问题说明',
  ])
  const rows: unknown[][] = []
  sheet.eachRow((row, n) => n > 1 && rows.push((row.values as unknown[]).slice(1)))
  expect(rows).toHaveLength(total)
  expect(new Set(rows.map((r) => r[0]))).toEqual(new Set([office]))
  const perRule: Record<string, number> = {}
  for (const r of rows) perRule[String(r[4])] = (perRule[String(r[4])] ?? 0) + 1
  expect(perRule).toEqual(expected)

  // The printable notice: a formal header, the findings, a signature line; no navigation.
  await page.getByRole('button', { name: '打印整改通知' }).click()
  const notice = page.getByTestId('rectify-notice')
  await expect(notice).toHaveCount(1)
  await expect(notice.locator('h1')).toHaveText(`关于${office}政府信息公开工作年度报告存在问题的整改通知`)
  await expect(notice.locator('tbody tr')).toHaveCount(total)
  await expect(page.getByRole('button', { name: '打印', exact: true })).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  await expect(page.locator('header.app-header')).toBeHidden()
  await expect(page.getByRole('button', { name: '打印', exact: true })).toBeHidden()
})

test('importing a corrected report marks its balance findings 已整改', async ({ app }) => {
  const { page } = app
  await openWithDemo(page, app.url, { checked: true })
  const reports = demoReports()
  const { counts } = complianceFacts(reports)
  const planted = demoPlanted().balanceErrors[0]
  const report = reports.find((r) => r.office === planted.office && r.year === planted.year)!
  const fixed = balancedCopy(report)
  const fixedCounts = complianceFacts(reports.map((r) => (r === report ? fixed : r))).counts
  expect(fixedCounts.balance).toBe(counts.balance - 2)

  await page.getByRole('link', { name: '数据管理' }).click()
  const csv = toWideCsv([flatten(fixed)])
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'corrected.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  await expect(page.getByTestId('preview-corrected.csv')).toContainText('替换 1')
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-summary')).toContainText('替换 1 份')

  await page.goto(`${app.url}#/compliance?tab=rectify&office=${encodeURIComponent(planted.office)}`)
  const rows = page.getByTestId('fixed-row')
  await expect(rows).toHaveCount(2)
  for (const row of await rows.all()) {
    await expect(row).toContainText('已整改')
    await expect(row).toContainText('勾稽关系')
    await expect(row).toContainText(String(planted.year))
    await expect(row).toContainText('corrected.csv')
  }
  await page.goto(`${app.url}#/compliance?tab=findings`)
  // The checks run again on the new data: the count settles when they finish.
  await expect.poll(() => count(page, 'rule-count-balance'), { timeout: 60_000 }).toBe(counts.balance - 2)
})
