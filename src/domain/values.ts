/**
 * Reading one cell's text as a number, the way Chinese reports and Excel sheets write them:
 * full-width digits, spaces, thousands separators; "-", "—", "/" and empty mean blank.
 */
import type { CellKind } from './model'

export type ParsedValue = { ok: true; value: number | null } | { ok: false; reason: string }

const BLANKS = new Set(['', '-', '—', '——', '/', '－', '–', '／', '无', 'null', 'N/A', 'n/a'])
const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/

/** Largest integer a cell may hold: beyond it numbers lose precision in JavaScript. */
export const MAX_CELL = Number.MAX_SAFE_INTEGER

export function parseCellText(raw: string | number | null | undefined, kind: CellKind): ParsedValue {
  if (raw === null || raw === undefined) return { ok: true, value: null }
  if (typeof raw === 'number') return checkNumber(raw, kind, String(raw))
  const text = raw.normalize('NFKC').replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '')
  if (BLANKS.has(text)) return { ok: true, value: null }
  // "−" (U+2212) and full-width minus are minus signs too.
  const t = text.replace(/^[−－]/, '-')
  if (!NUMBER.test(t)) return { ok: false, reason: `“${truncate(raw)}”不是数字` }
  return checkNumber(Number(t.replace(/,/g, '')), kind, raw)
}

function checkNumber(n: number, kind: CellKind, raw: string): ParsedValue {
  // Digits past ~309 places read as Infinity: too large, like any number past MAX_CELL.
  if (!Number.isFinite(n))
    return {
      ok: false,
      reason: Number.isNaN(n) ? `“${truncate(raw)}”不是数字` : `“${truncate(raw)}”超出可精确表示的范围`,
    }
  if (Math.abs(n) > MAX_CELL) return { ok: false, reason: `“${truncate(raw)}”超出可精确表示的范围` }
  if (n === 0) n = 0 // "-0" is 0, not a negative zero that compares and prints oddly
  if (kind === 'amount') {
    if (n < 0) return { ok: false, reason: `金额“${truncate(raw)}”不能为负数` }
    return { ok: true, value: n }
  }
  if (!Number.isInteger(n)) return { ok: false, reason: `“${truncate(raw)}”不是整数` }
  if (kind === 'count' && n < 0) return { ok: false, reason: `“${truncate(raw)}”为负数，件数不能为负` }
  return { ok: true, value: n }
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s
}
