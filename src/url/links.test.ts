import { describe, expect, it } from 'vitest'
import { narrativesFromQuery, narrativesLink, officeLink, regionOfficesLink } from './links'

describe('links to the office detail', () => {
  it('open the office at the finding’s year and cell, or just the office', () => {
    expect(officeLink('甲局', 2023, 'publishedAt')).toEqual({
      name: 'office',
      params: { name: '甲局' },
      query: { year: '2023', cell: 'publishedAt' },
    })
    expect(officeLink('甲局')).toEqual({ name: 'office', params: { name: '甲局' }, query: {} })
  })
})

describe('links to the ranking of a region’s offices', () => {
  it('carry the region, and the metric, year and level when given', () => {
    expect(regionOfficesLink('东城区')).toEqual({ name: 'rankings', query: { region: '东城区' } })
    expect(regionOfficesLink('东城区', { year: 2024 })).toEqual({
      name: 'rankings',
      query: { region: '东城区', year: '2024' },
    })
    expect(regionOfficesLink('东城区', { year: null, namedLevel: true })).toEqual({
      name: 'rankings',
      query: { level: 'office', region: '东城区' },
    })
    expect(regionOfficesLink('东城区', { metric: 'volume', namedLevel: true }).query).toEqual({
      level: 'office',
      region: '东城区',
      metric: 'volume',
    })
  })
})

describe('links to two narratives side by side', () => {
  it('round-trip two reports through the query, names with any character included', () => {
    const a = { office: '江州市&鼓楼区?教育局', year: 2024 }
    const b = { office: '甲局', year: 2023 }
    const link = narrativesLink(a, b)
    expect(link.name).toBe('narratives')
    expect(narrativesFromQuery(link.query)).toEqual({ a, b })
  })

  it('names nothing when a report or its year is missing', () => {
    expect(narrativesFromQuery({ a: '甲局', ay: '2024', b: '乙局' })).toBeNull()
    expect(narrativesFromQuery({ a: '', ay: '2024', b: '乙局', by: 'x' })).toBeNull()
  })
})
