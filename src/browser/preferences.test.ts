import { afterEach, describe, expect, it, vi } from 'vitest'
import { readPreference, writePreference } from './preferences'

const isList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string')

describe('preferences', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('round-trips a value, and gives the fallback for a missing, broken or wrong-shaped one', () => {
    const store = new Map<string, string>()
    vi.stubGlobal('localStorage', {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    })
    writePreference('k', ['东城区', '西湖区'])
    expect(readPreference('k', [], isList)).toEqual(['东城区', '西湖区'])
    expect(readPreference('missing', ['x'], isList)).toEqual(['x'])
    store.set('k', '{not json')
    expect(readPreference('k', [], isList)).toEqual([])
    store.set('k', '[1,2]')
    expect(readPreference('k', [], isList)).toEqual([])
  })

  it('fails quietly when storage is blocked (private mode)', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('SecurityError')
      },
      setItem: () => {
        throw new Error('QuotaExceededError')
      },
    })
    expect(() => writePreference('k', 1)).not.toThrow()
    expect(readPreference('k', 'fallback', (v): v is string => typeof v === 'string')).toBe('fallback')
  })
})
