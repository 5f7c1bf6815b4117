/**
 * The `score` command (SPEC §3a): every office-year scored under a scheme — the built-in default,
 * or the one `--scheme FILE` names (a bad one: exit 2, naming the field).
 */
import { checkAnomalies } from '../analysis/anomalies'
import { scoreOfficeYears, type OfficeYearScore } from '../analysis/schemeScores'
import type { CheckResult } from '../domain/rules'
import { DEFAULT_SCHEME, parseScheme, type AssessmentScheme } from '../domain/scheme'
import type { ReportRecord } from '../domain/record'
import { nested } from '../i18n/said'
import { translator, type Lang } from '../i18n/translate'
import { LoadFailure, type FileSource } from './load'

/** The scheme a `score` run uses. Throws SchemeError (an InputError naming the file and field) or LoadFailure. */
export async function loadScheme(
  path: string | undefined,
  source: FileSource,
  lang: Lang = translator('zh'),
): Promise<AssessmentScheme> {
  if (path === undefined) return DEFAULT_SCHEME
  let bytes: Uint8Array
  try {
    bytes = await source.readFile(path)
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code
    const why = code === 'ENOENT' ? nested('cli.noSuchFile') : nested('text', { text: String(error) })
    throw new LoadFailure([lang.t('cli.schemeUnreadable', { file: path, why })])
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new LoadFailure([lang.t('cli.schemeNotUtf8', { file: path })])
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
export function scoreSummary(output: ScoreOutput, lang: Lang = translator('zh')): string {
  const n = output.scores.length
  const mean = n ? output.scores.reduce((s, x) => s + x.score, 0) / n : 0
  return lang.t('cli.scored', { scheme: output.scheme, count: n, mean: Math.round(mean * 100) / 100 })
}
