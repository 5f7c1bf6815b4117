/**
 * Publication dates of demo reports. Article 49 of the Regulations: departments publish by
 * 31 January of the next year, a government's own report by 31 March.
 */
import type { OfficeKind } from '../domain/model'
import type { Rng } from './random'

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

function daysIn(y: number, m: number): number {
  return [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** The last on-time publication date of a report for `year`. */
export function deadlineFor(year: number, kind: OfficeKind): string {
  return kind === 'government' ? iso(year + 1, 3, 31) : iso(year + 1, 1, 31)
}

/** On time: departments in January, governments from mid-February to the end of March. */
export function onTimeDate(rng: Rng, year: number, kind: OfficeKind): string {
  const y = year + 1
  if (kind === 'department') return iso(y, 1, rng.int(6, 31))
  if (rng.chance(0.35)) return iso(y, 2, rng.int(10, daysIn(y, 2)))
  return iso(y, 3, rng.int(1, 31))
}

/** Late: departments in February–April, governments in April–June. */
export function lateDate(rng: Rng, year: number, kind: OfficeKind): string {
  const y = year + 1
  const u = rng.next()
  const first = kind === 'department' ? 2 : 4
  const m = u < 0.6 ? first : u < 0.9 ? first + 1 : first + 2
  return iso(y, m, rng.int(1, daysIn(y, m)))
}
