/**
 * The project's own error type for bad input. Every reader throws only this; its message is a
 * Chinese sentence a clerk can act on, naming the file, line and cell where known.
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

export class InputError extends Error {
  readonly problems: InputProblem[]
  readonly file?: string
  constructor(message: string, options: { problems?: InputProblem[]; file?: string } = {}) {
    super(message)
    this.name = 'InputError'
    this.problems = options.problems ?? []
    this.file = options.file
  }

  /** The full text: file, then each problem on a line. */
  describe(): string {
    const head = this.file ? `${this.file}: ${this.message}` : this.message
    if (this.problems.length === 0) return head
    const lines = this.problems.slice(0, 50).map((p) => `  ${formatProblem(p)}`)
    if (this.problems.length > 50) lines.push(`  ……另有 ${this.problems.length - 50} 处问题`)
    return [head, ...lines].join('\n')
  }
}

export function formatProblem(p: InputProblem): string {
  const where = [p.line !== undefined ? `第 ${p.line} 行` : '', p.cell ? `“${p.cell}”列` : ''].filter(Boolean).join('，')
  const value = p.value !== undefined ? `（值：${p.value}）` : ''
  return `${where ? `${where}：` : ''}${p.message}${value}`
}

export function shorten(value: unknown, max = 40): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value)
  return s.length > max ? `${s.slice(0, max)}…` : s
}
