import { describe, expect, it } from 'vitest'
import { safeFileName } from './filename'

describe('safeFileName', () => {
  it('keeps Chinese names and removes what a file system or shell would misread', () => {
    expect(safeFileName('东城区教育局-2024.csv')).toBe('东城区教育局-2024.csv')
    expect(safeFileName('../../etc/passwd')).toBe('etc_passwd')
    expect(safeFileName('<img src=x onerror=alert(1)>.csv')).toBe('img src=x onerror=alert(1)_.csv')
    expect(safeFileName('a\u202egpj.exe')).toBe('a_gpj.exe')
    expect(safeFileName('...')).toBe('export')
    expect(safeFileName('x'.repeat(500)).length).toBe(120)
  })
})
