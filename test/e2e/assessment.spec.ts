/**
 * The assessment the way a supervisor does it: an own scheme edited in the app changes the scores
 * in every view and export and says its name; schemes export and import as JSON (a bad file names
 * its field); the 通报 and the 整改通知 download as Word files that open (read back with mammoth);
 * a copied narrative opens side by side with the shared passages marked; a published board ships
 * its scheme.
 */
import type { Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import mammoth from 'mammoth'
import { complianceFacts, keyOf } from './compliance-data'
import { demoPlanted, demoReports } from './demo-data'
import { expect, test } from './fixtures'
import { openWithDemo, saved } from './board'

const docxText = async (bytes: Buffer) => (await mammoth.extractRawText({ buffer: bytes })).value

/** Fill the scheme editor: 10 points, only a copied narrative (−5) and a missing report (−10) cost anything. */
async function saveTenPointScheme(page: Page, name: string) {
  const editor = page.getByTestId('scheme-editor')
  await editor.getByTestId('scheme-name').fill(name)
  await editor.getByTestId('scheme-base').fill('10')
  await editor.getByTestId('scheme-missing').fill('10')
  await editor.getByTestId('scheme-na-points').fill('0')
  for (const row of await editor.locator('tr[data-testid^="scheme-rule-"]').all()) {
    const box = row.getByTestId('charged')
    if (await box.isChecked()) await box.uncheck()
  }
  const copy = editor.getByTestId('scheme-rule-narrative-copy')
  await copy.getByTestId('charged').check()
  await copy.getByTestId('points').fill('5')
  await copy.getByTestId('cap').fill('5')
  await editor.getByTestId('scheme-save-new').click()
  await expect(page.getByTestId('scheme-message')).toContainText(`已保存并选用评分方案“${name}”`)
}

test('an own scheme changes every score, ranking and export, and says its name', async ({ app }) => {
  const { page } = app
  await openWithDemo(page, app.url, { checked: true })
  const copied = demoPlanted().copiedFromPrevious[0]
  const reports = demoReports()
  const region = reports.find((x) => x.office === copied.office)!.region!
  const copiers = new Set(
    [...demoPlanted().copiedFromPrevious, ...demoPlanted().copiedFromNeighbour].map((c) => c.office),
  )
  const clean = reports.find((r) => r.year === copied.year && r.region === region && !copiers.has(r.office))!

  await page.goto(`${app.url}#/compliance?tab=scheme`)
  await expect(page.getByTestId('scheme-choose')).toHaveValue('builtin-0')
  await saveTenPointScheme(page, '市政务公开办十分制考核')
  await expect(page.getByTestId('score-weights')).toContainText('“市政务公开办十分制考核”的扣分办法')
  await expect(page.getByTestId('score-weights')).toContainText('每个机关每个年度从 10 分起扣')

  // Scores tab: the copied report scores 10 − 5, the ranking's export names the scheme.
  await page.goto(`${app.url}#/compliance?tab=scores&ryear=${copied.year}&region=${encodeURIComponent(region)}`)
  const scoreRows = page.getByTestId('score-row')
  await expect(scoreRows.filter({ hasText: copied.office }).first().locator('td.value')).toHaveText('5.0')
  const scores = (await scoreRows.locator('td.value').allInnerTexts()).map(Number)
  expect(scores.length).toBeGreaterThan(5)
  expect(Math.max(...scores)).toBe(10)
  const xlsx = await saved(page, () => page.getByRole('button', { name: '导出 XLSX' }).click())
  expect(xlsx.download.suggestedFilename()).toContain('市政务公开办十分制考核')
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer)
  expect(wb.worksheets[0].getSheetValues().flat().map(String).join('\n')).toContain('市政务公开办十分制考核')

  // Rankings by compliance score: the same scores, the scheme in the filter sheet.
  await page.goto(
    `${app.url}#/rankings?level=office&metric=complianceScore&year=${copied.year}&q=${encodeURIComponent(copied.office)}`,
  )
  await expect(page.getByTestId('ranking-value').first()).toHaveText('5.0')
  const ranking = await saved(page, () => page.getByRole('button', { name: '排名 XLSX' }).click())
  const rwb = new ExcelJS.Workbook()
  await rwb.xlsx.load(ranking.bytes as unknown as ArrayBuffer)
  expect(rwb.worksheets[0].getSheetValues().flat().map(String).join('\n')).toContain('评分方案')
  await page.goto(
    `${app.url}#/rankings?level=office&metric=complianceScore&year=${copied.year}&q=${encodeURIComponent(clean.office)}`,
  )
  await expect(page.getByTestId('ranking-value').first()).toHaveText('10.0')

  // Back to the default: the copied report scores 100 minus its table findings again (nothing for the copy).
  await page.goto(`${app.url}#/compliance?tab=scheme`)
  await page.getByTestId('scheme-choose').selectOption('builtin-0')
  await page.goto(
    `${app.url}#/rankings?level=office&metric=complianceScore&year=${copied.year}&q=${encodeURIComponent(copied.office)}`,
  )
  // Polled: the ranking is recomputed once the stored choice comes back (it read 5.0 a moment before).
  await expect.poll(async () => Number(await page.getByTestId('ranking-value').first().innerText())).toBeGreaterThan(10)
  expect(app.consoleErrors).toEqual([])
})

