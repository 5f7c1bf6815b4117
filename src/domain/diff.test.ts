import { describe, expect, it } from 'vitest'
import { diffReports } from './diff'
import { emptyReport } from './report'

describe('diffReports', () => {
  it('lists each changed cell with before and after, and nothing for identical reports', () => {
    const a = emptyReport({ office: '某局', year: 2024, template: '2021' })
    const b = structuredClone(a)
    expect(diffReports(a, b)).toEqual([])
    b.requests.received!.natural = 5
    b.publishedAt = '2025-01-10'
    expect(diffReports(a, b)).toEqual([
      { path: 'publishedAt', before: null, after: '2025-01-10' },
      { path: 'requests.received.natural', before: null, after: 5 },
    ])
  })
})
