/**
 * The analysis views (rankings, compare, office detail) and their exports, on the demo city and
 * on small CSV files made here. Expected figures are computed from the demo JSON, not by the app.
 */
import type { Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { expect, test } from './fixtures'
import { demoReports, formatCount, type DemoReport } from './demo-data'
import { loadDemo, saved } from './board'

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''))
      rows.push(row)
      row = []
      field = ''
    } else field += c
  }
  if (field || row.length) rows.push([...row, field])
  return rows
}

const total = (row: unknown) => (row as { total?: number | null } | undefined)?.total ?? null

/** Region disclosure rate = Σ(granted + partiallyGranted).total / Σ total.total (reports with a blank cell skipped). */
function regionDisclosureRates(reports: DemoReport[], year: number) {
  const sums = new Map<string, { num: number; den: number }>()
  for (const r of reports) {
    if (r.year !== year || !r.region) continue
    const g = total(r.requests.granted)
    const p = total(r.requests.partiallyGranted)
    const h = total(r.requests.total)
    if (g === null || p === null || h === null) continue
    const s = sums.get(r.region) ?? { num: 0, den: 0 }
    s.num += g + p
    s.den += h
    sums.set(r.region, s)
  }
  return [...sums].map(([region, s]) => ({ region, rate: s.num / s.den })).sort((a, b) => b.rate - a.rate)
}

const pct = (v: number) => `${(v * 100).toFixed(1)}%`
const rows = (page: Page) => page.getByTestId('ranking-row')
const cellTexts = (page: Page, column: number) => rows(page).locator(`td:nth-child(${column})`).allInnerTexts()

/** Four offices whose disclosure rates tie (100 %, 50 %, 50 %, 25 %); one is named like a formula. */
const FORMULA_OFFICE = '=HYPERLINK("x")'
const TIE_CSV = [
  'office,region,year,template,requests.received.total,requests.granted.total,requests.partiallyGranted.total,requests.total.total',
  '测试区甲局,测试区,2024,2021,20,20,0,20',
  '测试区乙局,测试区,2024,2021,20,10,0,20',
  `"${FORMULA_OFFICE.replace(/"/g, '""')}",测试区,2024,2021,20,5,5,20`,
  '测试区丙局,测试区,2024,2021,20,5,0,20',
].join('\n')

async function importTieCsv(page: Page) {
  await page.getByRole('link', { name: '数据管理' }).click()
  await page
    .getByTestId('file-input')
    .setInputFiles({ name: 'ties.csv', mimeType: 'text/csv', buffer: Buffer.from(TIE_CSV) })
  await expect(page.getByTestId('preview-ties.csv')).toContainText('新增 4')
  await page.getByTestId('import-commit').click()
  await expect(page.getByTestId('import-summary')).toContainText('新增 4 份')
}

