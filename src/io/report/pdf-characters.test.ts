import { describe, expect, it } from 'vitest'
import { cleanPdfText } from './pdf-characters'

describe('cleanPdfText', () => {
  it('reads radicals a font shares with ideographs as the ideographs the report typed', () => {
    // What Chromium's Noto CJK text layer gives for 某区人民政府, 工作年度, 账户, 长…
    expect(cleanPdfText('某区人⺠政府⼯作年度')).toBe('某区人民政府工作年度')
    expect(cleanPdfText('账⼾⻓期⻔户')).toBe('账户长期门户')
    expect(cleanPdfText('区政府⋯⋯')).toBe('区政府……')
  })

  it('leaves everything else as it is, full-width punctuation included', () => {
    const text = '（一）予以公开：3件，“三安全一稳定”；１２'
    expect(cleanPdfText(text)).toBe(text)
  })
})
