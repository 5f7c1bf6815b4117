/**
 * English throughout (issue 16): with the screen in English, the findings list, the office page
 * and the rectification list say every finding in English — the only Chinese left is data from
 * the files (office names, regions, a sentence the narrative-mismatch rule quotes) — and the
 * import preview says what is wrong with a bad file in English.
 */
import type { Locator, Page } from '@playwright/test'
import { demoPlanted, demoReports } from './demo-data'
import { expect, test } from './fixtures'
import { openWithDemo } from './board'

const HAN = /\p{Script=Han}+/gu

/** The rules (SPEC §3 and the year-on-year anomalies) with findings, by the counts the findings tab shows. */
async function rulesWithFindings(page: Page): Promise<string[]> {
  const counts = page.locator('[data-testid^="rule-count-"]')
  await expect(counts.first()).toBeVisible()
  const rules: string[] = []
  for (const c of await counts.all()) {
    const rule = (await c.getAttribute('data-testid'))!.slice('rule-count-'.length)
    if (Number((await c.innerText()).replace(/[,\s]/g, '')) > 0) rules.push(rule)
  }
  return rules
}

/** The demo's own words: office names (longest first: one may contain another) and regions. */
function dataWords(): string[] {
  const words = new Set<string>()
  for (const r of demoReports()) {
    words.add(r.office)
    if (r.region) words.add(r.region)
  }
  return [...words].sort((a, b) => b.length - a.length)
}

/** The Chinese of a text once the files' own words are taken out (a quoted narrative sentence too). */
function chineseLeft(text: string, words: readonly string[]): string[] {
  let t = text.replace(/\(“[^”]*”\)/g, '')
  for (const w of words) t = t.split(w).join('')
  return t.match(HAN) ?? []
}

async function expectNoChinese(cells: Locator, words: readonly string[], what: string): Promise<number> {
  const texts = await cells.allInnerTexts()
  const left = texts.flatMap((t) => chineseLeft(t, words).map((c) => `${c} ← ${t.slice(0, 160)}`))
  expect(left, what).toEqual([])
  return texts.length
}

async function loadDemoInEnglish(page: Page, url: string) {
  await openWithDemo(page, url, { checked: true })
  await page.getByRole('button', { name: 'English' }).click()
  await expect(page.getByRole('heading', { name: 'Disclosure Report Board' })).toBeVisible()
}

test('in English, every finding of the demo reads in English: findings list, office page, rectification list', async ({
  app,
}) => {
  test.setTimeout(240_000)
  const { page } = app
  await loadDemoInEnglish(page, app.url)
  const words = dataWords()

  await page.goto(`${app.url}#/compliance?tab=findings`)
  const rules = await rulesWithFindings(page)
  // The demo's planted gaps and content findings, and anomalies: a good part of the catalogue.
  expect(rules.length).toBeGreaterThanOrEqual(10)
  let checked = 0
  for (const rule of rules) {
    await page.goto(`${app.url}#/compliance?tab=findings&rule=${rule}`)
    const rows = page.getByTestId('finding-row')
    await expect(rows.first()).toBeVisible()
    await expect(rows.first()).toHaveAttribute('data-rule', rule)
    // The rule, the cell, expected/actual and the message: every column a finding fills in.
    checked += await expectNoChinese(rows.locator('td:not(.office)'), words, rule)
  }
  expect(checked).toBeGreaterThan(rules.length * 4)

  // The office page of a report with a balance error: its findings, and the tables' own labels.
  const planted = demoPlanted().balanceErrors[0]
  await page.goto(`${app.url}#/office/${encodeURIComponent(planted.office)}?year=${planted.year}`)
  const findings = page.getByTestId('office-findings')
  await expect(findings).toContainText('I + II ≠ III(7) + IV')
  await expectNoChinese(findings.locator('td'), words, 'office findings')
  const tables = page.locator('.national-table')
  await expect(tables.first()).toBeVisible()
  await expectNoChinese(tables.locator('th, td.label, h4'), words, 'the national tables')
  await expect(page.getByTestId('national-requests')).toContainText('III. Outcomes this year(1) Granted')

  // The same office's rectification list and its printable notice.
  await page.goto(`${app.url}#/compliance?tab=rectify&office=${encodeURIComponent(planted.office)}`)
  const rectify = page.getByTestId('rectify-row')
  await expect(rectify.first()).toBeVisible()
  await expectNoChinese(rectify.locator('td:not(.office)'), words, 'rectification list')
  await page.getByTestId('rectify-print').click()
  const notice = page.getByTestId('rectify-notice')
  await expect(notice.locator('h1')).toHaveText(
    `Rectification notice to ${planted.office}: problems in its annual government information disclosure report`,
  )
  await expectNoChinese(notice.locator('h1, p, th, td'), words, 'printable notice')
})

test('in English, the import preview says what is wrong with a bad file in English', async ({ app }) => {
  const { page } = app
  await page.goto(app.url)
  await page.getByRole('button', { name: 'English' }).click()
  await page.getByRole('link', { name: 'Data' }).click()
  const csv = 'office,year,requests.granted.total,review.total\nBureau A,20x4,abc,1\nBureau B,2024,3,-2\n'
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  const preview = page.getByTestId('preview-bad.csv')
  await expect(preview.getByTestId('file-error')).toHaveText('3 problems; no report was imported')
  await expect(preview.getByTestId('file-problem')).toHaveText([
    'Line 2, column “year”: The year should be a four-digit number (value: 20x4)',
    'Line 2, column “requests.granted.total”: “abc” is not a number',
    'Line 3, column “review.total”: “-2” is negative; a count cannot be',
  ])
  await expect(preview).not.toContainText(/\p{Script=Han}/u)
  // The same file in Chinese says it as before.
  await page.getByRole('button', { name: '中文' }).click()
  await expect(preview.getByTestId('file-error')).toHaveText('有 3 处问题，未导入任何报告')
  await expect(preview.getByTestId('file-problem').first()).toHaveText(
    '第 2 行，“year”列：年度应为四位整数（值：20x4）',
  )
})
