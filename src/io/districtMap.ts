/**
 * A supervisor's own map of their districts (GeoJSON): read, checked and reduced to what the
 * choropleth draws — each area's name and outline. No map ships with the board (published maps
 * of China need an approved source), so the file is the user's, and like every file it is
 * untrusted: bounded in size, every feature checked, every problem named, and only plain names and
 * numbers kept (no other property, no `UTF8Encoding`/`encodeOffsets` ECharts would decode).
 */
import { InputError, shorten, type InputProblem } from '../domain/errors'
import { isRecord, own } from '../domain/objects'

/** A map file larger than this is refused before it is read (a district map is well under 1 MB). */
export const MAX_MAP_BYTES = 10 * 1024 * 1024
export const MAX_MAP_AREAS = 5_000
export const MAX_MAP_POINTS = 2_000_000
const MAX_NAME = 100

/** Properties that may hold an area's name, in the order they are tried. */
export const NAME_PROPERTIES = ['name', 'NAME', 'Name', '名称'] as const

export type Position = [number, number]
/** Outer ring first, then holes. */
export type PolygonRings = Position[][]

export interface DistrictArea {
  name: string
  /** One polygon per part (features of the same name are joined into one area). */
  polygons: PolygonRings[]
}

export interface DistrictMap {
  /** The file it came from (shown on the data page). */
  fileName: string
  areas: DistrictArea[]
}

const EXAMPLE =
  '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "东城区"}, "geometry": {"type": "Polygon", "coordinates": [[[118.1, 30.2], …]]}}]}'

/** A map file that is not a usable map: every problem names the feature (its number and name). */
export class DistrictMapError extends InputError {
  constructor(message: string, problems: InputProblem[], file?: string) {
    super(message, { problems, file })
    this.name = 'DistrictMapError'
  }
}

/** One line for the screen: the message and the first problems. */
export function describeMapProblem(e: unknown): string {
  if (!(e instanceof Error)) return String(e)
  if (!(e instanceof InputError) || e.problems.length === 0) return e.message
  const more = e.problemCount > 3 ? `；……共 ${e.problemCount} 处` : ''
  return `${e.message}：${e.problems
    .slice(0, 3)
    .map((p) => p.message)
    .join('；')}${more}`
}

/** Read a map file's text (the caller has checked its size against MAX_MAP_BYTES). */
export function readDistrictMapText(text: string, fileName: string): DistrictMap {
  let value: unknown
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e)
    throw new DistrictMapError(`${fileName} 不是有效的 JSON（${shorten(reason, 80)}），地图未导入`, [], fileName)
  }
  return parseDistrictMap(value, fileName)
}

/** A size check to run before reading the file at all. */
export function checkDistrictMapSize(bytes: number, fileName: string): void {
  if (bytes > MAX_MAP_BYTES) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1)
    throw new DistrictMapError(
      `${fileName} 有 ${mb(bytes)} MB，超过地图文件的上限 ${mb(MAX_MAP_BYTES)} MB：请先简化边界（如用 mapshaper 减少顶点）`,
      [],
      fileName,
    )
  }
}

function areaName(properties: unknown): string | null {
  if (!isRecord(properties)) return null
  for (const key of NAME_PROPERTIES) {
    if (!own(properties, key)) continue
    const v = properties[key]
    if (typeof v === 'string' && v.trim() !== '') return v.trim().normalize('NFC')
    if (typeof v === 'number' && Number.isFinite(v)) return String(v)
  }
  return null
}

/** Reads rings, counting points against the file's budget; a problem is reported once per feature. */
class RingReader {
  points = 0
  constructor(private readonly problem: (message: string) => void) {}

  position(v: unknown): Position | null {
    if (!Array.isArray(v) || v.length < 2) return null
    const [x, y] = v
    return typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y) ? [x, y] : null
  }

  ring(v: unknown): Position[] | null {
    if (!Array.isArray(v)) return null
    if (v.length < 3) {
      this.problem(`有一个边界环只有 ${v.length} 个点（至少需要 3 个）`)
      return null
    }
    this.points += v.length
    if (this.points > MAX_MAP_POINTS) return null
    const out: Position[] = []
    for (const p of v) {
      const position = this.position(p)
      if (!position) {
        this.problem(`有坐标不是两个数字 [经度, 纬度]（这里是 ${shorten(Array.isArray(p) ? p.join(',') : p)}）`)
        return null
      }
      out.push(position)
    }
    return out
  }

  polygon(v: unknown): PolygonRings | null {
    if (!Array.isArray(v) || v.length === 0) return null
    const rings: PolygonRings = []
    for (const r of v) {
      const ring = this.ring(r)
      if (!ring) return null
      rings.push(ring)
    }
    return rings
  }
}

