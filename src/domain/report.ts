/**
 * Building, copying and checking canonical reports. Every shape decision reads model.ts via cells.ts.
 */
import { cellsFor, getCell, setCell } from './cells'
import {
  APPLICANT_KEYS,
  DISPUTE_GROUPS,
  DISPUTE_KEYS,
  PROACTIVE_ITEMS,
  PROACTIVE_TEXT_FIELDS,
  requestRowsFor,
  type OfficeKind,
  type TemplateId,
} from './model'
import type { ApplicantRow, DisputeRow, Narrative, Report } from './types'

export interface ReportIdentity {
  office: string
  region?: string | null
  officeKind?: OfficeKind
  year: number
  template: TemplateId
  publishedAt?: string | null
}

/** An office whose name ends in 人民政府 is a government (deadline 31 March); others are departments. */
export function inferOfficeKind(office: string): OfficeKind {
  return /人民政府$/.test(office.trim()) ? 'government' : 'department'
}

// Plain loops, not Object.fromEntries: a 20,000-report import builds 600,000 of these rows.
function blankApplicantRow(): ApplicantRow {
  const row = {} as Record<string, null>
  for (const k of APPLICANT_KEYS) row[k] = null
  return row as ApplicantRow
}
function blankDisputeRow(): DisputeRow {
  const row = {} as Record<string, null>
  for (const k of DISPUTE_KEYS) row[k] = null
  return row as DisputeRow
}

/** A report of the given format with every cell blank, keys in canonical order. */
export function emptyReport(id: ReportIdentity): Report {
  const requests: Record<string, unknown> = {}
  for (const row of requestRowsFor(id.template)) {
    const [a, b] = row.key.split('.')
    if (b) {
      const group = (requests[a] ??= {}) as Record<string, unknown>
      group[b] = blankApplicantRow()
    } else {
      requests[a] = blankApplicantRow()
    }
  }
  const proactive: Report['proactive'] = {}
  for (const item of PROACTIVE_ITEMS[id.template]) {
    const fields: Record<string, null> = {}
    for (const f of item.fields) fields[f.key] = null
    proactive[item.key] = fields
  }
  const report: Report = {
    office: id.office,
    region: id.region ?? null,
    officeKind: id.officeKind ?? inferOfficeKind(id.office),
    year: id.year,
    template: id.template,
    publishedAt: id.publishedAt ?? null,
    requests: requests as Report['requests'],
    review: blankDisputeRow(),
    litigationDirect: blankDisputeRow(),
    litigationAfterReview: blankDisputeRow(),
    proactive,
  }
  return report
}

/**
 * A deep copy in canonical key order, keeping only the cells of the report's format (text cells
 * such as the printed procurement amount only when present) and the narrative when present.
 */
export function canonicalReport(report: Report): Report {
  const out = emptyReport(report)
  for (const cell of cellsFor(report.template)) {
    const v = getCell(report, cell)
    if (cell.kind === 'text') {
      if (typeof v === 'string') setCell(out, cell, v)
      continue
    }
    setCell(out, cell, typeof v === 'number' ? v : null)
  }
  const narrative = cleanNarrative(report.narrative)
  if (narrative) out.narrative = narrative
  return out
}

function cleanNarrative(n: Narrative | undefined): Narrative | undefined {
  if (!n) return undefined
  const out: Narrative = {}
  for (const k of ['overview', 'problems', 'other'] as const) {
    if (typeof n[k] === 'string' && n[k]) out[k] = n[k]
  }
  return Object.keys(out).length ? out : undefined
}

/** The (office, year) identity used as the primary key everywhere. */
export function reportKey(r: { office: string; year: number }): string {
  return `${r.office}\u0000${r.year}`
}

export function disputeGroups(report: Report): DisputeRow[] {
  return DISPUTE_GROUPS.map((g) => report[g.key])
}

/** Is the procurement text field part of this format? Used by readers to accept its column. */
export function hasTextField(template: TemplateId, item: string, key: string): boolean {
  return PROACTIVE_TEXT_FIELDS.some((f) => f.item === item && f.key === key && f.templates.includes(template))
}
