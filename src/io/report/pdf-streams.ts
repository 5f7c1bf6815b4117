/**
 * A look at a PDF's raw bytes before PDF.js opens it. PDF.js decodes a stream whole into memory
 * and has no limit of its own, so a decompression bomb (a few hundred KB that inflate to GBs)
 * would take the import worker down. Every stream is decoded here first, as the docx reader
 * inflates a ZIP's entries, counting bytes and stopping at the budget: FlateDecode (through
 * ASCII85/ASCIIHex wrappers and nested Flate layers), LZWDecode and RunLengthDecode, the filters
 * that expand. Image codecs are not decoded (PDF.js is told never to decode images). The same
 * pass notes whether the file holds images (to tell a scan from an empty PDF).
 */

import { inflateCapped, type Inflated } from './inflate'

/** All streams of a PDF may decode to this many bytes together (real reports: a few MB). */
export const MAX_DECODED_BYTES = 100 * 1024 * 1024

export class DecodeBudgetExceeded extends Error {}

export interface PdfBytesSummary {
  /** It holds image XObjects (pages of a scan are images). */
  images: boolean
  /** Bytes all its (unencrypted) streams decode to. */
  decoded: number
}

const latin1 = (bytes: Uint8Array, from: number, to: number) => {
  let s = ''
  for (let i = from; i < to; i++) s += String.fromCharCode(bytes[i])
  return s
}

function indexOf(bytes: Uint8Array, needle: string, from: number): number {
  const first = needle.charCodeAt(0)
  outer: for (let i = bytes.indexOf(first, from); i >= 0; i = bytes.indexOf(first, i + 1)) {
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle.charCodeAt(k)) continue outer
    return i
  }
  return -1
}

/** Offset of "%PDF-" within the first KB (some files carry junk before it), or -1. */
export function pdfHeaderAt(bytes: Uint8Array): number {
  const at = indexOf(bytes.subarray(0, 1024), '%PDF-', 0)
  return at
}

interface StreamHead {
  dict: string
  /** First byte of the stream data. */
  start: number
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00

/** The dictionary before a "stream" keyword at `at`, or undefined when there is none (the word inside text). */
function streamHead(bytes: Uint8Array, at: number): StreamHead | undefined {
  let p = at + 'stream'.length
  if (bytes[p] === 0x0d && bytes[p + 1] === 0x0a) p += 2
  else if (bytes[p] === 0x0a || bytes[p] === 0x0d) p += 1
  else return undefined
  let end = at - 1
  while (end > 0 && isSpace(bytes[end])) end--
  if (bytes[end] !== 0x3e || bytes[end - 1] !== 0x3e) return undefined
  // Back to the matching "<<" (dictionaries nest: /DecodeParms << … >>).
  let depth = 0
  for (let i = end; i > 0 && end - i < 64 * 1024; i--) {
    if (bytes[i] === 0x3e && bytes[i - 1] === 0x3e) {
      depth++
      i--
    } else if (bytes[i] === 0x3c && bytes[i - 1] === 0x3c) {
      depth--
      i--
      if (depth === 0) return { dict: latin1(bytes, i - 1, end + 1), start: p }
    }
  }
  return undefined
}

function filtersOf(dict: string): string[] {
  const m = /\/(?:Filter|F)\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict)
  if (!m) return []
  return [...m[1].matchAll(/\/([A-Za-z0-9]+)/g)].map((f) => f[1])
}

function dataEnd(bytes: Uint8Array, head: StreamHead): number {
  const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(head.dict)
  if (length) {
    const end = head.start + Number(length[1])
    if (end <= bytes.length) return end
  }
  const endstream = indexOf(bytes, 'endstream', head.start)
  return endstream < 0 ? bytes.length : endstream
}

interface NodeZlib {
  inflateSync: (data: Uint8Array, options: { maxOutputLength: number; finishFlush: number }) => Uint8Array
  constants: { Z_SYNC_FLUSH: number }
}

const nodeZlib = (
  globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
).process?.getBuiltinModule?.('zlib') as NodeZlib | undefined

