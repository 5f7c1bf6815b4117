import { describe, expect, it } from 'vitest'
import { sha256Hex } from './sha256'

describe('sha256Hex', () => {
  it('gives the standard digest of text and of the same bytes', async () => {
    // FIPS 180-2's test vector for "abc".
    const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
    expect(await sha256Hex('abc')).toBe(abc)
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(abc)
    expect(await sha256Hex(new TextEncoder().encode('abc').buffer)).toBe(abc)
  })

  it('tells different contents apart', async () => {
    expect(await sha256Hex('{"files":["a.csv"]}')).not.toBe(await sha256Hex('{"files":["b.csv"]}'))
  })
})
