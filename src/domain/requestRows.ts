/**
 * The rows of table 三 as messages name them, per format: the label with its numbering as printed
 * (`三（三）不予公开 1.属于国家秘密`) and in English (`III(3) Denied – 1. State secret`), built once
 * from model.ts. The rules and the message catalogue (i18n/kinds.ts) both read these.
 */
import { REQUEST_GROUPS, requestRowsFor, type TemplateId } from './model'

/** The rows 三（一）…三（七） are printed under "三、本年度办理结果"; the model keeps only their own numbering. */
const OUTCOMES_NUMBERING = '三'

export interface RequestRowInfo {
  readonly key: string
  /** `requests.<key>`, the finding's field. */
  readonly field: string
  readonly top: string
  readonly leaf?: string
  readonly outcome: boolean
  /** Label with numbering as printed, e.g. `三（三）不予公开 1.属于国家秘密`. */
  readonly label: string
  /** The same in English, e.g. `III(3) Denied – 1. State secret`. */
  readonly en: string
  /** Numbering only, e.g. `一`, `三（七）`, `三（三）1`. */
  readonly numbering: string
  /** Numbering down to the group, e.g. `三（三）` for every row of 不予公开. */
  readonly groupNumbering: string
}

const CN_DIGITS = '一二三四五六七八九'
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']

/** 一 … 十 as a number (the formats number nothing past ten). */
function cnNumber(s: string): number {
  if (s === '十') return 10
  return CN_DIGITS.indexOf(s) + 1
}

/**
 * The format's Chinese numbering in English: a heading numeral as a Roman one (`一、` → `I.`,
 * `三` → `III`), a bracketed one as a figure (`（三）` → `(3)`); `1.` stays.
 */
export function numberingEn(zh: string): string {
  return zh
    .replace(/([一二三四五六七八九十])、/g, (_, n: string) => `${ROMAN[cnNumber(n) - 1]}.`)
    .replace(/[（(]([一二三四五六七八九十])[)）]/g, (_, n: string) => `(${cnNumber(n)})`)
    .replace(/^([一二三四五六七八九十])(?=\()/, (_, n: string) => ROMAN[cnNumber(n) - 1])
}

function describeRows(template: TemplateId): RequestRowInfo[] {
  return requestRowsFor(template).map((row) => {
    const [top, leaf] = row.key.split('.')
    const group = row.group ? REQUEST_GROUPS.find((g) => g.key === row.group) : undefined
    const inOutcomes = row.outcome || row.key === 'total'
    const prefix = inOutcomes ? OUTCOMES_NUMBERING : ''
    const own = row.numbering.replace(/[、.]$/, '')
    const groupNumbering = `${prefix}${group ? group.numbering : own}`
    let numbering = group ? `${groupNumbering}${own}` : groupNumbering
    let label: string
    let en: string
    if (!group) {
      label = `${prefix}${row.numbering}${row.zh}`
      en = `${numberingEn(`${prefix}${row.numbering}`)} ${row.en}`
    }
    // 2019 format: （六）其他处理 is a single row without sub-rows.
    else if (template === '2019' && group.key === 'otherHandling') {
      label = `${prefix}${group.numbering}${group.zh}`
      en = `${numberingEn(`${prefix}${group.numbering}`)} ${group.en}`
      numbering = groupNumbering
    } else {
      label = `${prefix}${group.numbering}${group.zh} ${row.numbering}${row.zh}`
      en = `${numberingEn(`${prefix}${group.numbering}`)} ${group.en} – ${row.numbering} ${row.en}`
    }
    return {
      key: row.key,
      field: `requests.${row.key}`,
      top,
      leaf,
      outcome: row.outcome,
      label,
      en,
      numbering,
      groupNumbering,
    }
  })
}

const ROWS: Record<TemplateId, readonly RequestRowInfo[]> = {
  '2019': describeRows('2019'),
  '2021': describeRows('2021'),
}

export function requestRowsInfo(template: TemplateId): readonly RequestRowInfo[] {
  return ROWS[template] ?? ROWS['2021']
}

export function requestRowInfo(template: TemplateId, key: string): RequestRowInfo {
  return requestRowsInfo(template).find((r) => r.key === key)!
}

/**
 * A row of table 三 as the document reader names it: `（三）不予公开·1.属于国家秘密` (no 三 prefix,
 * the group joined by a dot), or in English `(3) Denied · 1. State secret`.
 */
export function documentRowLabel(key: string, locale: 'zh' | 'en'): string {
  const row = [...requestRowsFor('2021'), ...requestRowsFor('2019')].find((r) => r.key === key)
  if (!row) return key
  const group = row.group ? REQUEST_GROUPS.find((g) => g.key === row.group) : undefined
  if (locale === 'zh')
    return group ? `${group.numbering}${group.zh}·${row.numbering}${row.zh}` : `${row.numbering}${row.zh}`
  return group
    ? `${numberingEn(group.numbering)} ${group.en} · ${row.numbering} ${row.en}`
    : `${numberingEn(row.numbering)} ${row.en}`
}
