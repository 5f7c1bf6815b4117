/**
 * Loading the data a hosted board ships: data/manifest.json lists files (any importable format)
 * beside index.html. Loaded on first open and again whenever the manifest changes.
 */
import { getDb } from '../db/instance'
import { applyPublished, publishedHash, type PublishedFile } from '../db/published'
import { readFilesInWorker } from '../workers/importClient'
import { sha256Hex } from '../browser/sha256'

export interface Manifest {
  files: string[]
}

export function parseManifest(value: unknown): Manifest {
  const files = Array.isArray(value)
    ? value
    : value && typeof value === 'object'
      ? (value as { files?: unknown }).files
      : undefined
  if (
    !Array.isArray(files) ||
    files.some((f) => typeof f !== 'string' || !f || f.includes('..') || /^[a-z]+:/i.test(f) || f.startsWith('/'))
  ) {
    throw new Error('data/manifest.json 格式不对：应为 {"files": ["文件名", …]}，文件名须是 data/ 下的相对路径')
  }
  return { files: files as string[] }
}

/** Returns a message for the user when something was loaded or failed; null when nothing to do. */
export async function syncPublishedData(): Promise<string | null> {
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
  const hash = await sha256Hex(text)
  const db = getDb()
  const previous = await publishedHash(db)
  if (previous === hash) return null
  const manifest = parseManifest(JSON.parse(text))
  // The build ships an empty manifest (so a board without published data makes no failing request).
  if (manifest.files.length === 0 && previous === null) return null
  const inputs = await Promise.all(
    manifest.files.map(async (name) => {
      const r = await fetch(`data/${name.split('/').map(encodeURIComponent).join('/')}`, { cache: 'no-cache' })
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
  const { added } = await applyPublished(db, hash, files)
  return `已加载发布数据 ${added} 份报告`
}
