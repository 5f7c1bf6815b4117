/**
 * One printed cell → its value, through parseCellText. Amounts carry units: "73802895.90元" is
 * 7380.28959 万元 (shifted as a decimal string, so no float error creeps in), "12.5万元" stays.
 */
import type { CellKind } from '../../domain/model'
import { parseCellText } from '../../domain/values'
import type { NestedMessage } from '../../i18n/format'
import { asNested, said, type Said } from '../../i18n/said'

const invalid = (s: Said): CellReading => ({ value: null, problem: s.message, why: asNested(s) })
import { memoize } from './memo'
import { foldCell, isPlainDigits, type Token } from './tokens'

export interface CellReading {
  value: number | null
  /** The amount as printed, when it carried a unit. */
  printed?: string
  /** Why the printed text is not a valid value for the cell, in Chinese… */
  problem?: string
  /** …and as the message it was made from (i18n/readers.ts). */
  why?: NestedMessage
}

const UNIT = /^(.*?)(亿元|万元|元|件|个|项|次|宗|人次|人)$/
/** Powers of ten to move the decimal point from the unit to 万元. */
const TO_WAN: Record<string, number> = { 元: -4, 万元: 0, 亿元: 4 }

/** Move the decimal point of a plain decimal string ("-1,234.5") by `places`. */
export function shiftDecimal(text: string, places: number): number {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(text.replace(/,/g, ''))
  if (!m) return Number.NaN
  const [, sign, int, frac = ''] = m
  const digits = int + frac
  let point = int.length + places
  let padded = digits
  if (point <= 0) {
    padded = '0'.repeat(1 - point) + digits
    point = 1
  } else if (point > digits.length) {
    padded = digits + '0'.repeat(point - digits.length)
  }
  return Number(`${sign}${padded.slice(0, point) || '0'}.${padded.slice(point) || '0'}`)
}

const BLANK: CellReading = { value: null }
/**
 * One memo per kind and header unit, keyed by the cell text alone: token texts are shared
 * strings (tokens.ts remembers each cell's classification), so no key is built per lookup.
 */
const readers = new Map<string, (text: string) => CellReading>()

function readerFor(kind: CellKind, unit: string | undefined): (text: string) => CellReading {
  const key = unit ? `${kind}\u0001${unit}` : kind
  let reader = readers.get(key)
  if (!reader) readers.set(key, (reader = memoize(20_000, (text: string) => readText(text, kind, unit))))
  return reader
}

export function readCell(token: Token | undefined, kind: CellKind, headerUnit?: string): CellReading {
  if (!token || token.kind === 'blank') return BLANK
  // A count printed as plain digits (at most 15: exact as a number) is that number; amounts may need a unit shift.
  if (kind !== 'amount' && isPlainDigits(token.text)) return { value: Number(token.text) }
  return token.text.length <= 40
    ? readerFor(kind, headerUnit || undefined)(token.text)
    : readText(token.text, kind, headerUnit)
}

function readText(text: string, kind: CellKind, headerUnit?: string): CellReading {
  const folded = foldCell(text).replace(/^[−－]/, '-')
  const unitMatch = UNIT.exec(folded)
  const number = unitMatch ? unitMatch[1] : folded
  const unit = unitMatch?.[2]
  const parsed = parseCellText(number, kind)
  if (!parsed.ok) return { value: null, problem: parsed.reason, why: { id: parsed.reasonId, params: parsed.params } }
  if (kind !== 'amount') {
    if (unit && unit.endsWith('元')) return invalid(said('value.amountNotCount', { text }))
    return { value: parsed.value }
  }
  const effective = unit ?? headerUnit
  const places = effective ? TO_WAN[effective] : 0
  if (places === undefined) return invalid(said('value.notAmountUnit', { text }))
  const value = parsed.value === null || places === 0 ? parsed.value : shiftDecimal(number, places)
  if (!unit && !(headerUnit && places !== 0)) return { value }
  return { value, printed: unit ? text : `${text}${effective}` }
}
