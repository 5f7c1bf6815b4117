/**
 * The rectification list (整改清单) for one office, one region (the global region filter) or all
 * offices in the selection: one row per finding (rectificationRows), grouped by office for the
 * printable notices (export/notices.ts), and the 已整改 entries of the same scope.
 */
import { computed } from 'vue'
import { rectificationRows } from '../analysis/rectification'
import { noticesOf } from '../export/notices'
import { useComplianceContext } from './useComplianceData'
import { useComplianceParams } from './useComplianceParams'
import { useI18n } from './useI18n'
import { joinList } from '../i18n/format'

export function useComplianceRectification() {
  const ctx = useComplianceContext()
  const { params } = useComplianceParams()
  const { lang } = useI18n()
  // Every fix recorded in the import history (found by the checks worker, where the reports are).
  const fixes = computed(() => ctx.data.fixes)

  const scope = computed<{ kind: 'office' | 'region' | 'all'; name: string | null }>(() => {
    if (params.value.office) return { kind: 'office', name: params.value.office }
    const regions = ctx.filters.value.regions
    return regions.length ? { kind: 'region', name: joinList(regions, lang.value.locale) } : { kind: 'all', name: null }
  })

  const rows = computed(() => {
    const findings = params.value.anomalies
      ? [...ctx.ruleFindings.value, ...ctx.anomalyFindings.value]
      : ctx.ruleFindings.value
    // In the screen's language: the list, its export and the printable notices all read these rows.
    const filter = params.value.office ? { office: params.value.office } : {}
    return rectificationRows(findings, filter, ctx.regionOf, lang.value)
  })

  const notices = computed(() => noticesOf(rows.value))

  const fixed = computed(() =>
    fixes.value.filter(
      (e) => ctx.keep.value(e.office, e.year) && (params.value.office === null || e.office === params.value.office),
    ),
  )

  return { scope, rows, notices, fixed }
}
