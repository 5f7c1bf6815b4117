/**
 * Test support: one district's 2024 reports and findings as the checks give them — on time, late,
 * undated, missing, with table errors and content findings. Not imported by application code.
 */
import { DEFAULT_SCHEME, type AssessmentScheme } from '../../domain/scheme'
import type { Finding, NotAssessable, Severity } from '../../domain/types'
import type { CircularInput } from './model'

const finding = (office: string, rule: string, severity: Severity, extra: Partial<Finding> = {}): Finding => ({
  rule,
  severity,
  field: 'requests.received',
  column: 'natural',
  message: `${rule} 的说明`,
  office,
  year: 2024,
  ...extra,
})

export function districtInput(scheme: AssessmentScheme = DEFAULT_SCHEME): CircularInput {
  const report = (
    office: string,
    publishedAt: string | null,
    officeKind: 'department' | 'government' = 'department',
  ) => ({
    office,
    region: '鼓楼区',
    officeKind,
    year: 2024,
    publishedAt,
  })
  const findings: Finding[] = [
    finding('鼓楼区教育局', 'balance', 'error', { message: '一+二 ≠ 三（七）+四（自然人）：12 ≠ 11' }),
    finding('鼓楼区教育局', 'balance', 'error', { column: 'total', message: '一+二 ≠ 三（七）+四（总计）：12 ≠ 11' }),
    finding('鼓楼区教育局', 'narrative-copy', 'warning', {
      field: 'narrative',
      column: undefined,
      message: '与本机关2023年报告正文相似度 92%（年份、数字、机关名称和格式套话不计）。',
    }),
    finding('鼓楼区卫生健康委员会', 'deadline', 'error', {
      field: 'publishedAt',
      column: undefined,
      message: '2025-02-10 发布，晚于 2025-01-31',
    }),
    finding('鼓楼区审计局', 'missing-report', 'error', {
      field: 'report',
      column: undefined,
      message: '缺少 2024 年度报告',
    }),
    finding('鼓楼区司法局', 'sections-missing', 'warning', {
      field: 'sections.problems',
      column: undefined,
      message: '报告中没有“五、存在的主要问题及改进情况”部分。',
    }),
    // Another year: never in the 2024 circular.
    { ...finding('鼓楼区教育局', 'balance', 'error'), year: 2023 },
  ]
  const notAssessable: NotAssessable[] = [
    { rule: 'deadline', office: '鼓楼区民政局', year: 2024, reason: '发布日期未知' },
  ]
  return {
    year: 2024,
    scopeName: '鼓楼区',
    reports: [
      report('鼓楼区教育局', '2025-01-20'),
      report('鼓楼区卫生健康委员会', '2025-02-10'),
      report('鼓楼区民政局', null),
      report('鼓楼区司法局', '2025-01-25'),
      report('鼓楼区人民政府', '2025-03-20', 'government'),
      { ...report('鼓楼区教育局', '2024-01-20'), year: 2023 },
    ],
    findings,
    notAssessable,
    scheme,
    checkDate: '2025-04-10',
    issuedOn: '2025-04-15',
    rectifyBy: '2025-05-15',
    issuer: '鼓楼区人民政府办公室',
    documentNumber: '鼓政办〔2025〕12号',
    regionOf: () => '鼓楼区',
  }
}
