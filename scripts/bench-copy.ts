/**
 * `npm run bench:copy` — how long `narrative-copy` takes on 20,000 narratives of one year (the
 * size the issue names: never all 200 million pairs), and the whole of checkReports on them, as
 * JSON lines ({"metric", "value", "unit"}) like `npm run bench`. Progress on stderr.
 *
 *   npx tsx scripts/bench-copy.ts [--reports N] [--tries N]
 */
import { parseArgs } from 'node:util'
import { generateProvince } from '../src/demo/generate'
import { checkReports } from '../src/domain/rules'
import { checkNarrativeCopies } from '../src/domain/rules/content/copy'
import type { CheckResult } from '../src/domain/rules'

const { values } = parseArgs({ options: { reports: { type: 'string' }, tries: { type: 'string' } }, strict: true })
const count = Number(values.reports ?? 20_000)
const tries = Number(values.tries ?? 3)
const emit = (metric: string, value: number, unit: string) =>
  process.stdout.write(`${JSON.stringify({ metric, value: Math.round(value * 10) / 10, unit })}\n`)
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]

process.stderr.write(`generating ${count.toLocaleString('en')} reports of 2024 with narratives…\n`)
const reports = generateProvince(count, undefined, { narratives: true, years: [2024] })
const chars = reports.reduce((s, r) => s + Object.values(r.narrative ?? {}).join('').length, 0)
process.stderr.write(
  `  ${reports.length} reports, ${(chars / reports.length).toFixed(0)} characters of narrative each\n`,
)

const copyMs: number[] = []
let found = 0
for (let i = 0; i < tries; i++) {
  const out: CheckResult = { findings: [], notAssessable: [] }
  const t = performance.now()
  checkNarrativeCopies(reports, out)
  copyMs.push(performance.now() - t)
  found = out.findings.length
}
process.stderr.write(`  narrative-copy: ${found} findings; ${copyMs.map((m) => m.toFixed(0)).join(', ')} ms\n`)
emit(`checks.narrative_copy.${count / 1000}k_ms`, median(copyMs), 'ms')

const t = performance.now()
const all = checkReports(reports, { today: '2026-06-01' })
emit(`checks.all_rules.${count / 1000}k_ms`, performance.now() - t, 'ms')
process.stderr.write(`  all rules: ${all.findings.length} findings\n`)
