/**
 * Cells a crawler glued into one digit string ("640020470" for a row of seven numbers). The row is
 * split back only when exactly one split fits the table's own arithmetic; otherwise the cells stay
 * blank and the reader is told which splits were possible. The search is bounded so it never hangs.
 */

/** A run of consecutive parts; when `summed`, its last part is the sum of the others (a total). */
export interface PartGroup {
  size: number
  summed: boolean
}

export const MAX_GLUED_DIGITS = 40
const MAX_STEPS = 50_000
/** A part longer than this is not a cell count (and would lose precision). */
const MAX_PART_DIGITS = 15

export type SplitResult = { splits: number[][]; complete: boolean }

/**
 * Every way to cut `digits` into numbers (no leading zeros) that fill the groups in order and
 * satisfy their totals. Stops after `limit` splits or when the step budget runs out
 * (`complete: false`).
 */
export function splitDigits(digits: string, groups: readonly PartGroup[], limit = 50): SplitResult {
  const splits: number[][] = []
  if (!/^\d+$/.test(digits) || digits.length > MAX_GLUED_DIGITS) return { splits, complete: false }
  const totalParts = groups.reduce((s, g) => s + g.size, 0)
  if (digits.length < totalParts) return { splits, complete: true }
  let steps = 0
  let complete = true
  const parts: number[] = []

  const readAt = (pos: number, len: number): number | undefined => {
    if (pos + len > digits.length) return undefined
    if (len > 1 && digits[pos] === '0') return undefined
    return Number(digits.slice(pos, pos + len))
  }

  // g: group index, i: part index in the group, pos: next digit, sum: sum of the group so far,
  // partsLeft: parts still to place, this one included (all groups).
  const walk = (g: number, i: number, pos: number, sum: number, partsLeft: number): void => {
    if (splits.length >= limit || !complete) return
    if (++steps > MAX_STEPS) {
      complete = false
      return
    }
    if (g === groups.length) {
      if (pos === digits.length) splits.push(parts.slice())
      return
    }
    const group = groups[g]
    const remaining = digits.length - pos
    const nextGroup = i + 1 === group.size
    if (group.summed && i === group.size - 1) {
      // The total is forced: the sum, printed.
      const text = String(sum)
      if (!digits.startsWith(text, pos)) return
      parts.push(sum)
      walk(g + 1, 0, pos + text.length, 0, partsLeft - 1)
      parts.pop()
      return
    }
    const maxLen = Math.min(MAX_PART_DIGITS, remaining - (partsLeft - 1))
    for (let len = 1; len <= maxLen; len++) {
      const v = readAt(pos, len)
      if (v === undefined) break
      if (group.summed) {
        // Digits left for this group's total once every other part has its one digit; the sum
        // so far must fit in them (longer parts only make it worse, hence break).
        const avail = remaining - len - (partsLeft - 1 - 1)
        if (len > avail || sum + v >= 10 ** avail) break
      }
      parts.push(v)
      walk(nextGroup ? g + 1 : g, nextGroup ? 0 : i + 1, pos + len, nextGroup ? 0 : sum + v, partsLeft - 1)
      parts.pop()
      if (splits.length >= limit || !complete) return
    }
  }
  walk(0, 0, 0, 0, totalParts)
  return { splits, complete }
}

export function formatSplit(split: readonly number[]): string {
  return split.join('/')
}

/** An arithmetic identity over cells of table 三: Σ plus = Σ minus, for one column. */
export interface Identity {
  plus: readonly string[]
  minus: readonly string[]
}

export interface GluedRow {
  key: string
  candidates: readonly (readonly number[])[]
}

const MAX_COMBINATIONS = 20_000

/**
 * Choose each glued row's split so the column identities hold. `rows` holds the values read
 * directly (null = blank). Returns, per glued row, the splits that remain possible: exactly one
 * means recovered. When no combination satisfies the identities (the report itself may be
 * inconsistent, or they cannot be evaluated), each row keeps its own candidates.
 */
export function resolveGlued(
  rows: ReadonlyMap<string, readonly (number | null)[]>,
  glued: readonly GluedRow[],
  identities: readonly Identity[],
  columns: number,
): Map<string, readonly (readonly number[])[]> {
  const result = new Map<string, readonly (readonly number[])[]>(glued.map((g) => [g.key, g.candidates]))
  const open = glued.filter((g) => g.candidates.length > 0)
  const combinations = open.reduce((p, g) => p * g.candidates.length, 1)
  if (open.length === 0 || combinations > MAX_COMBINATIONS) return result
  const relevant = identities.filter((id) => [...id.plus, ...id.minus].some((k) => open.some((g) => g.key === k)))
  if (relevant.length === 0) return result

  const current = new Map(rows)
  const fitting = open.map(() => new Set<number>())
  let found = 0
  const choice = new Array<number>(open.length).fill(0)
  const holds = (): boolean => {
    for (const id of relevant) {
      for (let c = 0; c < columns; c++) {
        let total = 0
        let blank = false
        for (const [keys, sign] of [
          [id.plus, 1],
          [id.minus, -1],
        ] as const) {
          for (const k of keys) {
            const v = current.get(k)?.[c]
            if (v === null || v === undefined) blank = true
            else total += sign * v
          }
        }
        if (!blank && total !== 0) return false
      }
    }
    return true
  }
  const visit = (r: number): void => {
    if (r === open.length) {
      if (!holds()) return
      found++
      choice.forEach((ci, gi) => fitting[gi].add(ci))
      return
    }
    for (let ci = 0; ci < open[r].candidates.length; ci++) {
      choice[r] = ci
      current.set(open[r].key, open[r].candidates[ci])
      visit(r + 1)
    }
    current.delete(open[r].key)
  }
  visit(0)
  if (found === 0) return result
  open.forEach((g, gi) =>
    result.set(
      g.key,
      [...fitting[gi]].map((ci) => g.candidates[ci]),
    ),
  )
  return result
}
