/** outdated-template: reports for 2021 onward must use the 2021 national format. */
import { FORMAT_2021_FIRST_YEAR } from '../model'
import type { Report } from '../types'
import { said } from '../../i18n/said'
import { pushFinding, type CheckResult } from './common'

export function checkTemplate(report: Report, out: CheckResult): void {
  if (report.year < FORMAT_2021_FIRST_YEAR || report.template !== '2019') return
  pushFinding(out, report, 'outdated-template', {
    field: 'template',
    expected: '2021',
    actual: '2019',
    cells: ['template'],
    ...said('finding.outdated-template', { year: report.year, firstYear: FORMAT_2021_FIRST_YEAR }),
  })
}
