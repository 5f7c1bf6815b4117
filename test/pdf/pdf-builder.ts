/**
 * A small PDF writer for tests: numbered objects, streams (optionally Flate-compressed), a
 * classic xref table, and the standard security handler (RC4, revision 2) for encrypted files.
 * Text uses the non-embedded CID font STSong-Light with the predefined CMap UniGB-UCS2-H, as
 * older WPS and Acrobat-made Chinese PDFs do: PDF.js can read its text only with its CMaps.
 */
import { createHash } from 'node:crypto'
import { deflateSync } from 'node:zlib'
import { concat } from '../hostile/make'

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff)

function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const s = Array.from({ length: 256 }, (_, i) => i)
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 0xff
    ;[s[i], s[j]] = [s[j], s[i]]
  }
  const out = new Uint8Array(data.length)
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff
    j = (j + s[i]) & 0xff
    ;[s[i], s[j]] = [s[j], s[i]]
    out[k] = data[k] ^ s[(s[i] + s[j]) & 0xff]
  }
  return out
}

const md5 = (...parts: Uint8Array[]) => new Uint8Array(createHash('md5').update(concat(parts)).digest())

const PAD = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00,
  0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
])
const padded = (password: string) => concat([latin1(password), PAD]).subarray(0, 32)
const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')

interface Encryption {
  key: Uint8Array
  dict: string
}

/** RC4 40-bit (revision 2): a user password to open, an owner password for the rest (PDF 1.7 §7.6.3). */
function standardSecurity(user: string, owner: string, id: Uint8Array): Encryption {
  const permissions = -64 // printing and copying refused, as "protected" report PDFs are
  const o = rc4(md5(padded(owner)).subarray(0, 5), padded(user))
  const p = new Uint8Array(4)
  new DataView(p.buffer).setInt32(0, permissions, true)
  const key = md5(padded(user), o, p, id).subarray(0, 5)
  const u = rc4(key, PAD)
  return { key, dict: `<< /Filter /Standard /V 1 /R 2 /O <${hex(o)}> /U <${hex(u)}> /P ${permissions} >>` }
}

function objectKey(key: Uint8Array, num: number): Uint8Array {
  const extra = Uint8Array.of(num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, 0, 0)
  return md5(key, extra).subarray(0, Math.min(16, key.length + 5))
}

export interface StreamOptions {
  /** Flate-compress the data (default true). */
  compress?: boolean
  /** Dictionary entries besides /Length and /Filter. */
  dict?: string
}

export class PdfBuilder {
  private readonly bodies: { dict: string; stream?: Uint8Array }[] = []

  /** Reserve an object number now, fill it later with set(). */
  reserve(): number {
    this.bodies.push({ dict: 'null' })
    return this.bodies.length
  }

  set(num: number, dict: string, stream?: Uint8Array): void {
    this.bodies[num - 1] = { dict, stream }
  }

  add(dict: string): number {
    this.bodies.push({ dict })
    return this.bodies.length
  }

  addStream(data: Uint8Array | string, options: StreamOptions = {}): number {
    const raw = typeof data === 'string' ? latin1(data) : data
    const compress = options.compress ?? true
    const stream = compress ? new Uint8Array(deflateSync(raw)) : raw
    const dict = `<< ${options.dict ?? ''}${compress ? ' /Filter /FlateDecode' : ''} /Length ${stream.length} >>`
    this.bodies.push({ dict, stream })
    return this.bodies.length
  }

  /** The file, with /Root `root`; encrypted with `password` (to open) when given. */
  build(root: number, options: { password?: string } = {}): Uint8Array {
    const id = md5(latin1(`board-test-${this.bodies.length}`))
    const enc = options.password !== undefined ? standardSecurity(options.password, 'owner-secret', id) : undefined
    const parts: Uint8Array[] = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')]
    const offsets: number[] = []
    let at = parts[0].length
    const push = (p: Uint8Array) => {
      parts.push(p)
      at += p.length
    }
    this.bodies.forEach((body, i) => {
      const num = i + 1
      offsets.push(at)
      // Encrypted: every stream and every (literal) string of the object, with the object's key.
      const key = enc ? objectKey(enc.key, num) : undefined
      const stream = key && body.stream ? rc4(key, body.stream) : body.stream
      const dict = key
        ? body.dict.replace(/\(([^()\\]*)\)/g, (_, str: string) => `<${hex(rc4(key, latin1(str)))}>`)
        : body.dict
      push(latin1(`${num} 0 obj\n${dict}\n`))
      if (stream) {
        push(latin1('stream\n'))
        push(stream)
        push(latin1('\nendstream\n'))
      }
      push(latin1('endobj\n'))
    })
    const encryptRef = enc ? this.bodies.length + 1 : undefined
    if (enc) {
      offsets.push(at)
      push(latin1(`${encryptRef} 0 obj\n${enc.dict}\nendobj\n`))
    }
    const count = offsets.length + 1
    const xref = [
      `xref\n0 ${count}\n0000000000 65535 f \n`,
      ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
    ].join('')
    const trailer = `trailer\n<< /Size ${count} /Root ${root} 0 R${enc ? ` /Encrypt ${encryptRef} 0 R` : ''} /ID [<${hex(id)}> <${hex(id)}>] >>\n`
    const xrefAt = at
    push(latin1(`${xref}${trailer}startxref\n${xrefAt}\n%%EOF\n`))
    return concat(parts)
  }
}

/** The font resource every test page uses: /F1, STSong-Light through UniGB-UCS2-H (not embedded). */
export function addChineseFont(pdf: PdfBuilder): number {
  const descriptor = pdf.add(
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  )
  // CIDs 1–95 are Adobe-GB1's half-width ASCII: half an em wide, as digits are in real reports.
  const cidFont = pdf.add(
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W [1 95 500] >>`,
  )
  return pdf.add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [${cidFont} 0 R] >>`,
  )
}

/** Text as a UCS-2 big-endian hex string, what UniGB-UCS2-H takes. */
export function ucs2(text: string): string {
  let out = '<'
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0x3f
    out += (code > 0xffff ? 0x3f : code).toString(16).padStart(4, '0')
  }
  return `${out}>`
}

/** Width of text in ems in that font: CJK one em, ASCII half. */
export function textWidth(text: string): number {
  let w = 0
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) < 0x80 ? 0.5 : 1
  return w
}

/** A document of pages, each a content stream, all with /F1 in their resources. */
export function pagesDocument(
  pdf: PdfBuilder,
  contents: readonly string[],
  options: { width?: number; height?: number; extraResources?: string } = {},
): number {
  const font = addChineseFont(pdf)
  const pagesRef = pdf.reserve()
  const width = options.width ?? 595.28
  const height = options.height ?? 841.89
  const kids = contents.map((content) => {
    const stream = pdf.addStream(content)
    return pdf.add(
      `<< /Type /Page /Parent ${pagesRef} 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 ${font} 0 R >> ${options.extraResources ?? ''} >> /Contents ${stream} 0 R >>`,
    )
  })
  pdf.set(pagesRef, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`)
  return pdf.add(`<< /Type /Catalog /Pages ${pagesRef} 0 R >>`)
}
