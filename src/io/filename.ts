/**
 * File names built from data (office names, filters) are sanitised: no path separators, no
 * control, bidirectional or reserved characters, no leading dots, no trailing dots or spaces
 * (Windows drops them), no Windows device names (CON, NUL, COM1 … open a device, not a file),
 * bounded length with the extension kept.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]+/g
const EDGES = /^[.\s_]+|[.\s]+$/g
const DEVICE = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\s*\..*)?$/i
const MAX_LENGTH = 120
const EXTENSION = /\.[A-Za-z0-9]{1,8}$/

/** The first `n` code points (never half of a surrogate pair). */
function take(s: string, n: number): string {
  return Array.from(s).slice(0, n).join('')
}

export function safeFileName(name: string, fallback = 'export'): string {
  let cleaned = name.normalize('NFC').replace(UNSAFE, '_').replace(EDGES, '')
  if (Array.from(cleaned).length > MAX_LENGTH) {
    const ext = EXTENSION.exec(cleaned)?.[0] ?? ''
    const stem = cleaned.slice(0, cleaned.length - ext.length)
    cleaned = `${take(stem, MAX_LENGTH - ext.length).replace(EDGES, '')}${ext}`
  }
  if (cleaned === '') return fallback
  return DEVICE.test(cleaned) ? `_${cleaned}` : cleaned
}

/** A file name's extension, lower-case, without the dot ("" when it has none). */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName
  const dot = base.lastIndexOf('.')
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : ''
}
