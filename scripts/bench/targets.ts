/** The figures issue 7 names, their units and targets, and the closing table on stderr. */
import { emit, type Figure } from './util'

export interface Target {
  metric: string
  unit: string
  /** Absent: reported, no target. */
  target?: { op: '<=' | '>='; value: number }
  /** Only measured without --skip-100k. */
  large?: boolean
}

export const REQUIRED: readonly Target[] = [
  { metric: 'import.csv20k.seconds', unit: 's', target: { op: '<=', value: 3 } },
  { metric: 'import.csv20k.floor_seconds', unit: 's' },
  { metric: 'import.csv20k.ratio', unit: 'x', target: { op: '<=', value: 1.5 } },
  { metric: 'import.csv20k.page_floor_seconds', unit: 's' },
  { metric: 'import.csv20k.page_ratio', unit: 'x', target: { op: '<=', value: 3 } },
  { metric: 'open.20k.seconds', unit: 's', target: { op: '<=', value: 1.5 } },
  { metric: 'filter.20k.median_ms', unit: 'ms', target: { op: '<=', value: 50 } },
  { metric: 'filter.20k.p95_ms', unit: 'ms' },
  { metric: 'heap.20k.mb', unit: 'MB', target: { op: '<=', value: 250 } },
  { metric: 'import.csv100k.seconds', unit: 's', target: { op: '<=', value: 20 }, large: true },
  { metric: 'filter.100k.median_ms', unit: 'ms', target: { op: '<=', value: 100 }, large: true },
  { metric: 'bundle.initial_js_gzip_kb', unit: 'kB', target: { op: '<=', value: 250 } },
  { metric: 'bundle.total_js_gzip_kb', unit: 'kB' },
  { metric: 'cli.convert_text.reports_per_s', unit: 'reports/s', target: { op: '>=', value: 500 } },
  { metric: 'cli.convert_pdf.reports_per_s', unit: 'reports/s' },
]

/** `--scale` (issue 15): five files of 100,000 reports imported one after another. */
export const SCALE: readonly Target[] = [
  { metric: 'import.csv500k.max_file_seconds', unit: 's', target: { op: '<=', value: 12 } },
  { metric: 'open.500k.seconds', unit: 's', target: { op: '<=', value: 3 } },
  { metric: 'heap.500k.mb', unit: 'MB', target: { op: '<=', value: 500 } },
  { metric: 'filter.500k.median_ms', unit: 'ms', target: { op: '<=', value: 100 } },
]
export const SCALE_METRICS = SCALE.map((t) => t.metric)

export const UNITS: Record<string, string> = Object.fromEntries([...REQUIRED, ...SCALE].map((t) => [t.metric, t.unit]))

function verdict(value: number | null, target: Target['target']): string {
  if (value === null) return 'NOT MEASURED'
  if (!target) return ''
  const ok = target.op === '<=' ? value <= target.value : value >= target.value
  return ok ? 'ok' : 'MISSED'
}

/** Print null for every required figure nobody printed, then the table of figures vs targets. */
export function printSummary(figures: Figure[], run: { skip100k?: boolean; scale?: boolean }): void {
  const required = run.scale ? SCALE : REQUIRED
  for (const t of required) {
    if (t.large && run.skip100k) continue
    if (!figures.some((f) => f.metric === t.metric))
      emit(t.metric, null, t.unit, 'not measured: an earlier step failed')
  }
  const rows = figures.map((f) => {
    const t = required.find((r) => r.metric === f.metric)
    const target = t?.target ? `${t.target.op} ${t.target.value}` : ''
    return [
      f.metric,
      f.value === null ? '—' : String(f.value),
      f.unit,
      target,
      t ? verdict(f.value, t.target) : '',
      f.error ?? '',
    ]
  })
  const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => r[i].length)))
  const lines = rows.map((r) =>
    r
      .map((c, i) => (i < 5 ? c.padEnd(widths[i]) : c))
      .join('  ')
      .trimEnd(),
  )
  process.stderr.write(`\nfigures (machine is shared: expect noise)\n${lines.join('\n')}\n`)
}
