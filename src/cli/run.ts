/**
 * The command line (SPEC §5) as a function of its arguments and I/O, so tests run it in-process.
 * The whole output is built in memory and written once at the end: on any error stdout stays
 * empty, stderr gets one clear message naming the file, and the exit code is 2.
 */
import { InputError } from '../domain/errors'
import { reportKey } from '../domain/report'
import { checkRecords } from '../domain/rules'
import type { Finding, NotAssessable } from '../domain/types'
import { writeJson, writeLongCsv, writeWideCsv } from '../io/write'
import { isParquetFormat, parseArgs, UsageError, USAGE, type CliOptions, type Command } from './args'
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
  try {
    const parsed = parseArgs(argv)
    if (parsed.command === 'help') {
      io.stdout(USAGE)
      return 0
    }
    out = await runCommand(parsed.command, parsed.options, parsed.files, io)
  } catch (error) {
    io.stderr(`${failureMessage(error)}\n`)
    return 2
  }
  if (out.stderr.length > 0) io.stderr(`${out.stderr.join('\n')}\n`)
  io.stdout(out.stdout)
  return out.code
}

function failureMessage(error: unknown): string {
  if (error instanceof UsageError) return `${error.message}\n\n${USAGE}`
  if (error instanceof LoadFailure) return error.messages.join('\n')
  if (error instanceof InputError) return error.describe()
  const text = error instanceof Error ? error.message : String(error)
  return `内部错误：${text.split('\n')[0]}（这是程序的问题，不是输入文件的问题；请把命令和输入文件一并报告给维护者）`
}

async function runCommand(
  command: Command,
  options: CliOptions,
  files: readonly string[],
  io: CliIo,
): Promise<CommandOutput> {
  const { office, region, year } = options
  const parquet = command === 'export' && isParquetFormat(options.format)
  if (parquet) refuseBinaryOnTerminal(options, io)
  // The scheme first: a bad scheme file is refused before any report is read.
  const scheme = command === 'score' ? await loadScheme(options.scheme, io) : undefined
  const input = await loadInputs(files, { office, region, year }, io)
  const { records } = input
  const checked = checkRecords(records)
  const findings = [...input.parseFindings, ...checked.findings]
  const stderr = [...input.notes]

  if (command === 'check') {
    const errors = findings.filter((f) => f.severity === 'error').length
    stderr.push(
      `共 ${records.length} 份报告：${errors} 处错误，${findings.length - errors} 处提醒，${checked.notAssessable.length} 项无法评估`,
    )
    const body = JSON.stringify({ findings, notAssessable: checked.notAssessable }, null, 1)
    return { stdout: `${body}\n`, stderr, code: errors > 0 ? 1 : 0 }
  }

  if (scheme) {
    const output = scoreDocument(scheme, records, checked)
    stderr.push(scoreSummary(output))
    return { stdout: `${JSON.stringify(output, null, 1)}\n`, stderr, code: 0 }
  }

  if (parquet) return exportParquet(records, options, io, stderr)

  if (command === 'convert' || options.format === 'json') {
    if (command === 'convert') stderr.push(...notAssessableSummary(checked.notAssessable))
    return { stdout: `${writeJson(records, { findings: byReport(findings) })}\n`, stderr, code: 0 }
  }

  if (records.some((r) => r.narrative)) stderr.push('提示：CSV 不含报告正文（总体情况、存在的主要问题等文字），已略去')
  const csvOptions = { headers: options.headers ?? 'keys', bom: options.bom ?? false }
  const text = options.format === 'long-csv' ? writeLongCsv(records, csvOptions) : writeWideCsv(records, csvOptions)
  const stdout = options.encoding === 'gb18030' ? await encodeGb18030(text) : text
  return { stdout, stderr, code: 0 }
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
export function notAssessableSummary(items: readonly NotAssessable[], limit = 10): string[] {
  if (items.length === 0) return []
  if (items.length <= limit) return items.map((n) => `${n.office} ${n.year}: ${n.rule} 无法评估（${n.reason}）`)
  const groups = new Map<string, NotAssessable[]>()
  for (const n of items) {
    const key = `${n.rule}\u0000${n.reason}`
    const list = groups.get(key)
    if (list) list.push(n)
    else groups.set(key, [n])
  }
  const lines = [`${items.length} 项规则无法评估：`]
  for (const list of groups.values()) {
    const examples = list
      .slice(0, 3)
      .map((n) => `${n.office} ${n.year}`)
      .join('、')
    lines.push(
      `  ${list[0].rule} 无法评估（${list[0].reason}）：${list.length} 份报告，如 ${examples}${list.length > 3 ? ' 等' : ''}`,
    )
  }
  return lines
}
