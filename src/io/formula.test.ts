import { describe, expect, it } from 'vitest'
import { neutralizeFormula, restoreFormula } from './formula'

describe('neutralizeFormula', () => {
  it('stops Excel from running a cell as a formula', () => {
    expect(neutralizeFormula('=HYPERLINK("http://x","点我")')).toBe('\'=HYPERLINK("http://x","点我")')
    expect(neutralizeFormula('+86 10 1234')).toBe("'+86 10 1234")
    expect(neutralizeFormula('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(neutralizeFormula('-某局')).toBe("'-某局")
    expect(neutralizeFormula('\t=1')).toBe("'\t=1")
    expect(neutralizeFormula('\r=1')).toBe("'\r=1")
  })

  it('leaves numbers and ordinary text as they are', () => {
    expect(neutralizeFormula('-12')).toBe('-12')
    expect(neutralizeFormula('-3.5')).toBe('-3.5')
    expect(neutralizeFormula('12')).toBe('12')
    expect(neutralizeFormula('某区教育局')).toBe('某区教育局')
    expect(neutralizeFormula('')).toBe('')
  })

  it('is undone when our own export is read back', () => {
    for (const s of ['=1+1', '-某局', '@x', '+1 2', 'plain', "'quoted", '-12']) {
      expect(restoreFormula(neutralizeFormula(s))).toBe(s)
    }
  })
})
