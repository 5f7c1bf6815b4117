/**
 * Reading a table row's values after its label: the next n value cells, with blank cells kept at
 * their position. Where the layout has rows (HTML, tab rows, markdown, one <td> per line), only
 * the label's own row counts; in plain one-cell-per-line text, empty lines between numbers are
 * blank cells and the ones around them separators.
 */
import { foldCell, type Token } from './tokens'

export interface RowValues {
  /** n entries: a num or blank token, or undefined where the row has no cell at all. */
  cells: (Token | undefined)[]
  /** The single digit string a crawler glued the row's cells into, when that is what was found. */
  glued?: Token
  /** How many trailing cells were missing. */
  missing: number
  /** Index of the first token after the row's values (the next label). */
  end: number
}

const SCAN_LIMIT = 400
const isCell = (t: Token) => t.kind === 'num' || t.kind === 'blank'

/** Does a number follow token `from` before the next label? Confirms a row label that is also a header. */
export function numberFollows(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + SCAN_LIMIT; k++) {
    const t = tokens[k]
    if (t.kind === 'label') return false
    if (t.kind === 'num') return true
  }
  return false
}

function trimGaps(items: Token[]): Token[] {
  let a = 0
  let b = items.length
  while (a < b && items[a].kind === 'gap') a++
  while (b > a && items[b - 1].kind === 'gap') b--
  return items.slice(a, b)
}

function pick(items: Token[], n: number, hasRows: boolean): Token[] {
  if (hasRows) {
    const rows: Token[][] = [[]]
    for (const t of items) {
      if (t.kind === 'break') rows.push([])
      else if (isCell(t)) rows[rows.length - 1].push(t)
    }
    if (rows[0].length > 0) return rows[0]
    return rows.slice(1).flat()
  }
  const seq = trimGaps(items)
  if (seq.length === n) return seq
  const cells = seq.filter(isCell)
  return cells.length >= n || seq.length < n ? cells : seq.slice(0, n)
}

/**
 * The n values after a label (at `from`). With `acrossRows`, values may run over several table
 * rows (table 四's one row of fifteen cells after its header rows).
 */
export function collectValues(tokens: readonly Token[], from: number, n: number, acrossRows = false): RowValues {
  const items: Token[] = []
  let k = from
  let hasRows = false
  for (; k < tokens.length && k < from + SCAN_LIMIT; k++) {
    const t = tokens[k]
    if (t.kind === 'label') break
    if (t.kind === 'break') {
      hasRows = true
      if (acrossRows) continue
    }
    items.push(t)
  }
  // A label followed directly by the next label has an empty items list: nothing to take.
  let chosen = pick(items, n, !acrossRows && (hasRows || items.length === 0)).map((t) =>
    t.kind === 'gap' ? { ...t, kind: 'blank' as const } : t,
  )
  if (chosen.length > n) {
    const extra = chosen.length - n
    // "label | | | 10 | 0 …": blank cells padding a label that spans columns come first (the
    // values of table 三/四 rows are the row's last cells); a value spanning columns (table 二's
    // "行政许可 | 126 | | |") is followed by its padding instead.
    const blank = (ts: Token[]) => ts.every((t) => t.kind === 'blank')
    const leading = blank(chosen.slice(0, extra))
    const padFirst = leading && (n >= 5 || !blank(chosen.slice(n)))
    chosen = padFirst ? chosen.slice(extra) : chosen.slice(0, n)
  }
  const nums = chosen.filter((t) => t.kind === 'num')
  if (chosen.length < n && nums.length === 1 && n > 1) {
    const digits = foldCell(nums[0].text)
    if (/^\d+$/.test(digits) && digits.length >= n) {
      return { cells: new Array<undefined>(n).fill(undefined), glued: nums[0], missing: 0, end: k }
    }
  }
  const cells: (Token | undefined)[] = chosen.slice()
  while (cells.length < n) cells.push(undefined)
  return { cells, missing: n - chosen.length, end: k }
}
