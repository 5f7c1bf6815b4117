/** Route locations of one view opened from another (drill-downs and links in tables). */

/** The office detail view at a year and a cell (the finding's), as far as they are given. */
export function officeLink(office: string, year?: number | null, cell?: string | null) {
  const query: Record<string, string> = {}
  if (year !== undefined && year !== null) query.year = String(year)
  if (cell) query.cell = cell
  return { name: 'office', params: { name: office }, query }
}

/**
 * The ranking of one region's offices (a region's drill-down), by a metric and at a year when given.
 * Offices are the rankings view's default level; `namedLevel` still writes `level=office`, as the
 * overview's and the comparison's drill-downs always have (their URLs stay as they were).
 */
export function regionOfficesLink(
  region: string,
  at: { metric?: string; year?: number | null; namedLevel?: boolean } = {},
) {
  const query: Record<string, string> = {}
  if (at.namedLevel) query.level = 'office'
  query.region = region
  if (at.metric) query.metric = at.metric
  if (at.year !== undefined && at.year !== null) query.year = String(at.year)
  return { name: 'rankings', query }
}

export interface ReportRef {
  office: string
  year: number
}

/** Two reports' narratives side by side (from a narrative-copy finding and the report it names). */
export function narrativesLink(a: ReportRef, b: ReportRef) {
  return { name: 'narratives', query: { a: a.office, ay: String(a.year), b: b.office, by: String(b.year) } }
}

/** The two reports a narratives link names, or null when the query does not name two. */
export function narrativesFromQuery(query: Record<string, unknown>): { a: ReportRef; b: ReportRef } | null {
  const ref = (office: unknown, year: unknown): ReportRef | null => {
    const y = Number(year)
    return typeof office === 'string' && office !== '' && Number.isInteger(y) ? { office, year: y } : null
  }
  const a = ref(query.a, query.ay)
  const b = ref(query.b, query.by)
  return a && b ? { a, b } : null
}