/** Inflate a zlib stream, collecting at most `limit` bytes (more throws DecodeBudgetExceeded). */
async function inflate(data: Uint8Array, limit: number, keep: boolean): Promise<Inflated> {
  // Node: zlib in one synchronous call (its DecompressionStream costs ~0.5 ms a stream, and a
  // Chromium-printed PDF has hundreds). A truncated stream gives what it has.
  if (nodeZlib) {
    try {
      const bytes = nodeZlib.inflateSync(data, {
        maxOutputLength: limit + 1,
        finishFlush: nodeZlib.constants.Z_SYNC_FLUSH,
      })
      if (bytes.length > limit) throw new DecodeBudgetExceeded()
      return { size: bytes.length, bytes }
    } catch (e) {
      if (e instanceof DecodeBudgetExceeded || (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
        throw new DecodeBudgetExceeded()
      return { size: 0 } // not Flate data after all, or damaged: PDF.js reports real damage
    }
  }
  const r = await inflateCapped(data, 'deflate', limit, keep)
  if (r.size > limit) throw new DecodeBudgetExceeded()
  return r
}

/** LZW as PDF writes it (early change): decoded length, and the bytes when asked. */
function lzw(data: Uint8Array, limit: number, keep: boolean): Inflated {
  const table: Uint8Array[] = []
  const reset = () => {
    table.length = 0
    for (let i = 0; i < 256; i++) table.push(Uint8Array.of(i))
    table.push(new Uint8Array(0), new Uint8Array(0)) // 256 clear, 257 end
  }
  reset()
  const out: Uint8Array[] = []
  let size = 0
  let bits = 9
  let buffer = 0
  let held = 0
  let previous: Uint8Array | undefined
  for (const byte of data) {
    buffer = (buffer << 8) | byte
    held += 8
    while (held >= bits) {
      const code = (buffer >> (held - bits)) & ((1 << bits) - 1)
      held -= bits
      buffer &= (1 << held) - 1
      if (code === 256) {
        reset()
        bits = 9
        previous = undefined
        continue
      }
      if (code === 257) return keep ? { size, bytes: joinChunks(out, size) } : { size }
      let entry = table[code]
      if (!entry && previous) entry = concatByte(previous, previous[0])
      if (!entry) return keep ? { size, bytes: joinChunks(out, size) } : { size }
      if (previous && table.length < 4096) table.push(concatByte(previous, entry[0]))
      previous = entry
      size += entry.length
      if (size > limit) throw new DecodeBudgetExceeded()
      if (keep) out.push(entry)
      if (table.length + 1 >= 1 << bits && bits < 12) bits++
    }
  }
  return keep ? { size, bytes: joinChunks(out, size) } : { size }
}

function concatByte(a: Uint8Array, b: number): Uint8Array {
  const c = new Uint8Array(a.length + 1)
  c.set(a)
  c[a.length] = b
  return c
}

function joinChunks(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}

function runLength(data: Uint8Array, limit: number): Uint8Array {
  const out: number[] = []
  for (let i = 0; i < data.length;) {
    const n = data[i++]
    if (n === 128) break
    if (n < 128) {
      for (let k = 0; k <= n && i < data.length; k++) out.push(data[i++])
    } else {
      const b = data[i++]
      for (let k = 0; k < 257 - n; k++) out.push(b)
    }
    if (out.length > limit) throw new DecodeBudgetExceeded()
  }
  return Uint8Array.from(out)
}

function asciiHex(data: Uint8Array): Uint8Array {
  const digits = latin1(data, 0, data.length)
    .replace(/>.*$/s, '')
    .replace(/[^0-9A-Fa-f]/g, '')
  const out = new Uint8Array(Math.ceil(digits.length / 2))
  for (let i = 0; i < out.length; i++) out[i] = parseInt((digits.slice(2 * i, 2 * i + 2) + '0').slice(0, 2), 16)
  return out
}

function ascii85(data: Uint8Array): Uint8Array {
  const text = latin1(data, 0, data.length).replace(/~>.*$/s, '').replace(/\s+/g, '').replace(/^<~/, '')
  const out: number[] = []
  let group: number[] = []
  const flush = (n: number) => {
    while (group.length < 5) group.push(84)
    let v = 0
    for (const d of group) v = v * 85 + d
    for (let k = 0; k < n - 1; k++) out.push((v >>> (24 - 8 * k)) & 0xff)
    group = []
  }
  for (const ch of text) {
    if (ch === 'z' && group.length === 0) {
      out.push(0, 0, 0, 0)
      continue
    }
    const d = ch.charCodeAt(0) - 33
    if (d < 0 || d > 84) continue
    group.push(d)
    if (group.length === 5) flush(5)
  }
  if (group.length > 0) flush(group.length)
  return Uint8Array.from(out)
}

/** Bytes one stream decodes to through its filters (nested Flate layers too); throws past `limit`. */
async function decodedSize(data: Uint8Array, filters: readonly string[], limit: number): Promise<number> {
  let bytes = data
  for (let i = 0; i < filters.length; i++) {
    const last = i === filters.length - 1
    const f = filters[i]
    if (f === 'FlateDecode' || f === 'Fl') {
      // A last Flate layer whose output is itself zlib data is decoded again (a nested bomb).
      const r = await inflate(bytes, limit, true)
      bytes = r.bytes ?? new Uint8Array(0)
      if (last && !(bytes[0] === 0x78 && (bytes[0] * 256 + bytes[1]) % 31 === 0)) return r.size
      if (last) return Math.max(r.size, await decodedSize(bytes, ['FlateDecode'], limit))
    } else if (f === 'LZWDecode' || f === 'LZW') {
      const r = lzw(bytes, limit, !last)
      if (last) return r.size
      bytes = r.bytes ?? new Uint8Array(0)
    } else if (f === 'RunLengthDecode' || f === 'RL') bytes = runLength(bytes, limit)
    else if (f === 'ASCIIHexDecode' || f === 'AHx') bytes = asciiHex(bytes)
    else if (f === 'ASCII85Decode' || f === 'A85') bytes = ascii85(bytes)
    else return bytes.length // an image codec or a crypt filter: not decoded
  }
  return bytes.length
}

/**
 * Decode every stream (within the budget) and look for images. Throws DecodeBudgetExceeded when
 * the streams together would decode to more than MAX_DECODED_BYTES.
 */
export async function inspectPdfBytes(bytes: Uint8Array, budget = MAX_DECODED_BYTES): Promise<PdfBytesSummary> {
  let decoded = 0
  let images = false
  for (let at = indexOf(bytes, 'stream', 0); at >= 0; at = indexOf(bytes, 'stream', at + 6)) {
    if (bytes[at - 1] === 0x64 /* "endstream" */) continue
    const head = streamHead(bytes, at)
    if (!head) continue
    if (/\/Subtype\s*\/Image\b/.test(head.dict)) images = true
    const end = dataEnd(bytes, head)
    const filters = filtersOf(head.dict)
    decoded +=
      filters.length === 0
        ? end - head.start
        : await decodedSize(bytes.subarray(head.start, end), filters, budget - decoded)
    if (decoded > budget) throw new DecodeBudgetExceeded()
    at = Math.max(at, end - 6)
  }
  return { images, decoded }
}