/**
 * Check a parsed GeoJSON value and keep what the map needs. Throws DistrictMapError naming every
 * bad feature (the first 100); features of the same name become one area.
 */
export function parseDistrictMap(value: unknown, fileName: string): DistrictMap {
  const fail = (message: string, problems: InputProblem[] = []): never => {
    throw new DistrictMapError(message, problems, fileName)
  }
  if (!isRecord(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    const found =
      isRecord(value) && typeof value.type === 'string' ? `type 是 "${shorten(value.type)}"` : '不是 GeoJSON'
    fail(`${fileName} 应为 GeoJSON 的 FeatureCollection（${found}），如 ${EXAMPLE}；地图未导入`)
  }
  const features = (value as { features: unknown[] }).features
  if (features.length === 0) fail(`${fileName} 没有任何区域（features 为空），地图未导入`)
  if (features.length > MAX_MAP_AREAS)
    fail(`${fileName} 有 ${features.length} 个区域，超过上限 ${MAX_MAP_AREAS}：地区分布图只需各区县的边界`)

  const problems: InputProblem[] = []
  const byName = new Map<string, DistrictArea>()
  let points = 0
  features.forEach((feature, i) => {
    const properties = isRecord(feature) ? feature.properties : undefined
    const name = areaName(properties)
    const label = `第 ${i + 1} 个区域${name ? `（${shorten(name, 30)}）` : ''}`
    let reported = false
    const problem = (message: string) => {
      if (reported) return
      reported = true
      problems.push({ message: `${label}：${message}` })
    }
    if (!isRecord(feature) || feature.type !== 'Feature')
      return problem('不是 GeoJSON Feature（应有 "type": "Feature"）')
    if (!name) return problem(`缺少名称：properties 中应有 ${NAME_PROPERTIES.join(' / ')} 之一，为地区名称`)
    if (name.length > MAX_NAME) return problem(`名称超过 ${MAX_NAME} 个字`)
    const geometry = feature.geometry
    if (!isRecord(geometry)) return problem('没有边界（geometry 为空）')
    const reader = new RingReader(problem)
    reader.points = points
    let polygons: PolygonRings[] | null = null
    if (geometry.type === 'Polygon') {
      const p = reader.polygon(geometry.coordinates)
      polygons = p ? [p] : null
    } else if (geometry.type === 'MultiPolygon') {
      const list = Array.isArray(geometry.coordinates) ? geometry.coordinates : null
      polygons = list && list.length ? [] : null
      for (const part of list ?? []) {
        const p = reader.polygon(part)
        if (!p) {
          polygons = null
          break
        }
        polygons!.push(p)
      }
    } else {
      return problem(`边界类型是 ${shorten(geometry.type)}，只支持 Polygon 和 MultiPolygon`)
    }
    points = reader.points
    if (points > MAX_MAP_POINTS)
      return problem(`全图坐标点超过 ${MAX_MAP_POINTS.toLocaleString('zh-CN')} 个，请先简化边界`)
    if (!polygons) return problem('coordinates 不是有效的多边形坐标（[[[经度, 纬度], …]]）')
    const area = byName.get(name)
    if (area) area.polygons.push(...polygons)
    else byName.set(name, { name, polygons })
  })
  if (problems.length) fail(`${fileName} 有 ${problems.length} 个区域无法使用，地图未导入`, problems)
  return { fileName: shorten(fileName, 255), areas: [...byName.values()] }
}

/** The map as GeoJSON for ECharts' registerMap: only names and outlines. */
export function districtMapGeoJson(map: DistrictMap): {
  type: 'FeatureCollection'
  features: {
    type: 'Feature'
    properties: { name: string }
    geometry: { type: 'MultiPolygon'; coordinates: PolygonRings[] }
  }[]
} {
  return {
    type: 'FeatureCollection',
    features: map.areas.map((a) => ({
      type: 'Feature',
      properties: { name: a.name },
      geometry: { type: 'MultiPolygon', coordinates: a.polygons },
    })),
  }
}

/** The stored form (IndexedDB, backups) is the map itself; reading it back checks it again. */
export function storedDistrictMap(value: unknown): DistrictMap {
  if (!isRecord(value) || typeof value.fileName !== 'string' || !Array.isArray(value.areas)) {
    throw new DistrictMapError('保存的地区地图已损坏，请重新导入', [])
  }
  const features = value.areas.map((a: unknown) => ({
    type: 'Feature',
    properties: { name: isRecord(a) ? a.name : undefined },
    geometry: { type: 'MultiPolygon', coordinates: isRecord(a) ? a.polygons : undefined },
  }))
  return parseDistrictMap({ type: 'FeatureCollection', features }, value.fileName)
}
