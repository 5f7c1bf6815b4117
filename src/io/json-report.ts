/**
 * The fast way from a parsed JSON report to a Report: one walk along the format's keys in
 * canonical order (formatShape in domain/report.ts, which stored records use too), copying each value into
 * a new report as it goes — no flat key paths, no map of cells, no path lookups, no second copy.
 * A 20,000-report file spends its time here.
 *
 * Only a report that needs no message takes this way: every key one of its format's, every
 * value readable. Anything else returns undefined and validateReportJson (validate.ts) reads
 * the report instead, wording every problem. So there is one set of rules and messages; this
 * is a shortcut for the reports that satisfy them, and builds exactly what validateReportJson
 * would (tested side by side in json-report.test.ts).
 */
import type { CellDef } from '../domain/cells'
import type { InputProblem } from '../domain/errors'
import type { CellKind } from '../domain/model'
import { formatShape, type ShapeNode } from '../domain/report'
import type { Report } from '../domain/types'
import { jsonIdentity, jsonNarrative, jsonSections, textValue, TOP_KEYS, validateIdentity } from '../domain/validate'
import { parseCellText } from '../domain/values'

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)
const MAX_CELL = Number.MAX_SAFE_INTEGER
const NOTHING: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>

/** A table or row copied in canonical order (absent cells blank); undefined when anything would need a message. */
function copy(
  nodes: readonly ShapeNode[],
  value: Record<string, unknown>,
  numeric: readonly CellDef[],
): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {}
  let found = 0
  for (const node of nodes) {
    const key = node.key
    const v = value[key]
    if (v !== undefined) found++
    if (node.children) {
      if (v === undefined) out[key] = copy(node.children, NOTHING, numeric)
      else {
        const row = isRecord(v) ? copy(node.children, v, numeric) : undefined
        if (!row) return undefined
        out[key] = row
      }
      continue
    }
    if (v !== null && typeof v === 'object') return undefined
    if (node.text !== undefined) {
      const t = textValue(v)
      if (t !== null) out[key] = t
      continue
    }
    // Whole non-negative numbers, nearly every cell, need no parsing; -0 becomes 0 as in parseCellText.
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_CELL) out[key] = v + 0
    else if (v === undefined || v === null) out[key] = null
    else {
      if (typeof v !== 'string' && typeof v !== 'number') return undefined
      const parsed = parseCellText(v, numeric[node.slot!].kind as CellKind)
      if (!parsed.ok) return undefined
      out[key] = parsed.value
    }
  }
  // Every key written must be one of the format's (a key found up the prototype chain is not written: it fails this too).
  return Object.keys(value).length === found ? out : undefined
}

/** The report, when it reads without a single problem; else undefined (ask validateReportJson). */
export function plainJsonReport(raw: unknown): Report | undefined {
  if (!isRecord(raw)) return undefined
  for (const key of Object.keys(raw)) if (!TOP_KEYS.has(key)) return undefined
  const problems: InputProblem[] = []
  const id = validateIdentity(jsonIdentity(raw), problems)
  const narrative = jsonNarrative(raw, problems)
  const sections = jsonSections(raw, problems)
  if (problems.length > 0 || id.office === null || id.year === null || id.officeKind === null || id.template === null)
    return undefined
  // Identity as emptyReport writes it, then the tables.
  const report: Record<string, unknown> = {
    office: id.office,
    region: id.region,
    officeKind: id.officeKind,
    year: id.year,
    template: id.template,
    publishedAt: id.publishedAt,
  }
  const shape = formatShape(id.template)
  for (const table of shape.parts) {
    const v = Object.prototype.hasOwnProperty.call(raw, table.key) ? raw[table.key] : undefined
    const copied =
      v === undefined || v === null
        ? copy(table.children!, NOTHING, shape.numeric)
        : isRecord(v)
          ? copy(table.children!, v, shape.numeric)
          : undefined
    if (!copied) return undefined
    report[table.key] = copied
  }
  if (narrative) report.narrative = narrative
  if (sections) report.sections = sections
  return report as unknown as Report
}
