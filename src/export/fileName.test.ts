import { describe, expect, it } from 'vitest'
import { datedName } from './fileName'

describe('datedName', () => {
  it('adds the local day the file is saved on', () => {
    expect(datedName('排名', new Date(2025, 2, 1, 7, 30))).toBe('排名-2025-03-01')
    expect(datedName('年报监督台备份', new Date(2024, 11, 31, 23, 59))).toBe('年报监督台备份-2024-12-31')
  })
})
