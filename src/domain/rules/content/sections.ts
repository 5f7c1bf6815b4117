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
import { pushFinding, pushNotAssessable, type CheckResult } from '../common'

const partName = (s: (typeof SECTIONS)[number]) => `${s.numbering}${s.zh}`

export function checkSections(report: Report, out: CheckResult): void {
  const sections: unknown = report.sections
  if (!isRecord(sections)) {
    pushNotAssessable(
      out,
      report,
      'sections-missing',
      '报告不是从年报原文（文本、网页、Word 文件）读入的，无法判断六个部分是否齐全',
    )
    return
  }
  for (const part of SECTIONS) {
    const size = sections[part.key]
    if (typeof size === 'number' && size > 0) continue
    const absent = typeof size !== 'number'
    pushFinding(out, report, 'sections-missing', {
      field: `sections.${part.key}`,
      expected: '有内容',
      actual: absent ? '缺少' : '只有标题',
      message: absent
        ? `报告中没有“${partName(part)}”部分。年度报告应包括国家格式规定的六个部分，请补齐；确无内容的，应写明“无”。`
        : `“${partName(part)}”只有标题，没有内容。请补写该部分；确无内容的，应写明“无”。`,
    })
  }
}
