/**
 * Checking a report's identity fields as a file gives them (text from CSV, anything from JSON, what
 * the document reader found): office and region names, year, office kind, format, publication
 * date. The cells are checked by build.ts, which every reader calls with these.
 */
import { shorten, type InputProblem } from './errors'
import { IDENTITY_FIELDS, OFFICE_KINDS, type IdentityField, type OfficeKind, type TemplateId } from './model'
import { inferOfficeKind } from './report'
import { said } from '../i18n/said'

export const MIN_YEAR = 2008 // the Regulations took effect on 1 May 2008
export const MAX_YEAR = 2100
const MAX_NAME = 200

/** Identity fields as they arrive: strings from CSV, anything from JSON. */
/** The identity fields as a file gave them (the model's IDENTITY_FIELDS), not yet checked. */
export type RawIdentity = Partial<Record<IdentityField, unknown>>

function text(v: unknown): string | null {
  if (v === null || v === undefined) return null
  if (typeof v === 'string') {
    const t = v.replace(/^[\s\u3000\ufeff]+|[\s\u3000]+$/g, '')
    return t === '' ? null : t
  }
  if (typeof v === 'number' && Number.isFinite(v)) return String(v)
  return null
}

/** What a text cell keeps of a JSON or CSV value: the trimmed text, null when blank or not text. */
export function textValue(v: unknown): string | null {
  return text(v)
}

/** Accepts 2025-01-20, 2025/1/20, 2025.1.20, 2025年1月20日; checks the date exists. */
export function parseDate(v: unknown): { ok: true; value: string | null } | { ok: false } {
  const t = text(v)
  if (t === null) return { ok: true, value: null }
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/.exec(t.normalize('NFKC'))
  if (!m) return { ok: false }
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return { ok: false }
  return { ok: true, value: `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}` }
}

function parseOfficeKind(v: unknown, office: string): OfficeKind | 'bad' {
  const t = text(v)
  if (t === null) return inferOfficeKind(office)
  for (const k of OFFICE_KINDS) if (t === k.key || t === k.zh || t.toLowerCase() === k.en.toLowerCase()) return k.key
  if (t === '本级政府' || t === '人民政府') return 'government'
  return 'bad'
}

function parseTemplate(v: unknown): TemplateId | null | 'bad' {
  const t = text(v)
  if (t === null) return null
  const m = /^(2019|2021)(?:版|年版|格式)?$/.exec(t)
  return m ? (m[1] as TemplateId) : 'bad'
}

/**
 * Control characters (line breaks, tabs, NUL, escape) and bidirectional overrides have no place
 * in a name: they split keys, break CSV rows and can make a name display as another.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

/** A name with its control characters made visible ("\u202e"), for a message. */
function visible(name: string): string {
  return name.replace(new RegExp(CONTROL.source, 'g'), (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** What is wrong with an office or region name (too long, control characters), for every reader. */
export function nameProblem(name: string, what: 'office' | 'region'): Omit<InputProblem, 'line' | 'cell'> | undefined {
  if (name.length > MAX_NAME)
    return {
      ...(what === 'office' ? said('identity.officeTooLong', { max: MAX_NAME }) : said('identity.regionTooLong')),
      value: shorten(name),
    }
  if (CONTROL.test(name)) return { ...said('identity.control', { field: what }), value: shorten(visible(name)) }
  return undefined
}

const IDENTITY_KEYS: readonly (keyof RawIdentity)[] = IDENTITY_FIELDS.map((f) => f.key)

/** Validate identity fields; the template may be inferred by the caller from cells or year. */
export function validateIdentity(raw: RawIdentity, problems: InputProblem[], line?: number) {
  // An object, array or boolean (JSON) is not a blank: say so rather than ignore it.
  const notText = (v: unknown) => v !== null && v !== undefined && typeof v !== 'string' && typeof v !== 'number'
  for (const key of IDENTITY_KEYS) {
    if (notText(raw[key]))
      problems.push({ line, cell: key, ...said('identity.text', { field: key }), value: shorten(raw[key]) })
  }
  const office = text(raw.office)
  if (office === null) {
    if (!notText(raw.office)) problems.push({ line, cell: 'office', ...said('identity.noOffice') })
  } else {
    const bad = nameProblem(office, 'office')
    if (bad) problems.push({ line, cell: 'office', ...bad })
  }

  let year: number | null = null
  const yt = text(raw.year)
  if (yt === null) {
    if (!notText(raw.year)) problems.push({ line, cell: 'year', ...said('identity.noYear') })
  } else {
    const n = Number(yt.normalize('NFKC').replace(/年(度)?$/, ''))
    if (!Number.isInteger(n) || !/^\d{4}(年度?)?$/.test(yt.normalize('NFKC')))
      problems.push({ line, cell: 'year', ...said('identity.yearDigits'), value: shorten(yt) })
    else if (n < MIN_YEAR || n > MAX_YEAR)
      problems.push({ line, cell: 'year', ...said('identity.yearRange', { min: MIN_YEAR, max: MAX_YEAR }), value: yt })
    else year = n
  }

  const region = text(raw.region)
  const badRegion = region === null ? undefined : nameProblem(region, 'region')
  if (badRegion) problems.push({ line, cell: 'region', ...badRegion })

  const kind = office === null ? 'department' : parseOfficeKind(raw.officeKind, office)
  if (kind === 'bad')
    problems.push({ line, cell: 'officeKind', ...said('identity.officeKind'), value: shorten(raw.officeKind) })

  const template = parseTemplate(raw.template)
  if (template === 'bad')
    problems.push({ line, cell: 'template', ...said('identity.template'), value: shorten(raw.template) })

  const date = parseDate(raw.publishedAt)
  if (!date.ok)
    problems.push({
      line,
      cell: 'publishedAt',
      ...said('identity.date'),
      value: shorten(raw.publishedAt),
    })

  return {
    office,
    region,
    officeKind: kind === 'bad' ? null : kind,
    year,
    template: template === 'bad' ? null : template,
    publishedAt: date.ok ? date.value : null,
  }
}
