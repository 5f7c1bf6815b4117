/**
 * Reading one cell's text as a number, the way Chinese reports and Excel sheets write them:
 * full-width digits, spaces, thousands separators; "-", "—", "/" and empty mean blank.
 */
import type { CellKind } from './model'
import type { MessageParams } from '../i18n/format'
import type { MessageKey } from '../i18n/messages'
import { said } from '../i18n/said'

/** `reason` in Chinese, made from `reasonId` and `params` (i18n/readers.ts), like a not-assessable entry's. */
export type ParsedValue =
  { ok: true; value: number | null } | { ok: false; reason: string; reasonId: MessageKey; params?: MessageParams }

/** A value that is not valid, and why. */
function invalid(
  id: 'value.notNumber' | 'value.outOfRange' | 'value.negativeAmount' | 'value.fraction' | 'value.negativeCount',
  raw: string,
): ParsedValue {
  const s = said(id, { text: truncate(raw) })
  return { ok: false, reason: s.message, reasonId: s.messageId, params: s.params }
}

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
  if (!NUMBER.test(t)) return invalid('value.notNumber', raw)
  return checkNumber(Number(t.replace(/,/g, '')), kind, raw)
}

function checkNumber(n: number, kind: CellKind, raw: string): ParsedValue {
  // Digits past ~309 places read as Infinity: too large, like any number past MAX_CELL.
  if (!Number.isFinite(n)) return invalid(Number.isNaN(n) ? 'value.notNumber' : 'value.outOfRange', raw)
  if (Math.abs(n) > MAX_CELL) return invalid('value.outOfRange', raw)
  if (n === 0) n = 0 // "-0" is 0, not a negative zero that compares and prints oddly
  if (kind === 'amount') {
    if (n < 0) return invalid('value.negativeAmount', raw)
    return { ok: true, value: n }
  }
  if (!Number.isInteger(n)) return invalid('value.fraction', raw)
  if (kind === 'count' && n < 0) return invalid('value.negativeCount', raw)
  return { ok: true, value: n }
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s
}
