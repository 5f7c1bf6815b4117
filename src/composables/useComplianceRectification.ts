/**
 * The rectification list (整改清单) for one office, one region (the global region filter) or all
 * offices in the selection: one row per finding (rectificationRows), grouped by office for the
 * printable notices, and the 已整改 entries of the same scope.
 */
import { computed } from 'vue'
import { rectificationRows, type RectificationRow } from '../analysis/rectification'
import { useComplianceContext } from './useComplianceData'
import { useComplianceFixes } from './useComplianceFixes'
import { useComplianceParams } from './useComplianceParams'

export interface OfficeNotice {
  office: string
  region: string | null
  years: number[]
  rows: RectificationRow[]
}

/** Rows grouped by office, in the rows' order (region, office). */
export function noticesOf(rows: readonly RectificationRow[]): OfficeNotice[] {
  const out = new Map<string, OfficeNotice>()
  for (const r of rows) {
    let n = out.get(r.office)
    if (!n) out.set(r.office, (n = { office: r.office, region: r.region, years: [], rows: [] }))
    n.rows.push(r)
    if (r.year !== null && !n.years.includes(r.year)) n.years.push(r.year)
  }
  for (const n of out.values()) n.years.sort((a, b) => a - b)
  return [...out.values()]
}

/** 2025年1月20日 — how a notice is dated. */
export function chineseDate(d: Date): string {
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`
}

export function useComplianceRectification() {
  const ctx = useComplianceContext()
  const { params } = useComplianceParams()
  const fixes = useComplianceFixes()

  const scope = computed<{ kind: 'office' | 'region' | 'all'; name: string | null }>(() => {
    if (params.value.office) return { kind: 'office', name: params.value.office }
    const regions = ctx.filters.value.regions
    return regions.length ? { kind: 'region', name: regions.join('、') } : { kind: 'all', name: null }
  })

  const rows = computed(() => {
    const findings = params.value.anomalies
      ? [...ctx.ruleFindings.value, ...ctx.anomalyFindings.value]
      : ctx.ruleFindings.value
    return rectificationRows(findings, params.value.office ? { office: params.value.office } : {}, ctx.regionOf)
  })

  const notices = computed(() => noticesOf(rows.value))

  const fixed = computed(() =>
    fixes.value.filter(
      (e) => ctx.keep.value(e.office, e.year) && (params.value.office === null || e.office === params.value.office),
    ),
  )

  return { scope, rows, notices, fixed }
}
