import { describe, expect, it } from 'vitest'
import { officeLink } from './links'

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
