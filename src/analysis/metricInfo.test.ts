import { describe, expect, it } from 'vitest'
import { METRICS } from '../domain/metrics'
import { isMetricId, metricInfo } from './metricInfo'

describe('metricInfo', () => {
  it('finds every metric by its id', () => {
    for (const m of METRICS) expect(metricInfo(m.id)).toBe(m)
    expect(metricInfo('disclosureRate').zh).toBe('公开率')
  })

  it('tells metric ids from other text in a URL', () => {
    expect(isMetricId('complianceScore')).toBe(true)
    expect(isMetricId('toString')).toBe(false)
    expect(isMetricId('')).toBe(false)
    expect(isMetricId(null)).toBe(false)
  })
})
