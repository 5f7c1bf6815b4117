/**
 * Command-line arguments of SPEC §5. Unknown commands and flags are refused with the usage text;
 * nothing is guessed.
 */
import { MAX_YEAR, MIN_YEAR } from '../domain/validate'
import type { Locale } from '../i18n/format'
import { said, type Said } from '../i18n/said'

export type Command = 'convert' | 'check' | 'export' | 'score'
export type ExportFormat = 'csv' | 'long-csv' | 'json' | 'parquet' | 'long-parquet'
const EXPORT_FORMATS = ['csv', 'long-csv', 'json', 'parquet', 'long-parquet'] as const

export const isParquetFormat = (f: ExportFormat | undefined) => f === 'parquet' || f === 'long-parquet'

export interface CliOptions {
  office?: string
  region?: string
  year?: number
  format?: ExportFormat
  headers?: 'keys' | 'zh'
  encoding?: 'utf-8' | 'gb18030'
  bom?: boolean
  /** Parquet only: a directory for one file per year (Hive layout), instead of stdout. */
  out?: string
  /** `score`: the assessment scheme file (default: the built-in default scheme). */
  scheme?: string
  /** Language of messages (stderr, and the findings' `message` in JSON): Chinese unless `--lang en`. */
  lang?: Locale
}

export type ParsedArgs = { command: 'help' } | { command: Command; options: CliOptions; files: string[] }

/** A mistake in the command line itself: print it with the usage text, exit 2. */
export class UsageError extends Error {
  readonly messageId: Said['messageId']
  readonly params: Said['params']
  constructor(s: Said) {
    super(s.message)
    this.messageId = s.messageId
    this.params = s.params
  }
}

/**
 * The language asked for, read before the arguments are checked, so that a mistake in them is
 * already told in that language (the usage text itself stays Chinese).
 */
export function languageOf(argv: readonly string[]): Locale {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--') break
    if (argv[i] === '--lang=en' || (argv[i] === '--lang' && argv[i + 1] === 'en')) return 'en'
  }
  return 'zh'
}

export const USAGE = `政府信息公开年报监督台 — 命令行

用法：
  npm run --silent cli -- convert [--office 名称] [--region 地区] [--year 年度] 文件...
      读取文件，在标准输出写出规范 JSON（含每份报告的检查结果 findings）。
      无法评估的规则和读取提示写到标准错误。
  npm run --silent cli -- check [--office 名称] [--region 地区] [--year 年度] 文件...
      只输出检查结果：{"findings": [...], "notAssessable": [...]}。
      有任何“错误”级别的问题时退出码为 1，否则为 0。
  npm run --silent cli -- export --format csv|long-csv|json [--headers keys|zh]
                                 [--encoding utf-8|gb18030] [--bom] 文件...
      转换格式后写到标准输出：csv 为宽表（一行一份报告），long-csv 为长表（一行一项）。
      --headers zh    使用中文表头（默认 keys：字段键名）
      --encoding      gb18030 便于中文版 Excel 直接打开（默认 utf-8）
      --bom           在 UTF-8 输出前加 BOM（Excel 据此识别 UTF-8）
      CSV 不含报告正文（总体情况等文字）。
  npm run --silent cli -- export --format parquet|long-parquet [--out 目录] 文件...
      写出 Parquet 文件，供 DuckDB、ClickHouse、Spark 等分析引擎查询（见 docs/analysis/）。
      parquet 为宽表（一行一份报告，每个字段键名一列），long-parquet 为长表（一行一项）。
      不给 --out 时写一个文件到标准输出（须重定向到文件：> reports.parquet；标准输出是终端时拒绝）；
      --out 目录      按年度分区写出：目录/year=2024/reports.parquet（长表为 cells.parquet）。
                      本次导出的年度整体替换目录中的同一年度，其他年度保持不变；
                      目录须不存在、为空或只含以前导出的年度目录。
  npm run --silent cli -- score [--scheme 方案文件] [--office 名称] [--region 地区] [--year 年度] 文件...
      按评分方案给每个机关每年度打分：{"scheme": 方案名称, "scores": [{"office", "year", "score",
      "deductions": [{"rule", "count", "points"}]}]}。不给 --scheme 时用内置默认方案（百分制）。
      方案文件格式：{"format": "assessment-scheme", "version": 1, "name": …, "base": 100, "floor": 0,
      "rules": {"规则编号": {"points": 扣分, "maxPerReport": 每份报告最多扣分}}, "missingReport": 缺报扣分,
      "notAssessable": {"points": …, "maxPerReport": …}}；方案有误时退出码为 2，并指出有误的字段。

参数：
  --office 名称   文件中没有写明机关名称时使用（如从网页复制的年报正文）
  --region 地区   文件中没有写明所属地区时使用（CSV 中所属地区为空的行也用它）
  --year 年度     文件中没有写明年度时使用
  --lang zh|en    提示、错误信息和检查结果（message）的语言（默认 zh 中文；en 英文）
  文件可以是 .json、.csv（宽表或长表，UTF-8 或 GB18030）、.txt、.md、.html、.htm、.docx，可一次给出多个。

退出码：0 成功；1 检查发现错误（check）；2 输入有误或命令用法有误（错误信息写到标准错误，标准输出为空）。
`

