/**
 * The district map: the supervisor's GeoJSON (here a hand-drawn map of the demo city's fictional
 * districts, test/maps/) imported on the data page or published with the board, drawn on the
 * overview and rankings with any metric, names matched and the unmatched listed.
 */
import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { demoReports, flatten, formatCount, toWideCsv } from './demo-data'
import { expect, test } from './fixtures'
import { openWithDemo } from './board'
import { visit } from './routes'

const MAP_FILE = 'test/maps/jiangzhou-districts.geojson'

/** Requests received in 2024 per region, and the disclosure rate, from the demo JSON itself. */
function regionFigures(region: string) {
  const total = (row: unknown) => ((row as { total?: number | null } | undefined)?.total ?? 0) as number
  let received = 0
  let disclosed = 0
  let handled = 0
  for (const r of demoReports().filter((x) => x.year === 2024 && x.region === region)) {
    received += total(r.requests.received)
    disclosed += total(r.requests.granted) + total(r.requests.partiallyGranted)
    handled += total(r.requests.total)
  }
  return { received: formatCount(received), rate: `${((disclosed / handled) * 100).toFixed(1)}%` }
}

const mapImage = (page: Page) => page.getByTestId('chart-district-map').getByRole('img')

async function importMap(page: Page, url: string, file: string | { name: string; buffer: Buffer }) {
  await page.goto(`${url}#/data`)
  await page
    .getByTestId('map-input')
    .setInputFiles(typeof file === 'string' ? file : { ...file, mimeType: 'application/geo+json' })
}

test('an imported map shades the regions by any metric, lists the names that do not match, and stays after a reload', async ({
  app,
}) => {
  test.setTimeout(120_000)
  const { page } = app
  await openWithDemo(page, app.url)
  // No map yet: none on the overview.
  await expect(page.getByTestId('district-map')).toHaveCount(0)

  await importMap(page, app.url, MAP_FILE)
  await expect(page.getByTestId('map-message')).toHaveText('已导入地图 jiangzhou-districts.geojson（16 个区域）')
  await expect(page.getByTestId('map-in-use')).toContainText('jiangzhou-districts.geojson（导入，16 个区域）')
  const settings = page.getByTestId('map-settings')
  await expect(settings).toContainText('数据中有、地图上没有的地区（2）：清河县、市本级')
  await expect(settings).toContainText('地图上有、数据中没有的区域（1）：江州新区')

  // The overview: the map drawn, its text alternative giving each area's figure.
  await page.getByRole('link', { name: '总览' }).click()
  const panel = page.getByTestId('district-map')
  await expect(panel.getByTestId('chart-district-map').locator('canvas').first()).toBeVisible()
  await expect(panel.getByTestId('map-missing')).toHaveText('数据中有、地图上没有的地区（2）：清河县、市本级')
  await expect(panel.getByTestId('map-not-in-data')).toHaveText('地图上有、数据中没有的区域（1）：江州新区')
  const east = regionFigures('东城区')
  const north = regionFigures('北塘区')
  await expect(mapImage(page)).toHaveAttribute('aria-label', /2024 年各地区申请量分布/)
  await expect(mapImage(page)).toHaveAttribute('aria-label', new RegExp(`东城区 ${east.received}，`))
  await expect(mapImage(page)).toHaveAttribute('aria-label', /江州新区 无数据/)

  // Any metric: the disclosure rate, the same figure the rankings give.
  await page.getByTestId('map-metric').selectOption('disclosureRate')
  await expect(page).toHaveURL(/map=disclosureRate/)
  await expect(mapImage(page)).toHaveAttribute('aria-label', new RegExp(`北塘区 ${north.rate.replace('.', '\\.')}`))

  // The rankings show the ranked metric on the map too.
  await visit(page, app.url, '#/rankings?level=region&metric=disclosureRate&year=2024')
  await expect(mapImage(page)).toHaveAttribute('aria-label', /2024 年各地区公开率分布/)
  await expect(mapImage(page)).toHaveAttribute('aria-label', new RegExp(`东城区 ${east.rate.replace('.', '\\.')}`))

  // Kept in the database: a reload still shows it; removed, it is gone everywhere.
  await page.reload()
  await expect(mapImage(page)).toBeVisible()
  await importMap(page, app.url, MAP_FILE)
  await page.getByTestId('map-remove').click()
  await expect(page.getByTestId('map-message')).toHaveText('已移除导入的地图')
  await expect(page.getByTestId('map-settings')).toContainText('尚未导入地图。')
  await page.getByRole('link', { name: '总览' }).click()
  await expect(page.getByTestId('kpi-reports')).toBeVisible()
  await expect(page.getByTestId('district-map')).toHaveCount(0)
  expect(app.consoleErrors).toEqual([])
  expect(app.foreignRequests()).toEqual([])
})

