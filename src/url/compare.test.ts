import { describe, expect, it } from 'vitest'
import { COMPARE_MAX, compareParamsFromQuery, compareQueryPatch } from './compare'

describe('the compare view in the URL', () => {
  it('reads the level (regions by default) and at most eight names, commas and all', () => {
    const names = ['甲局,乙科', '丙局', '丁局', '戊局', '己局', '庚局', '辛局', '壬局', '癸局']
    const p = compareParamsFromQuery({ level: 'office', e: names }, [2023], [2022, 2023, 2024])
    expect(p).toEqual({ level: 'office', names: names.slice(0, COMPARE_MAX), year: 2023 })
    expect(compareParamsFromQuery({}, [], [2024])).toEqual({ level: 'region', names: [], year: 2024 })
  })

  it('drops the names when the level changes, and keeps at most eight', () => {
    const current = compareParamsFromQuery({ e: ['东区', '西区'] }, [], [2024])
    expect(compareQueryPatch({ level: 'office' }, current)).toEqual({ level: 'office', e: null })
    expect(compareQueryPatch({ level: 'region' }, current)).toEqual({})
    expect(compareQueryPatch({ names: Array.from({ length: 10 }, (_, i) => `区${i}`) }, current).e).toHaveLength(8)
    expect(compareQueryPatch({ year: 2023 }, current)).toEqual({ year: 2023 })
  })
})
