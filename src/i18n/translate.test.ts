import { describe, expect, it } from 'vitest'
import { OFFICE_KINDS } from '../domain/model'
import type { MessageKey } from './messages'
import { translator } from './translate'

describe('translator', () => {
  it('fills in the placeholders of a message in the chosen language', () => {
    expect(translator('zh').t('export.pair', { label: '年度', value: 2024 })).toBe('年度：2024')
    expect(translator('en').t('data.offices', { n: 3 })).toBe('Offices (3)')
  })

  it('reads model labels in the same language', () => {
    const government = OFFICE_KINDS.find((k) => k.key === 'government')!
    expect(translator('zh').label(government)).toBe('政府')
    expect(translator('en').label(government)).toBe('Government')
  })

  it('shows an unknown key as itself rather than nothing', () => {
    expect(translator('zh').t('no.such.key' as MessageKey)).toBe('no.such.key')
  })
})
