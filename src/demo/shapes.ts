/**
 * A year's drawn tables (tables.ts) → the report's nested shapes, in canonical key order. The
 * rows, columns and proactive items are read from the model, never hand-listed.
 */
import { APPLICANT_PARTS, PROACTIVE_ITEMS, requestRowsFor, type TemplateId } from '../domain/model'
import type { ApplicantRow, DisputeRow, Proactive, Requests } from '../domain/types'
import { OUTCOME_KEYS, type YearTables } from './tables'

const COLUMNS = APPLICANT_PARTS.length

/** The six applicant columns from `values[offset…offset+5]`, with their total. */
export function applicantRow(values: readonly number[], offset = 0): ApplicantRow {
  const natural = values[offset]
  const business = values[offset + 1]
  const research = values[offset + 2]
  const nonprofit = values[offset + 3]
  const legal = values[offset + 4]
  const otherOrg = values[offset + 5]
  return {
    natural,
    business,
    research,
    nonprofit,
    legal,
    otherOrg,
    total: natural + business + research + nonprofit + legal + otherOrg,
  }
}

export function disputeRow(parts: readonly number[]): DisputeRow {
  const [upheld, corrected, other, pending] = parts
  return { upheld, corrected, other, pending, total: upheld + corrected + other + pending }
}

/** Where a printed row's values come from: a field of YearTables, or the sum of outcome rows. */
type RowSource = 'received' | 'carriedOver' | 'carriedForward' | readonly number[]
interface RowPlan {
  top: string
  leaf?: string
  source: RowSource
}

const ALL_OUTCOMES = OUTCOME_KEYS.map((_, i) => i)

function rowPlans(template: TemplateId): RowPlan[] {
  return requestRowsFor(template).map((row) => {
    const [top, leaf] = row.key.split('.')
    let source: RowSource
    if (row.key === 'total') source = ALL_OUTCOMES
    else if (!row.outcome) source = row.key as RowSource
    else if (template === '2019' && row.key === 'otherHandling.other') {
      // The 2019 format's single （六）其他处理 row holds all three 2021 sub-rows.
      source = ALL_OUTCOMES.filter((i) => OUTCOME_KEYS[i].startsWith('otherHandling.'))
    } else source = [OUTCOME_KEYS.indexOf(row.key)]
    return { top, leaf, source }
  })
}
const ROW_PLANS: Record<TemplateId, RowPlan[]> = { '2019': rowPlans('2019'), '2021': rowPlans('2021') }

const sums = new Array<number>(COLUMNS)
function outcomeRow(t: YearTables, indexes: readonly number[]): ApplicantRow {
  if (indexes.length === 1) return applicantRow(t.outcomes, indexes[0] * COLUMNS)
  sums.fill(0)
  for (const k of indexes) for (let c = 0; c < COLUMNS; c++) sums[c] += t.outcomes[k * COLUMNS + c]
  return applicantRow(sums)
}

export function requestsFor(template: TemplateId, t: YearTables): Requests {
  const out: Record<string, ApplicantRow | Record<string, ApplicantRow>> = {}
  for (const plan of ROW_PLANS[template]) {
    const s = plan.source
    const row = typeof s === 'string' ? applicantRow(t[s]) : outcomeRow(t, s)
    if (plan.leaf) ((out[plan.top] ??= {}) as Record<string, ApplicantRow>)[plan.leaf] = row
    else out[plan.top] = row
  }
  return out as Requests
}

const PROACTIVE_PLANS = {
  '2019': PROACTIVE_ITEMS['2019'].map((item) => ({
    item: item.key,
    fields: item.fields.map((f) => [f.key, `${item.key}.${f.key}`] as const),
  })),
  '2021': PROACTIVE_ITEMS['2021'].map((item) => ({
    item: item.key,
    fields: item.fields.map((f) => [f.key, `${item.key}.${f.key}`] as const),
  })),
}

/** Missing values become blank (null), so a gap in this generator shows up in tests, never as a silent 0. */
export function proactiveFor(template: TemplateId, values: Record<string, number>): Proactive {
  const out: Proactive = {}
  for (const plan of PROACTIVE_PLANS[template]) {
    const fields: Record<string, number | null> = {}
    for (const [key, path] of plan.fields) fields[key] = values[path] ?? null
    out[plan.item] = fields
  }
  return out
}
