import { describe, expect, it } from 'vitest'
import { buildScoreTrendOption } from './compliance'

type Tooltip = { formatter: (p: unknown[]) => string }
type Series = { name: string; data: (number | null)[] }

describe('buildScoreTrendOption', () => {
  const option = buildScoreTrendOption(
    [2023, 2024],
    [
      { name: '全部机关平均', values: [91.234, null], emphasis: true },
      { name: '<b>东城区</b>', values: [80, 75] },
    ],
    '合规得分趋势',
  ) as {
    series: Series[]
    yAxis: { min: number; max: number }
    tooltip: Tooltip
  }

  it('draws a gap (not 0) for a year without a score; the axis starts below the lowest score', () => {
    expect(option.series[0].data).toEqual([91.2, null])
    expect(option.yAxis).toMatchObject({ min: 70, max: 100 })
  })

  it('escapes names from files in the tooltip', () => {
    const html = option.tooltip.formatter([{ axisValueLabel: '2024', seriesName: '<b>东城区</b>', value: 75 }])
    expect(html).toContain('&lt;b&gt;东城区&lt;/b&gt;')
    expect(html).not.toContain('<b>东城区')
  })

  it('ends the axis at the scheme’s full marks: a 10-point scheme is not drawn on a 100-point axis', () => {
    const ten = buildScoreTrendOption([2024], [{ name: '平均', values: [7.5] }], '得分', { base: 10, floor: 0 }) as {
      yAxis: { min: number; max: number }
    }
    expect(ten.yAxis).toMatchObject({ min: 7, max: 10 })
  })
})
