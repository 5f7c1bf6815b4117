/**
 * The command line (SPEC §5) as a function of its arguments and I/O, so tests run it in-process.
 * The whole output is built in memory and written once at the end: on any error stdout stays
 * empty, stderr gets one clear message naming the file, and the exit code is 2.
 */
import { InputError } from '../domain/errors'
import { reportKey } from '../domain/report'
import { checkRecords } from '../domain/rules'
import type { Finding, NotAssessable } from '../domain/types'
import { translator, type Lang } from '../i18n/translate'
import { writeJson, writeLongCsv, writeWideCsv } from '../io/write'
import { isParquetFormat, languageOf, parseArgs, UsageError, USAGE, type CliOptions, type Command } from './args'
import { loadInputs, LoadFailure, type FileSource } from './load'
import { exportParquet, refuseBinaryOnTerminal, type ParquetOutput } from './parquet-export'
import { loadScheme, scoreDocument, scoreSummary } from './score'

export interface CliIo extends FileSource, ParquetOutput {
  stdout(data: string | Uint8Array): void
  stderr(text: string): void
}

interface CommandOutput {
  stdout: string | Uint8Array
  stderr: string[]
  code: number
}

/** Run one command; returns the exit code. Never throws. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let out: CommandOutput
  // Chinese unless `--lang en`: stderr, and the findings' messages in the JSON.
  const lang = translator(languageOf(argv))
  try {
    const parsed = parseArgs(argv)
    if (parsed.command === 'help') {
      io.stdout(USAGE)
      return 0
    }
    out = await runCommand(parsed.command, parsed.options, parsed.files, io, lang)
  } catch (error) {
    io.stderr(`${failureMessage(error, lang)}\n`)
    return 2
  }
  if (out.stderr.length > 0) io.stderr(`${out.stderr.join('\n')}\n`)
  io.stdout(out.stdout)
  return out.code
}

function failureMessage(error: unknown, lang: Lang): string {
  if (error instanceof UsageError) return `${lang.text(error)}\n\n${USAGE}`
  if (error instanceof LoadFailure) return error.messages.join('\n')
  if (error instanceof InputError) return error.describe(lang)
  const text = error instanceof Error ? error.message : String(error)
  return lang.t('cli.internal', { message: text.split('\n')[0] })
}

/**
 * A finding as the JSON output carries it (SPEC §2/§3): without the message's id and parameters,
 * its message — and expected/actual when they are words — in the language asked for.
 */
export function findingOutput(f: Finding, lang: Lang): Finding {
  const { messageId: _id, params: _params, valueWords, ...out } = f
  if (lang.locale === 'zh') return out
  out.message = lang.text(f)
  if (valueWords?.expected) out.expected = lang.nested(valueWords.expected)
  if (valueWords?.actual) out.actual = lang.nested(valueWords.actual)
  return out
}

/** A not-assessable entry as the JSON output carries it: its reason in the language asked for. */
export function notAssessableOutput(n: NotAssessable, lang: Lang): NotAssessable {
  const { reasonId: _id, params: _params, ...out } = n
  return lang.locale === 'zh' ? out : { ...out, reason: lang.reason(n) }
}

async function runCommand(
  command: Command,
  options: CliOptions,
  files: readonly string[],
  io: CliIo,
  lang: Lang,
): Promise<CommandOutput> {
  const { office, region, year } = options
  const parquet = command === 'export' && isParquetFormat(options.format)
  if (parquet) refuseBinaryOnTerminal(options, io)
  // The scheme first: a bad scheme file is refused before any report is read.
  const scheme = command === 'score' ? await loadScheme(options.scheme, io, lang) : undefined
  const input = await loadInputs(files, { office, region, year }, io, lang)
  const { records } = input
  const stderr = [...input.notes]

  // Parquet and CSV carry no findings: only the other outputs run the rules.
  if (parquet) return exportParquet(records, options, io, stderr, lang)
  if (command === 'export' && options.format !== 'json') {
    if (records.some((r) => r.narrative)) stderr.push(lang.t('cli.csvNoNarrative'))
    const csvOptions = { headers: options.headers ?? 'keys', bom: options.bom ?? false }
    const text = options.format === 'long-csv' ? writeLongCsv(records, csvOptions) : writeWideCsv(records, csvOptions)
    const stdout = options.encoding === 'gb18030' ? await encodeGb18030(text) : text
    return { stdout, stderr, code: 0 }
  }

  const checked = checkRecords(records)
  const findings = [...input.parseFindings, ...checked.findings].map((f) => findingOutput(f, lang))

  if (command === 'check') {
    const errors = findings.filter((f) => f.severity === 'error').length
    stderr.push(
      lang.t('cli.checked', {
        reports: records.length,
        errors,
        warnings: findings.length - errors,
        notAssessable: checked.notAssessable.length,
      }),
    )
    const notAssessable = checked.notAssessable.map((n) => notAssessableOutput(n, lang))
    const body = JSON.stringify({ findings, notAssessable }, null, 1)
    return { stdout: `${body}\n`, stderr, code: errors > 0 ? 1 : 0 }
  }

  if (scheme) {
    const output = scoreDocument(scheme, records, checked)
    stderr.push(scoreSummary(output, lang))
    return { stdout: `${JSON.stringify(output, null, 1)}\n`, stderr, code: 0 }
  }

  // convert, or export as JSON: the canonical document with each report's findings.
  if (command === 'convert') stderr.push(...notAssessableSummary(checked.notAssessable, 10, lang))
  return { stdout: `${writeJson(records, { findings: byReport(findings) })}\n`, stderr, code: 0 }
}

/** iconv-lite's tables are half a megabyte of code: loaded only for the one output that needs them. */
async function encodeGb18030(text: string): Promise<Uint8Array> {
  const iconv = (await import('iconv-lite')).default
  return new Uint8Array(iconv.encode(text, 'gb18030'))
}

function byReport(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>()
  for (const f of findings) {
    if (f.office === undefined || f.year === undefined) continue
    const key = reportKey({ office: f.office, year: f.year })
    const list = map.get(key)
    if (list) list.push(f)
    else map.set(key, [f])
  }
  return map
}

/** Lines for stderr: every not-assessable rule, or grouped counts when there are many. */
export function notAssessableSummary(
  items: readonly NotAssessable[],
  limit = 10,
  lang: Lang = translator('zh'),
): string[] {
  if (items.length === 0) return []
  if (items.length <= limit)
    return items.map((n) =>
      lang.t('cli.notAssessable', { office: n.office, year: n.year, rule: n.rule, reason: lang.reason(n) }),
    )
  const groups = new Map<string, NotAssessable[]>()
  for (const n of items) {
    const key = `${n.rule}\u0000${n.reason}`
    const list = groups.get(key)
    if (list) list.push(n)
    else groups.set(key, [n])
  }
  const lines = [lang.t('cli.notAssessableCount', { count: items.length })]
  for (const list of groups.values()) {
    const examples = list.slice(0, 3).map((n) => `${n.office} ${n.year}`)
    const group = { rule: list[0].rule, reason: lang.reason(list[0]), count: list.length, examples }
    lines.push(lang.t(list.length > 3 ? 'cli.notAssessableGroupMore' : 'cli.notAssessableGroup', group))
  }
  return lines
}
