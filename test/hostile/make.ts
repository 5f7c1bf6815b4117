/**
 * Makers of hostile files for the corpus (cases-*.ts): the case type, byte helpers, ZIP bombs,
 * a 50 MB CSV and a report page full of scripts, all generated at test time.
 */
import { readFileSync } from 'node:fs'
import { deflateRawSync } from 'node:zlib'
import { recordOf } from '../../src/domain/record'
import { renderReportHtml } from '../../src/io/report/render-html'
import { writeWideCsv } from '../../src/io/write'
import { fixtureReport } from '../unit/sample-reports'

export const utf8 = (s: string) => new TextEncoder().encode(s)
const FILES = new URL('./files/', import.meta.url)
export const file = (name: string) => () => new Uint8Array(readFileSync(new URL(name, FILES)))

export interface HostileCase {
  /** Stable id: test names, the report table. */
  id: string
  /** The class of input, in a few words. */
  title: string
  fileName: string
  bytes: () => Uint8Array
  /** Refused: InputError.message matches `message`; each of `problems` matches one listed problem (formatProblem). */
  reject?: { message: RegExp; problems?: RegExp[] }
  /** Read: this many reports. */
  accept?: { reports: number }
  /** Also dropped into the browser by test/e2e/hostile.spec.ts. */
  browser?: boolean
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

export function once<T>(make: () => T): () => T {
  let value: T | undefined
  return () => (value ??= make())
}

/** A deterministic byte stream (xorshift), for "random" binary that is the same on every run. */
export function pseudoRandomBytes(length: number, seed: number, from = 0, to = 255): Uint8Array {
  const out = new Uint8Array(length)
  let x = seed >>> 0 || 1
  for (let i = 0; i < length; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    out[i] = from + ((x >>> 0) % (to - from + 1))
  }
  return out
}

// A real 1×1 PNG.
export const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
)

// ---------------------------------------------------------------------------------------------
// ZIP files with deflated entries (make-docx.ts only stores), for the zip bombs.

interface DeflatedEntry {
  name: string
  /** Raw deflate stream. */
  deflated: Uint8Array
  /** Uncompressed size the archive declares (a bomb may lie). */
  declared: number
}

function zipDeflated(entries: readonly DeflatedEntry[]): Uint8Array {
  const parts: Uint8Array[] = []
  const central: Uint8Array[] = []
  let offset = 0
  for (const e of entries) {
    const name = utf8(e.name)
    const local = new DataView(new ArrayBuffer(30))
    local.setUint32(0, 0x04034b50, true)
    local.setUint16(4, 20, true)
    local.setUint16(8, 8, true) // deflate
    local.setUint32(18, e.deflated.length, true)
    local.setUint32(22, e.declared, true)
    local.setUint16(26, name.length, true)
    parts.push(new Uint8Array(local.buffer), name, e.deflated)
    const dir = new DataView(new ArrayBuffer(46))
    dir.setUint32(0, 0x02014b50, true)
    dir.setUint16(4, 20, true)
    dir.setUint16(6, 20, true)
    dir.setUint16(10, 8, true)
    dir.setUint32(20, e.deflated.length, true)
    dir.setUint32(24, e.declared, true)
    dir.setUint16(28, name.length, true)
    dir.setUint32(42, offset, true)
    central.push(new Uint8Array(dir.buffer), name)
    offset += 30 + name.length + e.deflated.length
  }
  const size = central.reduce((n, c) => n + c.length, 0)
  const end = new DataView(new ArrayBuffer(22))
  end.setUint32(0, 0x06054b50, true)
  end.setUint16(8, entries.length, true)
  end.setUint16(10, entries.length, true)
  end.setUint32(12, size, true)
  end.setUint32(16, offset, true)
  return concat([...parts, ...central, new Uint8Array(end.buffer)])
}

/** 200 MB of "<w:t>0</w:t>"-like filler deflated to a few hundred KB (made once per process). */
const BOMB_SIZE = 200 * 1024 * 1024
const bombStream = once(() => new Uint8Array(deflateRawSync(Buffer.alloc(BOMB_SIZE, 0x30), { level: 9 })))

export function bombDocx(declared: (real: number, compressed: number) => number): Uint8Array {
  const deflated = bombStream()
  const types = Buffer.from(
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  )
  return zipDeflated([
    { name: '[Content_Types].xml', deflated: new Uint8Array(deflateRawSync(types)), declared: types.length },
    { name: 'word/document.xml', deflated, declared: declared(BOMB_SIZE, deflated.length) },
  ])
}

// ---------------------------------------------------------------------------------------------
// Valid content to start from

export const ONE_DOCUMENT_XML = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`

/**
 * A valid wide CSV of at least `bytes` bytes: every cell of the 2021 format, numbers padded with
 * full-width spaces as clerks type them ("　　12"), the full names of offices — about 25,000
 * reports in 50 MB, more than a province sends in a year.
 */
export function bigCsv(bytes: number): Uint8Array {
  const sample = writeWideCsv([recordOf(fixtureReport())]).split('\r\n')
  const header = sample[0]
  // Identity columns: office, region, officeKind, year, template, publishedAt; then the cells.
  const cells = sample[1]
    .split(',')
    .slice(6)
    .map((v) => (v === '' ? '' : `\u3000\u3000${v}`))
    .join(',')
  const rows: string[] = [header]
  const bytesOf = (line: string) => new TextEncoder().encode(line).length + 2
  let size = bytesOf(header)
  for (let i = 0; size < bytes; i++) {
    const region = `第${(i % 97) + 1}县`
    const office = `某省某市${region}人力资源和社会保障局第${Math.floor(i / 5) + 1}分局`
    const row = `${office},${region},部门,${2020 + (i % 5)},2021,2025-01-20,${cells}`
    rows.push(row)
    size += bytesOf(row)
  }
  return utf8(rows.join('\r\n') + '\r\n')
}

export const BIG_CSV_BYTES = 50 * 1024 * 1024

export const SCRIPT_MARKER = 'HOSTILE_SCRIPT_MARKER'

/** A real report page with scripts, handlers and styles everywhere a crawler might keep them. */
export function reportPageWithScripts(): Uint8Array {
  const report = {
    ...fixtureReport(),
    office: '某区教育局',
    narrative: { overview: '本年度主动公开信息 120 条。', problems: '一是公开不够及时。' },
  }
  const body = renderReportHtml(report)
    .replace(
      '<h2>',
      `<script>alert("${SCRIPT_MARKER}")</script><style>body{background:url("javascript:${SCRIPT_MARKER}")}</style><h2>`,
    )
    .replace('<td class="report-value"', `<td onclick="alert('${SCRIPT_MARKER}')" class="report-value"`)
    .replace('</tbody>', `<tr><td><script>document.write("${SCRIPT_MARKER}")</script></td></tr></tbody>`)
    .replace(
      '<p>本年度',
      `<p><noscript>${SCRIPT_MARKER}</noscript><img src=x onerror="alert('${SCRIPT_MARKER}')">本年度`,
    )
  return utf8(
    `<!doctype html><html><head><meta charset="utf-8"><title>某区教育局2024年政府信息公开工作年度报告</title><script src="http://evil.example/${SCRIPT_MARKER}.js"></script></head><body>${body}<script>fetch("http://evil.example/?${SCRIPT_MARKER}")</script></body></html>`,
  )
}

export const WIDE_HEADER = 'office,region,year,requests.received.natural,requests.received.total'

export function wideCsv(rows: readonly string[], header = WIDE_HEADER): string {
  return [header, ...rows].join('\n') + '\n'
}
