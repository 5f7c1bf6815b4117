/**
 * What every record a reader returns must satisfy, whatever the file held: its nested view passes
 * the JSON reader unchanged, tables 三/四 hold only blanks or non-negative integers, and it is plain
 * data (no own "__proto__", no prototype but Object.prototype, nothing inherited from a polluted
 * Object.prototype). Used by the hostile corpus and the fuzz tests.
 */
import { cellsFor } from '../../src/domain/cells'
import { cellValue, reportOf, type ReportRecord } from '../../src/domain/record'
import { readJsonReport } from '../../src/io/json-report'

/** Problems with one returned record, as sentences (empty when it is sound). */
export function reportDefects(record: ReportRecord): string[] {
  const out: string[] = []
  const { problems } = readJsonReport(reportOf(record))
  for (const p of problems) out.push(`validate: ${p.cell ?? ''} ${p.message}`)
  for (const cell of cellsFor(record.template)) {
    if (cell.table !== 'requests' && cell.table !== 'disputes') continue
    const v = cellValue(record, cell)
    if (v === null || v === undefined) continue
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0 || Object.is(v, -0))
      out.push(`${cell.path} = ${String(v)}`)
  }
  if (!(record.cells instanceof Float64Array)) out.push('cells are not a Float64Array')
  const stack: unknown[] = [record]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node === null || typeof node !== 'object' || node === record.cells) continue
    if (Object.getPrototypeOf(node) !== Object.prototype) out.push('an object with another prototype')
    if (Object.prototype.hasOwnProperty.call(node, '__proto__')) out.push('an own "__proto__" key')
    for (const v of Object.values(node)) stack.push(v)
  }
  return out
}

const BASELINE = Object.getOwnPropertyNames(Object.prototype).sort().join(',')

/** Object.prototype as Node made it: nothing added (a polluted prototype leaks into every object). */
export function prototypeIsClean(): boolean {
  const probe: Record<string, unknown> = {}
  return (
    Object.getOwnPropertyNames(Object.prototype).sort().join(',') === BASELINE &&
    probe.polluted === undefined &&
    probe.office === undefined
  )
}
