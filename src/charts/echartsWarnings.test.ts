import { reportColumns } from '../analysis/columns'
/**
 * Every chart option, drawn by ECharts itself (server-side, SVG) with its development checks on:
 * ECharts says nothing on the console. Its warnings (a deprecated option such as
 * grid.containLabel, a missing component) only show in development builds, so this is where they
 * are caught.
 */
import { init, use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest'
import { compareEntities } from '../analysis/compare'
import { matchDistricts } from '../analysis/districtMap'
import { buildOverview } from '../analysis/overview'
import { indexFindings, rankEntities } from '../analysis/ranking'
import { metricInfo } from '../analysis/metricInfo'
import { generateDemo } from '../demo/generate'
import { DEFAULT_SCHEME } from '../domain/scheme'
import { toRecords } from '../domain/rules/testReport'
import { parseDistrictMap } from '../io/districtMap'
import { buildCompareOutcomeOption, buildCompareRateOption, buildCompareVolumeOption } from './compare'
import { buildScoreTrendOption } from './compliance'
import { buildDistrictMapOption } from './districtMap'
import { registerDistrictMap } from './echartsMap'
import { buildApplicantOption, buildOutcomeOption, buildTopRegionsOption, buildVolumeOption } from './overview'
import { buildRankingOption } from './ranking'

use([SVGRenderer])

const demo = generateDemo({ regions: 4, officesPerRegion: 4, cityDepartments: 2, years: [2023, 2024] })
const records = toRecords(demo.reports)
const regions = [...new Set(records.map((r) => r.region ?? ''))].filter(Boolean)
const findings = indexFindings({ findings: [], notAssessable: [] }, DEFAULT_SCHEME)
const zh = (l: { zh: string }) => l.zh
const overview = buildOverview(records)
const comparison = compareEntities(reportColumns(records), { level: 'region', names: regions.slice(0, 3) })
const ranked = (level: 'region' | 'office') =>
  rankEntities(reportColumns(records), findings, {
    level,
    metric: 'disclosureRate',
    year: 2024,
    order: 'desc',
    minVolume: 0,
  })

const square = (x: number) => [
  [
    [x, 0],
    [x + 1, 0],
    [x + 1, 1],
    [x, 1],
    [x, 0],
  ],
]
const map = parseDistrictMap(
  {
    type: 'FeatureCollection',
    features: [...regions, '新区'].map((name, i) => ({
      type: 'Feature',
      properties: { name },
      geometry: { type: 'Polygon', coordinates: square(i) },
    })),
  },
  'test.geojson',
)

const options = {
  volume: () => buildVolumeOption(overview, '申请量'),
  outcomes: () => buildOutcomeOption(overview, '办理结果', zh),
  applicants: () => buildApplicantOption(overview, '申请人', zh),
  topRegions: () => buildTopRegionsOption(overview, '地区'),
  compareVolume: () => buildCompareVolumeOption(comparison, '对比'),
  compareRate: () => buildCompareRateOption(comparison, 'disclosureRate', '公开率'),
  compareOutcome: () => buildCompareOutcomeOption(comparison, '构成', zh),
  ranking: () => buildRankingOption(ranked('office'), metricInfo('disclosureRate'), '排名'),
  scoreTrend: () => buildScoreTrendOption([2023, 2024], [{ name: '平均', values: [90, 88] }], '得分'),
  districtMap: () =>
    buildDistrictMapOption(
      registerDistrictMap(map),
      matchDistricts(
        map.areas.map((a) => a.name),
        regions,
        ranked('region'),
      ).values,
      metricInfo('disclosureRate'),
      '地区分布',
      { metric: '公开率', noData: '无数据', rank: (n) => `第 ${n} 名` },
      { width: 640, height: 420, aspect: 2 },
    ),
}

describe('ECharts draws every chart option without a warning', () => {
  // ECharts says some things with console.log (the containLabel notice), others with warn/error.
  let spies: MockInstance[] = []
  const said = () =>
    spies
      .flatMap((s) => s.mock.calls)
      .map((c) => c.join(' '))
      .filter((line) => line.includes('[ECharts]'))
  beforeEach(() => {
    spies = (['log', 'warn', 'error'] as const).map((m) => vi.spyOn(console, m))
  })
  afterEach(() => {
    for (const s of spies) s.mockRestore()
  })

  for (const [name, build] of Object.entries(options)) {
    it(name, () => {
      const chart = init(null, undefined, { renderer: 'svg', ssr: true, width: 640, height: 420 })
      chart.setOption(build())
      const svg = chart.renderToSVGString()
      chart.dispose()
      expect(svg.length).toBeGreaterThan(500)
      expect(said()).toEqual([])
    })
  }

  // Last: ECharts says each thing once per process, and this must not hide a chart's own notice.
  it('runs with ECharts’ development checks on (the old grid.containLabel is reported)', () => {
    const chart = init(null, undefined, { renderer: 'svg', ssr: true, width: 400, height: 300 })
    chart.setOption({
      grid: { containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: ['a'] },
    })
    chart.dispose()
    expect(said().join(' ')).toContain('containLabel')
  })
})
