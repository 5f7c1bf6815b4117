/** outdated-template: reports for 2021 onward must use the 2021 national format. */
import { FORMAT_2021_FIRST_YEAR } from '../model'
import type { Report } from '../types'
import { pushFinding, type CheckResult } from './common'

export function checkTemplate(report: Report, out: CheckResult): void {
  if (report.year < FORMAT_2021_FIRST_YEAR || report.template !== '2019') return
  pushFinding(out, report, 'outdated-template', {
    field: 'template',
    expected: '2021',
    actual: '2019',
    cells: ['template'],
    message:
      `${report.year} 年度报告使用了 2019 年格式（国办公开办函〔2019〕60号）。` +
      `${FORMAT_2021_FIRST_YEAR} 年度起应使用国办公开办函〔2021〕30号格式，请督促该机关按新格式编制；导入时请核对“报告格式”一栏。`,
  })
}
