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

  it('never names a Windows device (CON, NUL, COM1, LPT1…), whatever the case or extension', () => {
    for (const device of [
      'CON',
      'con',
      'PRN',
      'AUX',
      'NUL',
      'nul.csv',
      'COM1',
      'com9.xlsx',
      'LPT1',
      'Lpt3.txt',
      'CON .csv',
    ]) {
      const safe = safeFileName(device)
      expect(safe, device).toBe(`_${device}`)
    }
    // Names that only start like a device are ordinary names.
    expect(safeFileName('CONTACTS.csv')).toBe('CONTACTS.csv')
    expect(safeFileName('null.csv')).toBe('null.csv')
    expect(safeFileName('COM10.csv')).toBe('COM10.csv')
  })

  it('drops trailing dots and spaces (Windows would silently drop them) and control characters', () => {
    expect(safeFileName('某区教育局. . .')).toBe('某区教育局')
    expect(safeFileName('某区教育局   ')).toBe('某区教育局')
    expect(safeFileName('某区\r\n教育局\t排名\u0000.csv')).toBe('某区_教育局_排名_.csv')
    expect(safeFileName('  \t ')).toBe('export')
    expect(safeFileName('', '排名')).toBe('排名')
  })

  it('keeps the extension and whole characters when a long name is shortened', () => {
    const long = `${'某区人力资源和社会保障局'.repeat(20)}.xlsx`
    const safe = safeFileName(long)
    expect(safe.endsWith('.xlsx')).toBe(true)
    expect(Array.from(safe).length).toBe(120)
    const emoji = safeFileName(`${'😀'.repeat(200)}.csv`)
    expect(emoji.endsWith('😀.csv')).toBe(true)
    expect(emoji).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/) // no lone high surrogate
    // Cut inside a run of dots and spaces: none is left at the end of the stem.
    expect(safeFileName(`${'a'.repeat(114)}. . . . . bbbb.csv`)).toBe(`${'a'.repeat(114)}.csv`)
  })
})
