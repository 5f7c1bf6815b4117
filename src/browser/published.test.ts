import { describe, expect, it } from 'vitest'
import { dataUrl, parseManifest } from './published'

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

describe('dataUrl', () => {
  it('keeps the folders and encodes each name, so "#" and "?" stay part of it', () => {
    expect(dataUrl('sub/2024 年报#1?.csv')).toBe('data/sub/2024%20%E5%B9%B4%E6%8A%A5%231%3F.csv')
    expect(dataUrl('scheme.json')).toBe('data/scheme.json')
  })
})
