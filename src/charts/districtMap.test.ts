import { describe, expect, it } from 'vitest'
import { metricInfo } from '../analysis/metricInfo'
import { parseDistrictMap } from '../io/districtMap'
import { buildDistrictMapOption, districtMapAspect, districtMapHeight } from './districtMap'

const texts = { metric: '公开率', noData: '无数据', rank: (n: number) => `第 ${n} 名` }
type Opt = {
  series: { data: { name: string; value: number | null }[]; left: number; top: number; width: number; height: number }[]
  visualMap: { min: number; max: number; text: string[] }
  tooltip: { formatter: (p: { name?: string; dataIndex?: number }) => string }
}

describe('buildDistrictMapOption', () => {
  const values = [
    { name: '<img src=x onerror=alert(1)>区', value: 0.5, rank: 1 },
    { name: '西湖区', value: 0.25, rank: 2 },
    { name: '江州新区', value: null, rank: null },
  ]
  const o = buildDistrictMapOption('m', values, metricInfo('disclosureRate'), '分布', texts, {
    width: 800,
    height: 400,
    aspect: 2,
  }) as unknown as Opt

  it('shades each area by its value in percent, an area without data left uncoloured', () => {
    expect(o.series[0].data.map((d) => d.value)).toEqual([50, 25, null])
    expect(o.visualMap).toMatchObject({ min: 25, max: 50, text: ['50.0%', '25.0%'] })
  })

  it('escapes names from the file in the tooltip and says which areas have no data', () => {
    const html = o.tooltip.formatter({ dataIndex: 0 })
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;区')
    expect(html).not.toContain('<img')
    expect(html).toContain('公开率：<b>50.0%</b>（第 1 名）')
    expect(o.tooltip.formatter({ dataIndex: 2 })).toContain('公开率：<b>无数据</b>')
  })

  it('keeps the map’s shape: its rectangle has the map’s aspect and fits the chart', () => {
    const r = o.series[0]
    expect(r.width / r.height).toBeCloseTo(2)
    expect(r.left + r.width).toBeLessThanOrEqual(800)
    expect(r.top + r.height).toBeLessThanOrEqual(400)
  })
})

describe('districtMapAspect / districtMapHeight', () => {
  const map = parseDistrictMap(
    {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'a' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [118, 30],
                [120, 30],
                [120, 30.75],
                [118, 30],
              ],
            ],
          },
        },
      ],
    },
    'm',
  )
  it('measures the drawn shape (latitude shortened as ECharts draws it) and fits the height to the width', () => {
    expect(districtMapAspect(map)).toBeCloseTo(2)
    expect(districtMapHeight(1000, 2)).toBe(Math.round((1000 - 96 - 8) / 2 + 44 + 8))
    // Bounded: never a sliver, never taller than a screen.
    expect(districtMapHeight(300, 10)).toBe(300)
    expect(districtMapHeight(2000, 0.5)).toBe(620)
  })
})
