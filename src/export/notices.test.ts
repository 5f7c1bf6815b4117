import { describe, expect, it } from 'vitest'
import { rectificationRows } from '../analysis/rectification'
import type { Finding } from '../domain/types'
import { chineseDate, noticesOf } from './notices'

const f = (office: string, year: number, rule: string): Finding => ({
  office,
  year,
  rule,
  severity: 'error',
  field: 'report',
  message: '…',
})

describe('rectification notices', () => {
  it('one notice per office with its findings and years, in the list order', () => {
    const rows = rectificationRows(
      [f('甲局', 2023, 'deadline'), f('乙局', 2022, 'balance'), f('甲局', 2021, 'missing-report')],
      {},
      () => '东城区',
    )
    const notices = noticesOf(rows)
    expect(notices.map((n) => [n.office, n.years, n.rows.length])).toEqual([
      ['甲局', [2021, 2023], 2],
      ['乙局', [2022], 1],
    ])
  })

  it('dates a notice the way a Chinese document is dated', () => {
    expect(chineseDate(new Date(2025, 0, 20))).toBe('2025年1月20日')
  })
})
