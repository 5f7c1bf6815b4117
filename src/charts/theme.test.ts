import { format } from 'echarts/core'
import { describe, expect, it } from 'vitest'
import { escapeHtml } from './theme'

describe('escapeHtml', () => {
  it('escapes exactly as ECharts format.encodeHTML does', () => {
    for (const s of ['<img src=x onerror="alert(1)">', `"><svg onload='x'>`, 'a & b', '东城区', '', "it's"]) {
      expect(escapeHtml(s)).toBe(format.encodeHTML(s))
    }
    expect(escapeHtml('<b>')).toBe('&lt;b&gt;')
  })
})