test('regions ranked by 2024 disclosure rate: top three match the demo data; the CSV holds the same rows', async ({
  app,
}) => {
  const { page } = app
  await page.goto(app.url)
  await loadDemo(page)
  await page.getByRole('link', { name: '排名' }).click()
  await page.getByTestId('ranking-level').selectOption('region')
  await page.getByTestId('ranking-metric').selectOption('disclosureRate')
  await page.getByTestId('ranking-year').selectOption('2024')
  await expect(page).toHaveURL(/level=region/)
  await expect(page.getByTestId('ranking-title')).toHaveText('2024 年各地区公开率排名')

  const expected = regionDisclosureRates(demoReports(), 2024)
  // Every region passes the minimum volume, so every region is ranked.
  await expect(rows(page)).toHaveCount(expected.length)
  expect(await cellTexts(page, 1)).not.toContain('—')
  expect((await cellTexts(page, 2)).slice(0, 3)).toEqual(expected.slice(0, 3).map((e) => e.region))
  expect((await cellTexts(page, 3)).slice(0, 3)).toEqual(expected.slice(0, 3).map((e) => pct(e.rate)))

  // The link reproduces the view.
  await page.reload()
  await expect(rows(page)).toHaveCount(expected.length)
  expect((await cellTexts(page, 2)).slice(0, 3)).toEqual(expected.slice(0, 3).map((e) => e.region))

  const { download, bytes } = await saved(page, () => page.getByRole('button', { name: '排名 CSV' }).click())
  expect(download.suggestedFilename()).toMatch(/^2024 年各地区公开率排名-\d{4}-\d{2}-\d{2}\.csv$/)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const csv = parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3)))
  expect(csv[0].slice(0, 3)).toEqual(['名次', '地区', '公开率（%）'])
  const body = csv.slice(1)
  expect(body.map((r) => r[1])).toEqual(await cellTexts(page, 2))
  expect(body.map((r) => r[0])).toEqual(await cellTexts(page, 1))
  expect(body.map((r) => `${Number(r[2]).toFixed(1)}%`)).toEqual(await cellTexts(page, 3))

  // Drill-down from the chart: the top bar opens the ranking of that region's offices; back returns.
  const canvas = page.getByTestId('chart-ranking').locator('canvas').first()
  const box = (await canvas.boundingBox())!
  await canvas.click({ position: { x: box.width * 0.35, y: 40 + (box.height - 70) / expected.length / 2 } })
  await expect(page).toHaveURL(new RegExp(`region=${encodeURIComponent(expected[0].region)}`))
  await expect(page.getByTestId('ranking-title')).toHaveText('2024 年各机关公开率排名')
  await page.goBack()
  await expect(page.getByTestId('ranking-title')).toHaveText('2024 年各地区公开率排名')
  expect(app.consoleErrors).toEqual([])
  expect(app.foreignRequests()).toEqual([])
})

test('ties share a rank (1, 2, 2, 4) and a formula-like office name is exported neutralised', async ({ app }) => {
  const { page } = app
  await page.goto(app.url)
  await importTieCsv(page)
  await page.getByRole('link', { name: '排名' }).click()
  await page.getByTestId('ranking-year').selectOption('2024')
  await expect(rows(page)).toHaveCount(4)
  expect(await cellTexts(page, 1)).toEqual(['1', '2', '2', '4'])
  expect(await cellTexts(page, 4)).toEqual(['100.0%', '50.0%', '50.0%', '25.0%'])
  // Shown as the plain text it is.
  await expect(page.locator(`[data-testid="ranking-row"][data-entity='${FORMULA_OFFICE}']`)).toContainText(
    FORMULA_OFFICE,
  )

  const { bytes } = await saved(page, () => page.getByRole('button', { name: '排名 CSV' }).click())
  const csv = parseCsv(bytes.toString('utf8').replace(/^\ufeff/, ''))
  expect(csv.slice(1).map((r) => r[0])).toEqual(['1', '2', '2', '4'])
  const names = csv.slice(1).map((r) => r[1])
  expect(names).toContain(`'${FORMULA_OFFICE}`)
  expect(names.filter((n) => /^[=+\-@]/.test(n))).toEqual([])

  // The report data export (canonical wide CSV, Chinese headers) is neutralised too.
  const reports = await saved(page, () => page.getByRole('button', { name: '报告数据 CSV' }).click())
  const wide = parseCsv(reports.bytes.toString('utf8').replace(/^\ufeff/, ''))
  expect(wide[0][0]).toBe('机关名称')
  expect(wide.slice(1).map((r) => r[0])).toContain(`'${FORMULA_OFFICE}`)
})