test('a scheme exports as JSON and imports back; a bad scheme file is refused naming the field', async ({ app }) => {
  const { page } = app
  await openWithDemo(page, app.url, { checked: true })
  await page.goto(`${app.url}#/compliance?tab=scheme`)
  await saveTenPointScheme(page, '导出测试方案')
  const exported = await saved(page, () => page.getByTestId('scheme-export').click())
  const scheme = JSON.parse(exported.bytes.toString('utf8'))
  expect(scheme).toMatchObject({
    format: 'assessment-scheme',
    version: 1,
    name: '导出测试方案',
    base: 10,
    missingReport: 10,
    rules: { 'narrative-copy': { points: 5, maxPerReport: 5 } },
  })
  expect(Object.keys(scheme.rules)).toEqual(['narrative-copy'])

  await page.getByTestId('scheme-import').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...scheme, name: '坏方案', rules: { deadline: { points: -3 } } })),
  })
  await expect(page.getByTestId('scheme-import-problems')).toContainText('rules.deadline.points')
  await expect(page.getByTestId('scheme-choose').locator('option:checked')).toHaveText('导出测试方案')

  await page.getByTestId('scheme-import').setInputFiles({
    name: 'good.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...scheme, name: '导入的方案' })),
  })
  await expect(page.getByTestId('scheme-message')).toContainText('已导入并选用评分方案“导入的方案”')
  await expect(page.getByTestId('scheme-choose').locator('option:checked')).toHaveText('导入的方案')
  // Kept across a reload (stored with the board's data).
  await page.reload()
  await expect(page.getByTestId('scheme-choose').locator('option:checked')).toHaveText('导入的方案')
  // The form names what is wrong before anything is saved.
  await page.getByTestId('scheme-editor').getByTestId('scheme-base').fill('十')
  await page.getByTestId('scheme-editor').getByTestId('scheme-save-new').click()
  await expect(page.getByTestId('scheme-problems')).toContainText('base')
})

test('the 通报 and the 整改通知 download as Word files holding the year’s figures, ranking and problems', async ({
  app,
}) => {
  const { page } = app
  await openWithDemo(page, app.url, { checked: true })
  const year = 2024
  const planted = demoPlanted()
  // Computed from the demo data, not by the app: every office-year without a report since the office's first.
  const missingKeys = complianceFacts(demoReports()).missing
  const missing = [...new Set(demoReports().map((r) => r.office))]
    .filter((office) => missingKeys.has(keyOf(office, year)))
    .map((office) => ({ office, year }))
  await page.goto(`${app.url}#/compliance?tab=circular`)
  await page.getByTestId('circular-year').selectOption(String(year))
  await page.getByTestId('circular-scope').fill('江州市')
  await page.getByTestId('circular-download').click()
  await expect(page.getByTestId('circular-error')).toHaveText('请填写发文机关。')
  await page.getByTestId('circular-issuer').fill('江州市人民政府办公室')
  await expect(page.getByTestId('circular-figures')).toContainText(`未报送 ${missing.length} 份`)

  const circular = await saved(page, () => page.getByTestId('circular-download').click())
  expect(circular.download.suggestedFilename()).toMatch(
    /^关于江州市2024年度政府信息公开工作年度报告检查情况的通报.*\.docx$/,
  )
  const text = await docxText(circular.bytes)
  for (const s of [
    '关于江州市2024年度政府信息公开工作年度报告检查情况的通报',
    '第四十九条',
    '一、总体情况',
    '二、存在的问题',
    '三、得分排名',
    '四、整改要求',
    '默认评分方案（百分制）',
    '江州市人民政府办公室',
    '附件',
  ])
    expect(text).toContain(s)
  // The offices that had not published are named.
  expect(text).toContain(missing[0].office)
  // Content problems are in it: a neighbour's text copied in 2024.
  // (The demo's fixed seed plants such copies in 2024; if it stopped, this test would say so.)
  expect(planted.copiedFromNeighbour.some((c) => c.year === year)).toBe(true)
  expect(text).toContain('正文雷同')

  const notices = await saved(page, () => page.getByTestId('notices-download').click())
  const noticeText = await docxText(notices.bytes)
  expect(noticeText).toContain('整改通知')
  expect(noticeText).toContain(missing[0].office)
  const one = missing[0].office
  await page.getByTestId('notice-office').selectOption(one)
  const single = await saved(page, () => page.getByTestId('notice-download').click())
  const singleText = await docxText(single.bytes)
  expect(singleText).toContain(`关于${one}2024年度政府信息公开工作年度报告存在问题的整改通知`)
  expect(singleText.match(/整改通知/g)?.length).toBeLessThan(noticeText.match(/整改通知/g)!.length)
  expect(app.consoleErrors).toEqual([])
})

