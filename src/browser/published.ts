/**
 * The data a hosted board ships: data/manifest.json beside index.html lists files (any importable
 * format) under data/. This module fetches them and reads them in the import worker; the data
 * store's syncPublished decides whether they changed and stores them (db/published.ts).
 */
import type { PublishedFile } from '../db/published'
import type { DistrictMap } from '../io/districtMap'
import { readFilesInWorker } from '../workers/importClient'
import { sha256Hex } from './sha256'

export interface Manifest {
  files: string[]
  /** The assessment scheme the board scores with (a scheme JSON file under data/). */
  scheme?: string
  /** The supervisor's district map (a GeoJSON file under data/) for the choropleth. */
  map?: string
}

/** A relative path under data/, nothing that leaves it. */
const isDataPath = (f: unknown): f is string =>
  typeof f === 'string' && f !== '' && !f.includes('..') && !/^[a-z]+:/i.test(f) && !f.startsWith('/')

/** The manifest's files (and scheme file): relative paths under data/, nothing that leaves it. */
export function parseManifest(value: unknown): Manifest {
  const object = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null
  const files = Array.isArray(value) ? value : object?.files
  if (!Array.isArray(files) || !files.every(isDataPath)) {
    throw new Error('data/manifest.json 格式不对：应为 {"files": ["文件名", …]}，文件名须是 data/ 下的相对路径')
  }
  const scheme = object?.scheme
  if (scheme !== undefined && !isDataPath(scheme)) {
    throw new Error('data/manifest.json 的 "scheme" 应为 data/ 下评分方案文件的相对路径，如 "scheme.json"')
  }
  const map = object?.map
  if (map !== undefined && !isDataPath(map)) {
    throw new Error(
      'data/manifest.json 的 "map" 应为 data/ 下地区地图（GeoJSON）文件的相对路径，如 "districts.geojson"',
    )
  }
  return { files, ...(scheme === undefined ? {} : { scheme }), ...(map === undefined ? {} : { map }) }
}

/** The URL of a file under data/: each path segment encoded (a name may hold "#", "?" or spaces). */
export function dataUrl(name: string): string {
  return `data/${name.split('/').map(encodeURIComponent).join('/')}`
}

/** The text of the published board's scheme file (data/…); parsing it is the caller's. */
export async function fetchPublishedScheme(name: string): Promise<string> {
  const r = await fetch(dataUrl(name), { cache: 'no-cache' })
  if (!r.ok) throw new Error(`发布的评分方案 data/${name} 无法读取（HTTP ${r.status}）`)
  return r.text()
}

/** The published board's district map, read and checked (no larger than MAX_MAP_BYTES). */
export async function fetchPublishedMap(name: string): Promise<DistrictMap> {
  // The map's reader loads with the map, not with every board.
  const { checkDistrictMapSize, readDistrictMapText } = await import('../io/districtMap')
  const path = `data/${name}`
  const r = await fetch(dataUrl(name), { cache: 'no-cache' })
  if (!r.ok) throw new Error(`发布的地区地图 ${path} 无法读取（HTTP ${r.status}）`)
  const length = Number(r.headers.get('content-length'))
  if (Number.isFinite(length)) checkDistrictMapSize(length, path)
  const bytes = await r.arrayBuffer()
  checkDistrictMapSize(bytes.byteLength, path)
  return readDistrictMapText(new TextDecoder().decode(bytes), path)
}

/** The manifest's text and fingerprint; null when the board has none (or the server answers with a page). */
export async function fetchManifest(): Promise<{ text: string; hash: string } | null> {
  let response: Response
  try {
    response = await fetch('data/manifest.json', { cache: 'no-cache' })
  } catch {
    return null
  }
  if (!response.ok) return null
  const text = await response.text()
  // A static server's fallback page is not a manifest.
  if (/^\s*</.test(text)) return null
  return { text, hash: await sha256Hex(text) }
}

/** Fetch the listed files and read them; any file that cannot be read fails the whole load. */
export async function readPublishedFiles(names: readonly string[]): Promise<PublishedFile[]> {
  const inputs = await Promise.all(
    names.map(async (name) => {
      const r = await fetch(dataUrl(name), { cache: 'no-cache' })
      if (!r.ok) throw new Error(`发布数据 data/${name} 无法读取（HTTP ${r.status}）`)
      return { name, bytes: await r.arrayBuffer() }
    }),
  )
  const outcomes = await readFilesInWorker(inputs).done
  const files: PublishedFile[] = []
  const failed: string[] = []
  for (const o of outcomes) {
    if (!o) continue
    if (o.ok) files.push({ name: o.name, sha256: o.sha256, size: o.size, format: o.format, records: o.records })
    else failed.push(`${o.name}：${o.error}`)
  }
  if (failed.length) throw new Error(`发布数据有文件无法读取，未加载：${failed.join('；')}`)
  return files
}

/**
 * A published file read from the server and its copy kept — or, when the server does not answer
 * (fetch rejects with a TypeError: offline, or the first visit's requests never reached the
 * service worker), the copy kept from the last read. A file the server sends that cannot be used
 * is an error, never covered up by an older copy. Failing to keep the copy costs only the offline use.
 */
export async function readPublishedOrKept<T>(
  read: () => Promise<T>,
  copy: { keep: (value: T) => Promise<void>; kept: () => Promise<T | null> },
): Promise<T> {
  let value: T
  try {
    value = await read()
  } catch (e) {
    const kept = e instanceof TypeError ? await copy.kept().catch(() => null) : null
    if (kept === null) throw e
    return kept
  }
  await copy.keep(value).catch(() => undefined)
  return value
}