test('the XLSX ranking parses back with its filter sheet; a chart exports as a PNG', async ({ app }) => {
  const { page } = app
  await page.goto(app.url)
  await loadDemo(page)
  await page.goto(`${app.url}#/rankings?level=region&metric=disclosureRate&year=2024&kind=department`)
  await expect(rows(page)).toHaveCount(regionDisclosureRates(demoReports(), 2024).length)

  const { download, bytes } = await saved(page, () => page.getByRole('button', { name: '排名 XLSX' }).click())
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(bytes as unknown as ArrayBuffer)
  const [filterSheet, dataSheet] = wb.worksheets
  expect(filterSheet.name).toBe('筛选条件')
  const filterText = filterSheet.getSheetValues().flat().map(String).join('\n')
  for (const s of ['2024 年各地区公开率排名', '公开率', '2024', '机关类型', '部门', '导出时间'])
    expect(filterText).toContain(s)
  expect(dataSheet.name).toBe('数据')
  expect(dataSheet.getRow(1).getCell(2).value).toBe('地区')
  expect(dataSheet.rowCount - 1).toBe(await rows(page).count())
  const first = dataSheet.getRow(2)
  expect(first.getCell(1).value).toBe(1)
  expect(typeof first.getCell(3).value).toBe('number')
  expect(pct(first.getCell(3).value as number)).toBe((await cellTexts(page, 3))[0])

  // The report data as XLSX: the ranked year's reports of the filtered kind, the ranking's filters on their sheet.
  const data = await saved(page, () => page.getByRole('button', { name: '报告数据 XLSX' }).click())
  expect(data.download.suggestedFilename()).toMatch(/^报告数据-2024 年各地区公开率排名.*\.xlsx$/)
  const dwb = new ExcelJS.Workbook()
  await dwb.xlsx.load(data.bytes as unknown as ArrayBuffer)
  expect(dwb.worksheets[0].getSheetValues().flat().map(String).join('\n')).toContain('部门')
  const offices = demoReports()
    .filter((r) => r.year === 2024 && r.officeKind === 'department')
    .map((r) => r.office)
  expect(dwb.worksheets[1].rowCount - 1).toBe(offices.length)
  expect(offices).toContain(dwb.worksheets[1].getRow(2).getCell(1).value)

  const png = await saved(page, () => page.getByTestId('chart-ranking').getByRole('button', { name: 'PNG' }).click())
  expect(png.download.suggestedFilename()).toMatch(/\.png$/)
  expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  expect(png.bytes.length).toBeGreaterThan(20_000)
  expect(app.consoleErrors).toEqual([])
})

test('compare two districts: both names and their figures; a name drills down and back returns', async ({ app }) => {
  const { page } = app
  await page.goto(app.url)
  await loadDemo(page)
  await page.getByRole('link', { name: '对比' }).click()
  // It opens on something worth seeing: the four regions with the most new requests in the newest year.
  const newest = Math.max(...demoReports().map((r) => r.year))
  const received = new Map<string, number>()
  for (const r of demoReports().filter((x) => x.year === newest))
    received.set(r.region!, (received.get(r.region!) ?? 0) + (total(r.requests.received) ?? 0))
  const largest = [...received]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name]) => name)
  await expect(page.getByTestId('compare-entity')).toHaveText(largest)
  for (let n = largest.length; n > 0; n--) await page.getByTestId('compare-chip').first().getByRole('button').click()
  await expect(page.getByTestId('compare-need')).toBeVisible()
  for (const name of ['东城区', '西湖区']) {
    await page.getByTestId('compare-input').fill(name)
    await page.getByTestId('compare-add').click()
  }
  await page.getByTestId('compare-year').selectOption('2024')
  await expect(page.getByTestId('compare-entity')).toHaveText(['东城区', '西湖区'])

  const demo = demoReports().filter((r) => r.year === 2024)
  const volumeRow = page.locator('[data-testid="compare-table"] tr[data-metric="volume"] td')
  const rateRow = page.locator('[data-testid="compare-table"] tr[data-metric="disclosureRate"] td')
  const byRegion = (region: string) => demo.filter((r) => r.region === region)
  const volumes = ['东城区', '西湖区'].map((region) =>
    byRegion(region).reduce((s, r) => s + (total(r.requests.received) ?? 0), 0),
  )
  const rates = ['东城区', '西湖区'].map((region) => regionDisclosureRates(byRegion(region), 2024)[0].rate)
  await expect(volumeRow.nth(0)).toHaveText(formatCount(volumes[0]))
  await expect(volumeRow.nth(1)).toHaveText(formatCount(volumes[1]))
  await expect(rateRow.nth(0)).toHaveText(pct(rates[0]))
  await expect(rateRow.nth(1)).toHaveText(pct(rates[1]))
  // The better rate is marked best, the other worst.
  await expect(rateRow.nth(rates[0] > rates[1] ? 0 : 1)).toHaveClass(/best/)

  const compareUrl = page.url()
  expect(decodeURIComponent(compareUrl)).toContain('e=东城区&e=西湖区')
  await page.getByTestId('compare-table').getByRole('link', { name: '西湖区' }).click()
  await expect(page).toHaveURL(/#\/rankings\?.*region=/)
  await expect(rows(page).first()).toContainText('西湖区')
  await page.goBack()
  await expect(page.getByTestId('compare-entity')).toHaveText(['东城区', '西湖区'])
})