const COMMANDS = new Set<string>(['convert', 'check', 'export', 'score'])
// Every command takes the hints for what a file does not state, and the language of its messages.
const COMMON_FLAGS = ['office', 'region', 'year', 'lang']
const FLAGS: Record<Command, readonly string[]> = {
  convert: COMMON_FLAGS,
  check: COMMON_FLAGS,
  export: [...COMMON_FLAGS, 'format', 'headers', 'encoding', 'bom', 'out'],
  score: [...COMMON_FLAGS, 'scheme'],
}
const BOOLEAN_FLAGS = new Set(['bom'])

function choice<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(said('cli.choice', { flag, allowed, value }))
}

function setOption(options: CliOptions, flag: string, value: string): void {
  switch (flag) {
    case 'office':
    case 'region':
    case 'out':
      if (value.trim() === '') throw new UsageError(said('cli.emptyValue', { flag }))
      options[flag] = flag === 'out' ? value : value.trim()
      return
    case 'year': {
      const n = Number(value)
      if (!/^\d{4}$/.test(value) || n < MIN_YEAR || n > MAX_YEAR)
        throw new UsageError(said('cli.year', { min: MIN_YEAR, max: MAX_YEAR, value }))
      options.year = n
      return
    }
    case 'format':
      options.format = choice(flag, value, EXPORT_FORMATS)
      return
    case 'headers':
      options.headers = choice(flag, value, ['keys', 'zh'] as const)
      return
    case 'scheme':
      if (value.trim() === '') throw new UsageError(said('cli.emptyValue', { flag }))
      options.scheme = value
      return
    case 'lang':
      options.lang = choice(flag, value, ['zh', 'en'] as const)
      return
    case 'encoding':
      options.encoding = choice(flag, value.toLowerCase().replace(/^utf8$/, 'utf-8'), ['utf-8', 'gb18030'] as const)
      return
  }
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0) throw new UsageError(said('cli.noCommand'))
  const [first, ...rest] = argv
  if (first === '--help' || first === '-h' || first === 'help') return { command: 'help' }
  if (!COMMANDS.has(first)) throw new UsageError(said('cli.unknownCommand', { command: first }))
  const command = first as Command
  const options: CliOptions = {}
  const files: string[] = []
  const seen = new Set<string>()
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]
    if (arg === '--') {
      files.push(...rest.slice(i + 1))
      break
    }
    if (arg === '--help' || arg === '-h') return { command: 'help' }
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg)
      continue
    }
    const m = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg)
    const flag = m?.[1] ?? arg
    if (!m || !FLAGS[command].includes(flag)) {
      const elsewhere = m && Object.values(FLAGS).some((f) => f.includes(flag))
      throw new UsageError(elsewhere ? said('cli.flagElsewhere', { command, flag }) : said('cli.unknownFlag', { arg }))
    }
    if (seen.has(flag)) throw new UsageError(said('cli.flagTwice', { flag }))
    seen.add(flag)
    if (BOOLEAN_FLAGS.has(flag)) {
      if (m[2] !== undefined) throw new UsageError(said('cli.flagTakesNoValue', { flag }))
      options.bom = true
      continue
    }
    let value = m[2]
    if (value === undefined) {
      value = rest[i + 1]
      if (value === undefined || (value.startsWith('--') && value.length > 2))
        throw new UsageError(said('cli.flagNeedsValue', { flag }))
      i++
    }
    setOption(options, flag, value)
  }
  if (command === 'export') {
    if (!options.format) throw new UsageError(said('cli.exportNeedsFormat', { formats: EXPORT_FORMATS }))
    const csv = options.format === 'csv' || options.format === 'long-csv'
    if (!csv && (options.headers || options.encoding || options.bom)) {
      throw new UsageError(said('cli.csvOnly'))
    }
    if (options.out !== undefined && !isParquetFormat(options.format)) {
      throw new UsageError(said('cli.parquetOnly'))
    }
    if (options.encoding === 'gb18030' && options.bom) throw new UsageError(said('cli.bomUtf8Only'))
  }
  if (files.length === 0) throw new UsageError(said('cli.noFiles'))
  return { command, options, files }
}
