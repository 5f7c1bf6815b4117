import { describe, expect, it } from 'vitest'
import { dataUrl, parseManifest, readPublishedOrKept } from './published'

describe('parseManifest', () => {
  it('takes the file list, as an object or a bare array', () => {
    expect(parseManifest({ files: ['reports-2024.csv', 'sub/2023.json'], version: 2 })).toEqual({
      files: ['reports-2024.csv', 'sub/2023.json'],
    })
    expect(parseManifest(['a.csv'])).toEqual({ files: ['a.csv'] })
    expect(parseManifest({ files: [] })).toEqual({ files: [] })
  })

  it('takes the scheme and the district map the board ships', () => {
    expect(parseManifest({ files: ['a.csv'], scheme: 'scheme.json', map: 'maps/districts.geojson' })).toEqual({
      files: ['a.csv'],
      scheme: 'scheme.json',
      map: 'maps/districts.geojson',
    })
    expect(() => parseManifest({ files: [], map: '../elsewhere.geojson' })).toThrow('"map" 应为 data/ 下地区地图')
    expect(() => parseManifest({ files: [], map: 'https://elsewhere.example/a.geojson' })).toThrow('"map"')
  })

  it('refuses anything that is not a list of relative paths under data/', () => {
    for (const bad of [
      null,
      {},
      { files: 'a.csv' },
      { files: [1] },
      { files: [''] },
      { files: ['../secret.json'] },
      { files: ['/etc/passwd'] },
      { files: ['https://elsewhere.example/a.csv'] },
    ]) {
      expect(() => parseManifest(bad)).toThrow('data/manifest.json 格式不对')
    }
  })
})

describe('readPublishedOrKept', () => {
  it('reads from the server and keeps the copy; offline it gives the copy; a bad file is never covered up', async () => {
    const kept: string[] = []
    const copy = { keep: async (v: string) => void kept.push(v), kept: async () => kept.at(-1) ?? null }
    expect(await readPublishedOrKept(async () => 'v1', copy)).toBe('v1')
    expect(kept).toEqual(['v1'])
    const offline = () => Promise.reject(new TypeError('Failed to fetch'))
    expect(await readPublishedOrKept(offline, copy)).toBe('v1')
    const bad = () => Promise.reject(new Error('发布的评分方案 data/scheme.json 无法读取（HTTP 404）'))
    await expect(readPublishedOrKept(bad, copy)).rejects.toThrow('HTTP 404')
    await expect(readPublishedOrKept(offline, { ...copy, kept: async () => null })).rejects.toThrow('Failed to fetch')
    // A copy that cannot be kept costs only the offline use.
    expect(
      await readPublishedOrKept(async () => 'v2', { ...copy, keep: () => Promise.reject(new Error('full')) }),
    ).toBe('v2')
  })
})

describe('dataUrl', () => {
  it('keeps the folders and encodes each name, so "#" and "?" stay part of it', () => {
    expect(dataUrl('sub/2024 年报#1?.csv')).toBe('data/sub/2024%20%E5%B9%B4%E6%8A%A5%231%3F.csv')
    expect(dataUrl('scheme.json')).toBe('data/scheme.json')
  })
})
