/**
 * The one validating builder every reader uses: identity fields and cell values as the file gave
 * them → a compact record, or the problems that stop it, each naming its cell. Wide and long CSV
 * pass cell text, JSON passes whatever its values are, the document reader passes the numbers it
 * placed. So the same bad value gets the same message whichever file it came in.
 *
 * Problems carry `cell` = the flat key path or identity key; the reader turns it into the header,
 * line or report position as written in its file.
 */
import type { CellDef } from './cells'
import { shorten, type InputProblem } from './errors'
import { FORMAT_2021_FIRST_YEAR, type CellKind, type TemplateId } from './model'
import { CellSlab, formatLayout, OTHER_FORMAT, TEXT_CELL, type ReportRecord } from './record'
import type { Narrative, Sections } from './types'
import { textValue, validateIdentity, type RawIdentity } from './validate'
import { MAX_CELL, parseCellText, type ParsedValue } from './values'
import { said, type Said } from '../i18n/said'

export interface BuiltRecord {
  /** Present exactly when there are no problems. */
  record?: ReportRecord
  problems: InputProblem[]
}

const DIGITS = /^\d{1,15}$/

/** Records of one file live and die together: their cells are cut from shared slabs. */
const slab = new CellSlab()

/** Is a raw value blank (null, empty, "-", "—", "/", "无" …)? */
function isBlankValue(v: unknown): boolean {
  if (v === null || v === undefined || v === '') return true
  if (typeof v !== 'string') return false
  const p = parseCellText(v, 'signed')
  return p.ok ? p.value === null : v.trim() === ''
}

/** Guess the format from which format-specific cells carry values, else from the year. */
export function inferTemplate(defs: readonly CellDef[], values: readonly unknown[], year: number | null): TemplateId {
  let only2019 = 0
  let only2021 = 0
  for (let i = 0; i < defs.length; i++) {
    const t = defs[i].templates
    if (t.length === 2 || isBlankValue(values[i])) continue
    if (t[0] === '2019') only2019++
    else only2021++
  }
  if (only2019 !== only2021) return only2019 > only2021 ? '2019' : '2021'
  return year !== null && year < FORMAT_2021_FIRST_YEAR ? '2019' : '2021'
}

type Reading = { ok: true; value: number | null } | { ok: false; reason: Said; value?: string }

const problemOf = (p: Extract<ParsedValue, { ok: false }>): Said => ({
  message: p.reason,
  messageId: p.reasonId,
  params: p.params,
})

const reading = (p: ParsedValue): Reading => (p.ok ? p : { ok: false, reason: problemOf(p) })

/** One numeric cell's value: whole numbers take the short way (nearly every cell of a real file). */
function readNumber(v: unknown, kind: CellKind): Reading {
  if (v === null || v === undefined || v === '') return { ok: true, value: null }
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 0 && v <= MAX_CELL) return { ok: true, value: v + 0 } // -0 → 0
    return reading(parseCellText(v, kind))
  }
  if (typeof v === 'string') return DIGITS.test(v) ? { ok: true, value: Number(v) } : reading(parseCellText(v, kind))
  return { ok: false, reason: said('cell.number'), value: shorten(v) }
}

/**
 * Build one record. `values[i]` belongs to `defs[i]`; the format is the identity's, else inferred
 * from which cells carry values. A cell the format does not have must be blank; text cells keep
 * their trimmed text.
 */
export function buildRecord(
  identity: RawIdentity,
  defs: readonly CellDef[],
  values: readonly unknown[],
  extras: { narrative?: Narrative; sections?: Sections } = {},
): BuiltRecord {
  const problems: InputProblem[] = []
  const id = validateIdentity(identity, problems)
  const template = id.template ?? inferTemplate(defs, values, id.year)
  const { slotOf } = formatLayout(template)
  const cells = slab.blank(template)
  let texts: Record<string, string> | undefined
  for (let i = 0; i < defs.length; i++) {
    const def = defs[i]
    const v = values[i]
    const slot = slotOf[def.index]
    if (slot === OTHER_FORMAT) {
      if (!isBlankValue(v))
        problems.push({ cell: def.path, ...said('cell.otherFormat', { template }), value: shorten(v) })
    } else if (slot === TEXT_CELL) {
      if (v !== null && v !== undefined && typeof v !== 'string' && typeof v !== 'number') {
        problems.push({ cell: def.path, ...said('cell.text'), value: shorten(v) })
        continue
      }
      const t = textValue(v)
      if (t !== null) (texts ??= {})[def.path] = t
    } else {
      const read = readNumber(v, def.kind as CellKind)
      if (!read.ok) problems.push({ cell: def.path, ...read.reason, value: read.value })
      else if (read.value !== null) cells[slot] = read.value
    }
  }
  if (problems.length > 0 || id.office === null || id.year === null || id.officeKind === null) return { problems }
  const record: ReportRecord = {
    office: id.office,
    region: id.region,
    officeKind: id.officeKind,
    year: id.year,
    template,
    publishedAt: id.publishedAt,
    cells,
  }
  if (texts) record.texts = texts
  if (extras.narrative) record.narrative = extras.narrative
  if (extras.sections) record.sections = extras.sections
  return { record, problems }
}