test('a copied narrative opens side by side with the shared passages marked; content findings show on the office page', async ({
  app,
}) => {
  const { page } = app
  await openWithDemo(page, app.url, { checked: true })
  const copy = demoPlanted().copiedFromPrevious[0]
  await page.goto(
    `${app.url}#/compliance?tab=findings&rule=narrative-copy&q=${encodeURIComponent(copy.office)}&year=${copy.year}`,
  )
  const row = page.getByTestId('finding-row').first()
  await expect(row).toContainText(`与本机关${copy.from}年报告正文相似度`)
  await row.getByTestId('open-narratives').click()
  await expect(page.getByTestId('narratives-similarity')).toContainText('相似度')
  const similarity = Number(/(\d+)%/.exec(await page.getByTestId('narratives-similarity').innerText())![1])
  expect(similarity).toBeGreaterThanOrEqual(80)
  await expect(page.getByTestId('narrative-a')).toContainText(copy.office)
  await expect(page.getByTestId('narrative-b')).toContainText(String(copy.from))
  expect(await page.getByTestId('narrative-a').locator('mark').count()).toBeGreaterThan(0)

  const mismatch = demoPlanted().narrativeMismatches[0]
  await page.goto(`${app.url}#/office/${encodeURIComponent(mismatch.office)}?year=${mismatch.year}`)
  await expect(page.getByTestId('office-findings')).toContainText('正文与表格不符')
  await expect(page.getByTestId('office-findings')).toContainText(String(mismatch.stated))
  // The narrative it quotes is on the page, collapsed by part.
  const narrative = page.getByTestId('office-narrative')
  await expect(narrative.locator('details')).toHaveCount(3)
  await narrative.locator('details[data-part="overview"] summary').click()
  await expect(narrative.locator('details[data-part="overview"] .text')).toBeVisible()
  expect(app.consoleErrors).toEqual([])
})

test('a published board ships its scheme: scores use it by default and say so', async ({ app, server }) => {
  const reports = demoReports().filter((r) => r.region === '临江县')
  const scheme = {
    format: 'assessment-scheme',
    version: 1,
    name: '临江县考核办法',
    base: 10,
    floor: 0,
    rules: { deadline: { points: 5, maxPerReport: 5 } },
    missingReport: 10,
    notAssessable: { points: 0 },
  }
  server.overlay.set('data/manifest.json', JSON.stringify({ files: ['reports.json'], scheme: 'scheme.json' }))
  server.overlay.set('data/reports.json', JSON.stringify({ format: 'disclosure-report', version: 1, reports }))
  server.overlay.set('data/scheme.json', JSON.stringify(scheme))
  const { page } = app
  await page.goto(`${app.url}#/compliance?tab=scheme`)
  await expect(page.getByTestId('scheme-choose').locator('option:checked')).toHaveText('临江县考核办法', {
    timeout: 60_000,
  })
  await expect(page.getByTestId('score-weights')).toContainText('每个机关每个年度从 10 分起扣')
  await page.goto(`${app.url}#/compliance?tab=scores`)
  await expect(page.getByTestId('score-row').first()).toBeVisible({ timeout: 60_000 })
  const scores = (await page.getByTestId('score-row').locator('td.value').allInnerTexts()).map(Number)
  expect(scores.length).toBeGreaterThan(5)
  expect(Math.max(...scores)).toBeLessThanOrEqual(10)
  expect(app.foreignRequests()).toEqual([])
})

test('a report re-imported with its publication date unchanged but other figures is flagged, and the office page shows what changed', async ({
  app,
}) => {
  const { page } = app
  const report = demoReports().find((r) => r.year === 2024 && r.publishedAt && r.template === '2021')!
  const doc = (received: number) =>
    JSON.stringify({
      format: 'disclosure-report',
      version: 1,
      reports: [
        { ...report, requests: { ...report.requests, received: { ...report.requests.received, natural: received } } },
      ],
    })
  const importFile = async (name: string, text: string) => {
    await page
      .getByTestId('file-input')
      .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
    await expect(page.getByTestId('import-commit')).toBeEnabled({ timeout: 60_000 })
    await page.getByTestId('import-commit').click()
    await expect(page.getByTestId('import-summary')).toBeVisible()
  }
  await page.goto(`${app.url}#/data`)
  const before = Number(report.requests.received.natural ?? 0)
  await importFile('first.json', doc(before))
  await importFile('changed.json', doc(before + 7))

  await page.goto(`${app.url}#/compliance?tab=findings&rule=revised-after-publication`)
  await expect(page.getByTestId('finding-row')).toHaveCount(1, { timeout: 60_000 })
  await expect(page.getByTestId('finding-row')).toContainText(report.office)
  await page.goto(`${app.url}#/office/${encodeURIComponent(report.office)}?year=2024`)
  const revisions = page.getByTestId('office-revisions')
  await expect(revisions).toContainText('本年新收政府信息公开申请数量 · 自然人')
  await expect(revisions).toContainText(String(before + 7))
})