test('office detail: the national tables with the failing cells marked, provenance, and back to the ranking', async ({
  app,
}) => {
  const { page } = app
  await page.goto(app.url)
  await loadDemo(page)
  await page.goto(`${app.url}#/rankings?level=office&region=东城区&year=2021&metric=volume`)
  const office = '江州市东城区司法局' // planted: 2021 balance error in 自然人 and 总计
  await rows(page).filter({ hasText: office }).getByRole('link', { name: office }).click()
  await expect(page.getByTestId('office-name')).toHaveText(office)
  await expect(page).toHaveURL(/year=2021/)
  const cell = page.locator('[data-testid="office-tables"] [data-cell="requests.received.natural"]')
  await expect(cell).toHaveClass(/error/)
  await expect(cell).toHaveAttribute('title', /一\+二/)
  await expect(page.getByTestId('office-findings')).toContainText('勾稽关系')
  await expect(page.getByTestId('office-provenance')).toContainText('演示数据-江州市.json')
  // The 2019 format prints 政府集中采购, the 2021 format does not.
  await expect(page.getByTestId('national-proactive')).not.toContainText('政府集中采购')
  await page.getByRole('button', { name: '2020', exact: true }).first().click()
  await expect(page.getByTestId('national-proactive')).toContainText('政府集中采购')
  await page.goBack()
  await page.goBack()
  await expect(page).toHaveURL(/#\/rankings/)
  await expect(rows(page).filter({ hasText: office })).toHaveCount(1)
})

test('printing gives a clean page: title, filters and date, no navigation', async ({ app }) => {
  const { page } = app
  await page.goto(app.url)
  await loadDemo(page)
  await page.goto(`${app.url}#/rankings?level=region&year=2024`)
  await expect(rows(page).first()).toBeVisible()
  await page.emulateMedia({ media: 'print' })
  const header = page.getByTestId('print-header')
  await expect(header).toBeVisible()
  await expect(header).toContainText('2024 年各地区公开率排名')
  await expect(header).toContainText('对象：地区')
  await expect(header).toContainText(/打印日期：\d{4}-\d{2}-\d{2}/)
  await expect(page.locator('.app-header')).toBeHidden()
  await expect(page.getByRole('button', { name: '排名 CSV' })).toBeHidden()
  const pdf = await page.pdf({ preferCSSPageSize: true })
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
})

test('compare opens with the peers of the office the user came from, offers quick picks, and remembers the last choice', async ({
  app,
}) => {
  const { page } = app
  await page.goto(app.url)
  await loadDemo(page)
  const newest = Math.max(...demoReports().map((r) => r.year))
  const office = demoReports().find((r) => r.year === newest && r.officeKind === 'department')!
  await page.goto(`${app.url}#/office/${encodeURIComponent(office.office)}`)
  // The office's trend is drawn: requests, disclosure rate, disputes and score over its years.
  await expect(page.getByTestId('office-trend').locator('canvas')).toHaveCount(1)
  await page.getByTestId('office-compare-peers').click()
  const entities = page.getByTestId('compare-entity')
  await expect(entities.first()).toHaveText(office.office)
  const peers = await entities.allInnerTexts()
  const sameKind = new Set(
    demoReports()
      .filter((r) => r.year === newest && r.region === office.region && r.officeKind === office.officeKind)
      .map((r) => r.office),
  )
  for (const name of peers) expect(sameKind.has(name)).toBe(true)

  // Quick picks: the lowest-scoring offices of the newest year.
  await page.getByTestId('compare-pick-lowestScore').click()
  await expect(entities).toHaveCount(4)
  const lowest = await entities.allInnerTexts()
  expect(lowest).not.toEqual(peers)
  // Coming back without a selection shows the last one.
  await page.goto(`${app.url}#/compare?level=office`)
  await expect(entities).toHaveText(lowest)
  expect(app.consoleErrors).toEqual([])
})
