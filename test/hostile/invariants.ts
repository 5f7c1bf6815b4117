/**
 * What every report a reader returns must satisfy, whatever the file held: it passes the model's
 * own validation unchanged, tables 三/四 hold only blanks or non-negative integers, and it is plain
 * data (no own "__proto__", no prototype but Object.prototype, nothing inherited from a polluted
 * Object.prototype). Used by the hostile corpus and the fuzz tests.
 */
import { cellsFor, getCell } from '../../src/domain/cells'
import type { Report } from '../../src/domain/types'
import { validateReportJson } from '../../src/domain/validate'

/** Problems with one returned report, as sentences (empty when it is sound). */
export function reportDefects(report: Report): string[] {
  const out: string[] = []
  const { problems } = validateReportJson(report)
  for (const p of problems) out.push(`validate: ${p.cell ?? ''} ${p.message}`)
  for (const cell of cellsFor(report.template)) {
    if (cell.table !== 'requests' && cell.table !== 'disputes') continue
    const v = getCell(report, cell)
    if (v === null || v === undefined) continue
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0 || Object.is(v, -0))
      out.push(`${cell.path} = ${String(v)}`)
  }
  const stack: unknown[] = [report]
  while (stack.length > 0) {
    const node = stack.pop()
    if (node === null || typeof node !== 'object') continue
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
