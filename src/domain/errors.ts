/**
 * The project's own error type for bad input. Every reader throws only this; its message is a
 * Chinese sentence a clerk can act on, naming the file, line and cell where known — made from a
 * message id and parameters (i18n/readers.ts), so the screen and `--lang en` can say it in English.
 *
 * A hostile file can hold 100,000 bad cells or a 10 MB header: the error keeps the first
 * MAX_KEPT_PROBLEMS problems (each field shortened) and the total in `problemCount`, so what is
 * shown, logged or posted from the import worker stays small.
 */
import type { MessageParam, MessageParams } from '../i18n/format'
import type { MessageKey } from '../i18n/messages'
import type { Said } from '../i18n/said'
import { translator, type Lang } from '../i18n/translate'

export interface InputProblem {
  /** In Chinese; made from `messageId` and `params` (i18n/said.ts). */
  message: string
  messageId?: MessageKey
  params?: MessageParams
  /** 1-based line (CSV) or report index (JSON) the problem is on. */
  line?: number
  /** Column header or key path of the cell. */
  cell?: string
  /** The offending value, shortened. */
  value?: string
}

export const MAX_KEPT_PROBLEMS = 100
const MAX_CELL_TEXT = 60
const MAX_VALUE_TEXT = 60
const MAX_MESSAGE_TEXT = 300
/** A text parameter (a value or name from the file) is kept to this length; lists to so many items. */
const MAX_PARAM_TEXT = 200
const MAX_PARAM_ITEMS = 20

const zh = translator('zh')

/** A parameter as kept: text shortened, lists cut, nested messages bounded in turn (a few levels deep). */
function boundedParam(v: MessageParam, depth: number): MessageParam {
  if (typeof v === 'string') return shorten(v, MAX_PARAM_TEXT)
  if (Array.isArray(v)) return v.slice(0, MAX_PARAM_ITEMS).map((x) => boundedParam(x, depth) as typeof x)
  if (v !== null && typeof v === 'object') {
    const nested = v as { id: string; params?: MessageParams }
    return depth > 3 || !nested.params
      ? { id: nested.id }
      : { id: nested.id, params: boundedParams(nested.params, depth + 1) }
  }
  return v
}

export function boundedParams(params: MessageParams, depth = 0): MessageParams {
  const out: Record<string, MessageParam> = {}
  for (const [k, v] of Object.entries(params)) out[k] = boundedParam(v, depth)
  return out
}

function boundedProblem(p: InputProblem): InputProblem {
  const out: InputProblem = { ...p, message: shorten(p.message, MAX_MESSAGE_TEXT) }
  if (p.params !== undefined) out.params = boundedParams(p.params)
  if (p.cell !== undefined) out.cell = shorten(p.cell, MAX_CELL_TEXT)
  if (p.value !== undefined) out.value = shorten(p.value, MAX_VALUE_TEXT)
  return out
}

export class InputError extends Error {
  /** The message's id and parameters (absent for an error made from plain text). */
  readonly messageId?: MessageKey
  readonly params?: MessageParams
  /** The first MAX_KEPT_PROBLEMS problems; `problemCount` says how many there were. */
  readonly problems: InputProblem[]
  readonly problemCount: number
  readonly file?: string
  constructor(message: string | Said, options: { problems?: InputProblem[]; file?: string } = {}) {
    super(shorten(typeof message === 'string' ? message : message.message, MAX_MESSAGE_TEXT))
    this.name = 'InputError'
    if (typeof message !== 'string') {
      this.messageId = message.messageId
      if (message.params) this.params = boundedParams(message.params)
    }
    const all = options.problems ?? []
    this.problemCount = all.length
    this.problems = all.slice(0, MAX_KEPT_PROBLEMS).map(boundedProblem)
    this.file = options.file === undefined ? undefined : shorten(options.file, 255)
  }

  /** The headline in a language (Chinese: the message as made). */
  headline(lang: Lang = zh): string {
    return shorten(lang.text(this), MAX_MESSAGE_TEXT)
  }

  /** The full text: file, then each problem on a line (the first 50, then how many more). */
  describe(lang: Lang = zh): string {
    const message = this.headline(lang)
    const head = this.file ? `${this.file}: ${message}` : message
    if (this.problems.length === 0) return head
    const lines = this.problems.slice(0, 50).map((p) => `  ${problemText(p, lang)}`)
    if (this.problemCount > 50) lines.push(`  ${lang.t('problem.more', { n: this.problemCount - 50 })}`)
    return [head, ...lines].join('\n')
  }
}

/** A problem on one line, in Chinese: where (line, column), what, and the value. */
export function formatProblem(p: InputProblem): string {
  return problemText(p, zh)
}

/** A problem on one line in a language: where (line, column), what, and the value. */
export function problemText(p: InputProblem, lang: Lang): string {
  const cell = p.cell ? shorten(p.cell, MAX_CELL_TEXT) : ''
  const where =
    p.line !== undefined && cell
      ? lang.t('problem.lineCell', { line: p.line, cell })
      : p.line !== undefined
        ? lang.t('problem.line', { line: p.line })
        : cell
          ? lang.t('problem.cell', { cell })
          : ''
  const message = shorten(lang.text(p), MAX_MESSAGE_TEXT)
  const what =
    p.value !== undefined
      ? lang.t('problem.value', { problem: message, value: shorten(p.value, MAX_VALUE_TEXT) })
      : message
  return where ? lang.t('problem.located', { where, problem: what }) : what
}

/**
 * A value for a message, at most `max` characters. Objects and arrays are described, never
 * serialised: a value from a hostile file may be nested a million levels deep.
 */
export function shorten(value: unknown, max = 40): string {
  const s =
    typeof value === 'string'
      ? value
      : Array.isArray(value)
        ? `[…]（数组，${value.length} 项）`
        : value !== null && typeof value === 'object'
          ? '{…}（对象）'
          : String(value)
  return s.length > max ? `${s.slice(0, max)}…` : s
}
