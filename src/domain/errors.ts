/**
 * The project's own error type for bad input. Every reader throws only this; its message is a
 * Chinese sentence a clerk can act on, naming the file, line and cell where known.
 *
 * A hostile file can hold 100,000 bad cells or a 10 MB header: the error keeps the first
 * MAX_KEPT_PROBLEMS problems (each field shortened) and the total in `problemCount`, so what is
 * shown, logged or posted from the import worker stays small.
 */
export interface InputProblem {
  message: string
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

function boundedProblem(p: InputProblem): InputProblem {
  const out: InputProblem = { ...p, message: shorten(p.message, MAX_MESSAGE_TEXT) }
  if (p.cell !== undefined) out.cell = shorten(p.cell, MAX_CELL_TEXT)
  if (p.value !== undefined) out.value = shorten(p.value, MAX_VALUE_TEXT)
  return out
}

export class InputError extends Error {
  /** The first MAX_KEPT_PROBLEMS problems; `problemCount` says how many there were. */
  readonly problems: InputProblem[]
  readonly problemCount: number
  readonly file?: string
  constructor(message: string, options: { problems?: InputProblem[]; file?: string } = {}) {
    super(shorten(message, MAX_MESSAGE_TEXT))
    this.name = 'InputError'
    const all = options.problems ?? []
    this.problemCount = all.length
    this.problems = all.slice(0, MAX_KEPT_PROBLEMS).map(boundedProblem)
    this.file = options.file === undefined ? undefined : shorten(options.file, 255)
  }

  /** The full text: file, then each problem on a line (the first 50, then how many more). */
  describe(): string {
    const head = this.file ? `${this.file}: ${this.message}` : this.message
    if (this.problems.length === 0) return head
    const lines = this.problems.slice(0, 50).map((p) => `  ${formatProblem(p)}`)
    if (this.problemCount > 50) lines.push(`  ……另有 ${this.problemCount - 50} 处问题`)
    return [head, ...lines].join('\n')
  }
}

export function formatProblem(p: InputProblem): string {
  const cell = p.cell ? shorten(p.cell, MAX_CELL_TEXT) : ''
  const where = [p.line !== undefined ? `第 ${p.line} 行` : '', cell ? `“${cell}”列` : ''].filter(Boolean).join('，')
  const value = p.value !== undefined ? `（值：${shorten(p.value, MAX_VALUE_TEXT)}）` : ''
  return `${where ? `${where}：` : ''}${p.message}${value}`
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
