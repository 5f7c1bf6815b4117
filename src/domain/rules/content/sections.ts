/**
 * `sections-missing`: a report read from a document must have the national format's six parts
 * (SECTIONS in model.ts), each with something under its heading. What the reader found is
 * `Report.sections`; a report without it (CSV, JSON without it) cannot be judged — not assessable,
 * never a pass. A part that says only "无" or "本年度无其他需要报告的事项" is present: saying there
 * is nothing to report is what the format asks for.
 */
import { SECTIONS } from '../../model'
import type { Report } from '../../types'
import { isRecord } from '../../objects'
import { asNested, said } from '../../../i18n/said'
import { pushFinding, pushNotAssessable, type CheckResult } from '../common'

const EXPECTED = said('finding.sections-missing.expected')
const ABSENT = said('finding.sections-missing.absentWord')
const EMPTY = said('finding.sections-missing.emptyWord')

export function checkSections(report: Report, out: CheckResult): void {
  const sections: unknown = report.sections
  if (!isRecord(sections)) {
    pushNotAssessable(out, report, 'sections-missing', said('na.sections-missing'))
    return
  }
  for (const part of SECTIONS) {
    const size = sections[part.key]
    if (typeof size === 'number' && size > 0) continue
    const absent = typeof size !== 'number'
    const actual = absent ? ABSENT : EMPTY
    pushFinding(out, report, 'sections-missing', {
      field: `sections.${part.key}`,
      expected: EXPECTED.message,
      actual: actual.message,
      valueWords: { expected: asNested(EXPECTED), actual: asNested(actual) },
      ...said(absent ? 'finding.sections-missing.absent' : 'finding.sections-missing.empty', { part: part.key }),
    })
  }
}
