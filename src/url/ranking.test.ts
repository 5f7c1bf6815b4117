import { describe, expect, it } from 'vitest'
import { DEFAULT_MIN_VOLUME } from '../analysis/ranking'
import { chosenYear, rankingParamsFromQuery, rankingQueryPatch } from './ranking'

const years = [2021, 2022, 2023, 2024]

describe('the rankings view in the URL', () => {
  it('ranks the newest filtered year that has data, else the newest year', () => {
    expect(chosenYear([2022, 2023], years)).toBe(2023)
    expect(chosenYear([2019], years)).toBe(2024)
    expect(chosenYear([], years)).toBe(2024)
    expect(chosenYear([2024], [])).toBeNull()
  })

  it('reads the settings, with defaults for anything missing or unknown', () => {
    expect(rankingParamsFromQuery({}, [], years)).toEqual({
      level: 'office',
      metric: 'disclosureRate',
      year: 2024,
      order: 'desc',
      minVolume: DEFAULT_MIN_VOLUME,
      page: 1,
    })
    expect(
      rankingParamsFromQuery({ level: 'region', metric: 'bogus', order: 'up', min: '-1', page: '0' }, [2022], years),
    ).toMatchObject({ level: 'region', metric: 'disclosureRate', year: 2022, minVolume: DEFAULT_MIN_VOLUME, page: 1 })
    expect(rankingParamsFromQuery({ metric: 'volume', order: 'asc', min: '0', page: '4' }, [], years)).toMatchObject({
      metric: 'volume',
      order: 'asc',
      minVolume: 0,
      page: 4,
    })
  })

  it('writes a change without defaults, and back to page 1 unless the page itself changes', () => {
    const current = rankingParamsFromQuery({ page: '3' }, [], years)
    expect(rankingQueryPatch({ level: 'region' }, current)).toEqual({ level: 'region', page: null })
    expect(rankingQueryPatch({ level: 'office', minVolume: DEFAULT_MIN_VOLUME }, current)).toEqual({
      level: null,
      min: null,
      page: null,
    })
    // A new metric takes its natural order; the default order is left out of the URL.
    expect(rankingQueryPatch({ metric: 'volume' }, current)).toEqual({ metric: 'volume', order: null, page: null })
    expect(rankingQueryPatch({ order: 'asc' }, current)).toEqual({ order: 'asc', page: null })
    expect(rankingQueryPatch({ order: 'desc' }, current)).toEqual({ order: null, page: null })
    expect(rankingQueryPatch({ page: 4 }, current)).toEqual({ page: 4 })
  })
})
