/**
 * The nested report of SPEC §2 as a view of the compact record (record.ts): a blank one, a
 * canonical copy, and the (office, year) key used everywhere.
 */
import type { OfficeKind, TemplateId } from './model'
import { emptyRecord, recordOf, reportOf } from './record'
import type { Report } from './types'

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

/** A report of the given format with every cell blank, keys in canonical order (blanks as null, kind inferred). */
export function emptyReport(id: ReportIdentity): Report {
  return reportOf(
    emptyRecord({
      office: id.office,
      region: id.region ?? null,
      officeKind: id.officeKind ?? inferOfficeKind(id.office),
      year: id.year,
      template: id.template,
      publishedAt: id.publishedAt ?? null,
    }),
  )
}

/**
 * A deep copy in canonical key order, keeping only the cells of the report's format (text cells
 * only when present) and the narrative when present: the report as its record holds it.
 */
export function canonicalReport(report: Report): Report {
  return reportOf(recordOf(report))
}

/** The (office, year) identity used as the primary key everywhere. */
export function reportKey(r: { office: string; year: number }): string {
  return `${r.office}\u0000${r.year}`
}

/** A reportKey back as [office, year] (IndexedDB's compound key). */
export function reportKeyParts(key: string): [string, number] {
  const at = key.lastIndexOf('\u0000')
  return [key.slice(0, at), Number(key.slice(at + 1))]
}
