/** Route locations of one view opened from another (drill-downs and links in tables). */

/** The office detail view at a year and a cell (the finding's), as far as they are given. */
export function officeLink(office: string, year?: number | null, cell?: string | null) {
  const query: Record<string, string> = {}
  if (year !== undefined && year !== null) query.year = String(year)
  if (cell) query.cell = cell
  return { name: 'office', params: { name: office }, query }
}