test('a map file that is not a usable map is refused with what is wrong, and the map in use stays', async ({ app }) => {
  const { page } = app
  await openWithDemo(page, app.url)
  await importMap(page, app.url, MAP_FILE)
  await expect(page.getByTestId('map-message')).toBeVisible()

  const bad = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { name: '东城区' }, geometry: { type: 'Point', coordinates: [118, 30] } },
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        },
      },
    ],
  }
  await importMap(page, app.url, { name: 'bad.geojson', buffer: Buffer.from(JSON.stringify(bad)) })
  const error = page.getByTestId('map-error')
  await expect(error).toContainText('bad.geojson 有 2 个区域无法使用，地图未导入')
  await expect(error).toContainText('第 1 个区域（东城区）：边界类型是 Point，只支持 Polygon 和 MultiPolygon')
  await expect(error).toContainText('第 2 个区域：缺少名称')
  await importMap(page, app.url, { name: 'notjson.geojson', buffer: Buffer.from('<html>') })
  await expect(page.getByTestId('map-error')).toContainText('notjson.geojson 不是有效的 JSON')
  await expect(page.getByTestId('map-in-use')).toContainText('jiangzhou-districts.geojson')
})

test('names from the map file are text, never markup, in the tooltip and the lists', async ({ app }) => {
  const { page } = app
  await openWithDemo(page, app.url)
  const hostile = '<img src=x onerror="window.__mapPwned=1">区'
  const map = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { name: hostile },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [118, 30],
              [119, 30],
              [119, 31],
              [118, 31],
              [118, 30],
            ],
          ],
        },
      },
    ],
  }
  await importMap(page, app.url, { name: 'hostile.geojson', buffer: Buffer.from(JSON.stringify(map)) })
  await page.getByRole('link', { name: '总览' }).click()
  const chart = page.getByTestId('chart-district-map')
  await expect(chart.locator('canvas').first()).toBeVisible()
  await expect(page.getByTestId('map-not-in-data')).toContainText(hostile)
  // The one area fills the map: hovering its middle shows its tooltip.
  const canvas = chart.locator('canvas').first()
  const box = (await canvas.boundingBox())!
  await canvas.hover({ position: { x: box.width / 2, y: box.height / 2 + 20 } })
  const tooltip = chart.locator('div').filter({ hasText: '无数据' }).last()
  await expect(tooltip).toContainText(hostile)
  await expect(chart.locator('img')).toHaveCount(0)
  expect(await page.evaluate(() => (window as unknown as { __mapPwned?: number }).__mapPwned)).toBeUndefined()
})

test('a published board names its map in the manifest: shown without any import', async ({ app, server }) => {
  const reports = demoReports().filter((r) => r.year === 2024)
  server.overlay.set('data/manifest.json', JSON.stringify({ files: ['2024.csv'], map: 'jiangzhou.geojson' }))
  server.overlay.set('data/2024.csv', toWideCsv(reports.map(flatten)))
  server.overlay.set('data/jiangzhou.geojson', readFileSync(MAP_FILE))
  const { page } = app
  await page.goto(app.url)
  await expect(page.getByTestId('kpi-reports').locator('.value')).toHaveText(formatCount(reports.length), {
    timeout: 60_000,
  })
  await expect(mapImage(page)).toHaveAttribute('aria-label', new RegExp(`东城区 ${regionFigures('东城区').received}`))
  await expect(page.getByTestId('map-missing')).toHaveText('数据中有、地图上没有的地区（2）：清河县、市本级')
  await page.getByRole('link', { name: '数据管理' }).click()
  await expect(page.getByTestId('map-in-use')).toContainText('data/jiangzhou.geojson（随发布数据提供，16 个区域）')
  // A published map is the board's: the viewer cannot remove it (only a map they imported).
  await expect(page.getByTestId('map-remove')).toHaveCount(0)
  expect(app.foreignRequests()).toEqual([])
})
