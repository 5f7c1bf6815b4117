/**
 * Figures computed independently from the generated demo JSON (not through the app's code), so
 * the browser tests compare the app against the data, not against itself.
 */
import { readFileSync } from 'node:fs'

const distDir = process.env.DIST_DIR ?? 'dist'

export interface DemoReport {
  office: string
  region: string | null
  officeKind: string
  year: number
  template: string
  publishedAt: string | null
  requests: Record<string, Record<string, unknown>>
  [key: string]: unknown
}

export function demoReports(): DemoReport[] {
  return JSON.parse(readFileSync(`${distDir}/demo/city.json`, 'utf8')).reports
}

type OfficeYear = { office: string; year: number }

export function demoPlanted(): {
  missing: OfficeYear[]
  late: OfficeYear[]
  balanceErrors: (OfficeYear & { column: string })[]
  brokenCarryChains: (OfficeYear & { column: string })[]
  renamed: { from: string; to: string; year: number }[]
  undated: OfficeYear[]
  outdatedTemplate: OfficeYear[]
  copiedFromPrevious: (OfficeYear & { from: number })[]
  copiedFromNeighbour: (OfficeYear & { from: string })[]
  narrativeMismatches: (OfficeYear & { figure: string; stated: number; table: number })[]
  missingParts: (OfficeYear & { part: string; headingKept: boolean })[]
} {
  return JSON.parse(readFileSync(`${distDir}/demo/planted.json`, 'utf8'))
}

const total = (row: unknown) => ((row as Record<string, number | null> | undefined)?.total ?? 0) as number

export function figures(reports: DemoReport[]) {
  let received = 0
  let disclosed = 0
  let handled = 0
  for (const r of reports) {
    received += total(r.requests.received)
    disclosed += total(r.requests.granted) + total(r.requests.partiallyGranted)
    handled += total(r.requests.total)
  }
  return {
    offices: new Set(reports.map((r) => r.office)).size,
    reports: reports.length,
    received,
    disclosureRate: `${((disclosed / handled) * 100).toFixed(1)}%`,
  }
}

/** Flatten a nested report into flat key paths → values (the wide CSV columns). */
export function flatten(report: DemoReport): Map<string, unknown> {
  const out = new Map<string, unknown>()
  for (const k of ['office', 'region', 'officeKind', 'year', 'template', 'publishedAt']) out.set(k, report[k])
  const walk = (node: unknown, path: string) => {
    if (node !== null && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k)
    else out.set(path, node)
  }
  for (const k of ['requests', 'review', 'litigationDirect', 'litigationAfterReview', 'proactive']) walk(report[k], k)
  return out
}

export function toWideCsv(rows: Map<string, unknown>[]): string {
  const headers = [...rows[0].keys()]
  const cell = (v: unknown) => {
    const s = v === null || v === undefined ? '' : String(v)
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
  }
  return [headers.join(','), ...rows.map((r) => headers.map((h) => cell(r.get(h))).join(','))].join('\n') + '\n'
}

export function formatCount(n: number): string {
  return n.toLocaleString('zh-CN')
}
