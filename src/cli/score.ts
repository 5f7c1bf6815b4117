/**
 * The `score` command (SPEC §3a): every office-year scored under a scheme — the built-in default,
 * or the one `--scheme FILE` names (a bad one: exit 2, naming the field).
 */
import { checkAnomalies } from '../analysis/anomalies'
import { scoreOfficeYears, type OfficeYearScore } from '../analysis/schemeScores'
import type { CheckResult } from '../domain/rules'
import { DEFAULT_SCHEME, parseScheme, type AssessmentScheme } from '../domain/scheme'
import type { ReportRecord } from '../domain/record'
import { LoadFailure, type FileSource } from './load'

/** The scheme a `score` run uses. Throws SchemeError (an InputError naming the file and field) or LoadFailure. */
export async function loadScheme(path: string | undefined, source: FileSource): Promise<AssessmentScheme> {
  if (path === undefined) return DEFAULT_SCHEME
  let bytes: Uint8Array
  try {
    bytes = await source.readFile(path)
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code
    throw new LoadFailure([`${path}: 无法读取评分方案文件（${code === 'ENOENT' ? '文件不存在' : String(error)}）`])
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new LoadFailure([`${path}: 评分方案文件应为 UTF-8 编码的 JSON`])
  }
  return parseScheme(text, path)
}

export interface ScoreOutput {
  scheme: string
  scores: OfficeYearScore[]
}

export function scoreDocument(
  scheme: AssessmentScheme,
  reports: readonly ReportRecord[],
  checked: CheckResult,
): ScoreOutput {
  const findings = [...checked.findings, ...checkAnomalies(reports)]
  return { scheme: scheme.name, scores: scoreOfficeYears(scheme, reports, findings, checked.notAssessable) }
}

/** One line for stderr: how many were scored and their mean. */
export function scoreSummary(output: ScoreOutput): string {
  const n = output.scores.length
  const mean = n ? output.scores.reduce((s, x) => s + x.score, 0) / n : 0
  return `评分方案“${output.scheme}”：${n} 个机关年度，平均 ${Math.round(mean * 100) / 100} 分`
}
