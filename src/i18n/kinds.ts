/**
 * How a message parameter of each kind reads in each language. Keys and paths name things of the
 * report model (model.ts, cells.ts, requestRows.ts), so their words come from the model's `zh`/`en`
 * labels — never written a second time here. Anything else (office names, years, text quoted
 * from a file) is shown as given.
 */
import { CELL_BY_PATH } from '../domain/cells'
import {
  APPLICANT_COLUMNS,
  DISPUTE_COLUMNS,
  DISPUTE_GROUPS,
  IDENTITY_FIELDS,
  OFFICE_KINDS,
  PROACTIVE_ITEMS,
  SECTIONS,
  type Label,
  type TemplateId,
} from '../domain/model'
import { documentRowLabel, numberingEn, requestRowsInfo } from '../domain/requestRows'
import type { Locale, MessageParam, MessageParams, NestedMessage } from './format'

export interface KindContext {
  locale: Locale
  /** The whole message's parameters (a `row` reads `template` from them). */
  params: MessageParams
  nested: (m: NestedMessage) => string
}

type Scalar = Exclude<MessageParam, readonly unknown[]>

const byKey = <T extends { key: string }>(list: readonly T[]) => new Map<string, T>(list.map((l) => [l.key, l]))
const APPLICANT = byKey(APPLICANT_COLUMNS)
const DISPUTE_COLUMN = byKey(DISPUTE_COLUMNS)
const DISPUTE_GROUP = byKey(DISPUTE_GROUPS)
const OFFICE_KIND = byKey(OFFICE_KINDS)
const IDENTITY = byKey(IDENTITY_FIELDS)
const SECTION = byKey(SECTIONS)
/** Table 二's items and fields by format: the formats name some differently (规范性文件 / 行政规范性文件). */
const fieldsOf = (template: TemplateId) =>
  PROACTIVE_ITEMS[template].flatMap((i) => i.fields as readonly (Label & { key: string })[])
const ITEM: Record<TemplateId, ReadonlyMap<string, Label>> = {
  '2019': byKey(PROACTIVE_ITEMS['2019']),
  '2021': byKey(PROACTIVE_ITEMS['2021']),
}
const FIELD: Record<TemplateId, ReadonlyMap<string, Label>> = {
  '2019': byKey([...fieldsOf('2019')].reverse()),
  '2021': byKey([...fieldsOf('2021')].reverse()),
}

/** The format a message's parameters name (default 2021), for labels that differ between formats. */
const templateOf = (params: MessageParams): TemplateId => (params.template === '2019' ? '2019' : '2021')

/** An item or field label of the message's format, else of the other format, else the key. */
function proactiveLabel(maps: Record<TemplateId, ReadonlyMap<string, Label>>, key: string, ctx: KindContext): string {
  const template = templateOf(ctx.params)
  const l = maps[template].get(key) ?? maps[template === '2019' ? '2021' : '2019'].get(key)
  return l ? l[ctx.locale] : key
}

/** English month names, January first. */
export const MONTHS = 'January February March April May June July August September October November December'.split(' ')
const TABLE_FOUR = { zh: '表四', en: 'Table IV ' } as const
const BLANK = { zh: '空白', en: 'blank' } as const

function labelIn(map: ReadonlyMap<string, Label>, key: string, locale: Locale): string {
  const l = map.get(key)
  return l ? l[locale] : key
}

/** A row of table 三 (`requests.denied.stateSecret`) or a group of table 四 (`review`), as the rules name it. */
function rowLabel(path: string, template: TemplateId, locale: Locale): string {
  const group = DISPUTE_GROUP.get(path)
  if (group) return `${TABLE_FOUR[locale]}${group[locale]}`
  const row = requestRowsInfo(template).find((r) => r.field === path)
  if (!row) return path
  return locale === 'zh' ? row.label : row.en
}

/** A cell's header (`不予公开-属于国家秘密-其他`), an identity field's name, or the path as given. */
function cellLabel(path: string, locale: Locale): string {
  const cell = CELL_BY_PATH.get(path)
  if (cell) return cell[locale]
  return labelIn(IDENTITY, path, locale)
}

/** A value as a rule quotes it: blank, text and odd numbers stay recognisable (in Chinese also a finding's `actual`, SPEC output). */
export function shownValue(v: unknown, locale: Locale): string {
  if (v === null || v === undefined) return BLANK[locale]
  if (typeof v === 'string') return `“${v.length > 20 ? `${v.slice(0, 20)}…` : v}”`
  return String(v)
}

export function renderKind(kind: string | undefined, value: Scalar, arg: string | undefined, ctx: KindContext): string {
  const { locale } = ctx
  if (value !== null && typeof value === 'object') return ctx.nested(value)
  if (kind === 'value') return shownValue(value, locale)
  if (kind === 'blank') return value === null || value === undefined ? BLANK[locale] : String(value)
  if (value === null || value === undefined) return ''
  const key = String(value)
  switch (kind) {
    case undefined:
    case 'message':
    case 'text':
      return key
    case 'column': {
      // The last label of a cell path: its applicant column, table 四 column or table 二 field.
      const cell = CELL_BY_PATH.get(key)
      return cell ? cell.labels[cell.labels.length - 1][locale] : key
    }
    case 'month':
      return locale === 'zh' ? key : (MONTHS[Number(value) - 1] ?? key)
    case 'applicant':
      return labelIn(APPLICANT, key, locale)
    case 'disputeColumn':
      return labelIn(DISPUTE_COLUMN, key, locale)
    case 'disputeGroup':
      return labelIn(DISPUTE_GROUP, key, locale)
    case 'item':
      return proactiveLabel(ITEM, key, ctx)
    case 'field':
      return proactiveLabel(FIELD, key, ctx)
    case 'officeKind':
      return labelIn(OFFICE_KIND, key, locale)
    case 'identity':
      return labelIn(IDENTITY, key, locale)
    case 'cell':
      return cellLabel(key, locale)
    case 'section': {
      const s = SECTION.get(key)
      if (!s) return key
      return locale === 'zh' ? `${s.numbering}${s.zh}` : `${numberingEn(s.numbering)} ${s.en}`
    }
    case 'row':
      return rowLabel(key, templateOf(ctx.params), locale)
    case 'docRow':
      return documentRowLabel(key, locale)
    case 'plural': {
      // `{n:plural:cell|cells}`: English only; Chinese has no plural.
      const [one, many = `${one}s`] = (arg ?? '').split('|')
      return `${key} ${value === 1 ? one : many}`
    }
    default:
      return key
  }
}

/** The kinds a placeholder may name (the catalogue test checks every template against it). */
export const KINDS = new Set([
  'message',
  'text',
  'column',
  'month',
  'value',
  'blank',
  'applicant',
  'disputeColumn',
  'disputeGroup',
  'item',
  'field',
  'officeKind',
  'identity',
  'cell',
  'section',
  'row',
  'docRow',
  'plural',
])
