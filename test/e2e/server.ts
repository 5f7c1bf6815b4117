/**
 * A tiny static server for the built app, mounted under a sub-path (like an agency's intranet
 * server at https://host/tools/board/). Extra files can be overlaid (e.g. data/manifest.json).
 */
import { createServer, type Server } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.geojson': 'application/geo+json',
}

export interface StaticServer {
  origin: string
  url: string
  overlay: Map<string, Buffer | string>
  close: () => Promise<void>
}

export async function startStaticServer(root: string, mount = '/board/'): Promise<StaticServer> {
  const base = resolve(root)
  const overlay = new Map<string, Buffer | string>()
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (!url.pathname.startsWith(mount)) {
      res.writeHead(404).end('not found')
      return
    }
    let rel = decodeURIComponent(url.pathname.slice(mount.length)) || 'index.html'
    if (rel.endsWith('/')) rel += 'index.html'
    const extra = overlay.get(rel)
    if (extra !== undefined) {
      res
        .writeHead(200, {
          'content-type': TYPES[extname(rel)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        })
        .end(extra)
      return
    }
    const file = normalize(join(base, rel))
    if (!file.startsWith(base)) {
      res.writeHead(403).end('forbidden')
      return
    }
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file')
      const body = await readFile(file)
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body)
    } catch {
      res.writeHead(404).end('not found')
    }
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const origin = `http://127.0.0.1:${port}`
  return {
    origin,
    url: `${origin}${mount}`,
    overlay,
    close: () => new Promise((done) => server.close(() => done())),
  }
}
