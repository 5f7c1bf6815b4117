import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  checkDistrictMapSize,
  DistrictMapError,
  districtMapGeoJson,
  MAX_MAP_BYTES,
  parseDistrictMap,
  readDistrictMapText,
  storedDistrictMap,
} from './districtMap'

const square = (x: number, y: number) => [
  [
    [x, y],
    [x + 1, y],
    [x + 1, y + 1],
    [x, y + 1],
    [x, y],
  ],
]
const feature = (name: unknown, geometry: unknown, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  properties: { name, ...extra },
  geometry,
})
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features })

function problemsOf(value: unknown): string[] {
  try {
    parseDistrictMap(value, 'm.geojson')
  } catch (e) {
    expect(e).toBeInstanceOf(DistrictMapError)
    const err = e as DistrictMapError
    return [err.message, ...err.problems.map((p) => p.message)]
  }
  throw new Error('accepted')
}

describe('parseDistrictMap', () => {
  it('keeps each area’s name and outline, and nothing else from the file', () => {
    const map = parseDistrictMap(
      collection(
        feature(' 东城区 ', { type: 'Polygon', coordinates: square(0, 0) }, { adcode: 1, onclick: 'alert(1)' }),
        feature('西湖区', { type: 'MultiPolygon', coordinates: [square(1, 0), square(5, 5)] }),
      ),
      'city.geojson',
    )
    expect(map.fileName).toBe('city.geojson')
    expect(map.areas.map((a) => [a.name, a.polygons.length])).toEqual([
      ['东城区', 1],
      ['西湖区', 2],
    ])
    const geo = districtMapGeoJson(map)
    expect(JSON.stringify(geo)).not.toContain('alert')
    expect(geo.features[0]).toEqual({
      type: 'Feature',
      properties: { name: '东城区' },
      geometry: { type: 'MultiPolygon', coordinates: [square(0, 0)] },
    })
  })

  it('joins features of the same name into one area, and reads 名称 / NAME', () => {
    const map = parseDistrictMap(
      {
        type: 'FeatureCollection',
        features: [
          { type: 'Feature', properties: { 名称: '临江县' }, geometry: { type: 'Polygon', coordinates: square(0, 0) } },
          { type: 'Feature', properties: { NAME: '临江县' }, geometry: { type: 'Polygon', coordinates: square(3, 3) } },
        ],
      },
      'm.json',
    )
    expect(map.areas).toHaveLength(1)
    expect(map.areas[0].polygons).toHaveLength(2)
  })

  it('says what is wrong: not a FeatureCollection, empty, no name, wrong geometry, bad coordinates', () => {
    expect(problemsOf({ type: 'Feature' })[0]).toContain('应为 GeoJSON 的 FeatureCollection（type 是 "Feature"）')
    expect(problemsOf([1, 2])[0]).toContain('不是 GeoJSON')
    expect(problemsOf(collection())[0]).toContain('没有任何区域')
    const problems = problemsOf(
      collection(
        feature('好区', { type: 'Polygon', coordinates: square(0, 0) }),
        feature('', { type: 'Polygon', coordinates: square(0, 0) }),
        feature('点区', { type: 'Point', coordinates: [1, 2] }),
        feature('坏区', {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 'x'],
              [1, 1],
              [0, 0],
            ],
          ],
        }),
        feature('空区', null),
        feature('短区', {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 1],
            ],
          ],
        }),
        'not a feature',
      ),
    )
    expect(problems[0]).toBe('m.geojson 有 6 个区域无法使用，地图未导入')
    expect(problems.slice(1)).toEqual([
      '第 2 个区域：缺少名称：properties 中应有 name / NAME / Name / 名称 之一，为地区名称',
      '第 3 个区域（点区）：边界类型是 Point，只支持 Polygon 和 MultiPolygon',
      '第 4 个区域（坏区）：有坐标不是两个数字 [经度, 纬度]（这里是 1,x）',
      '第 5 个区域（空区）：没有边界（geometry 为空）',
      '第 6 个区域（短区）：有一个边界环只有 2 个点（至少需要 3 个）',
      '第 7 个区域：不是 GeoJSON Feature（应有 "type": "Feature"）',
    ])
  })

  it('refuses a file that is not JSON or too large before reading it', () => {
    expect(() => readDistrictMapText('{"type": ', 'a.geojson')).toThrow(/a\.geojson 不是有效的 JSON/)
    expect(() => checkDistrictMapSize(MAX_MAP_BYTES + 1, 'big.geojson')).toThrow(/超过地图文件的上限 10\.0 MB/)
    expect(() => checkDistrictMapSize(MAX_MAP_BYTES, 'ok.geojson')).not.toThrow()
  })

  it('reads a stored map back through the same checks (a backup is a file too)', () => {
    const map = parseDistrictMap(collection(feature('东城区', { type: 'Polygon', coordinates: square(0, 0) })), 'a')
    expect(storedDistrictMap(JSON.parse(JSON.stringify(map)))).toEqual(map)
    expect(() => storedDistrictMap({ fileName: 'a', areas: [null] })).toThrow(DistrictMapError)
    expect(() => storedDistrictMap('x')).toThrow(/已损坏/)
  })

  it('reads the test map of the demo city', () => {
    const text = readFileSync('test/maps/jiangzhou-districts.geojson', 'utf8')
    const map = readDistrictMapText(text, 'jiangzhou-districts.geojson')
    expect(map.areas).toHaveLength(16)
    expect(map.areas.find((a) => a.name === '滨江区')?.polygons).toHaveLength(2)
  })
})
