/**
 * Every label the report parser recognises, normalised once at module load from model.ts — the
 * parser never keeps a hand-written copy of the national labels.
 */
import { foldText, normalizeLabel, withoutNotes } from '../../domain/labels'
import {
  APPLICANT_COLUMNS,
  DISPUTE_COLUMNS,
  DISPUTE_GROUPS,
  LITIGATION_LABEL,
  OUTCOMES_LABEL,
  PROACTIVE_ITEMS,
  REQUEST_GROUPS,
  SECTIONS,
  TEMPLATES,
  TEMPLATE_MARKERS,
  requestRowsFor,
  type Label,
  type TemplateId,
} from '../../domain/model'
import { memoize } from './memo'
import { labelNorm, type Token } from './tokens'

const UNCLOSED_NOTE = /\([^()]*$/
const WHOLLY_BRACKETED = /^\(([^()]+)\)$/

export function labelVariants(label: Label): string[] {
  return [label.zh, ...(label.aliases ?? [])]
}

const MISSING = Symbol('missing')
const ANSWER_LIMIT = 20_000

/** A map from normalised label variants to values, with prefixes for labels broken across cells. */
export class LabelTable<T> {
  private readonly exact = new Map<string, T>()
  private readonly prefixes = new Set<string>()
  private readonly byValue = new Map<T, string[]>()
  private readonly contexts: readonly string[]
  private readonly answers = new Map<string, T | typeof MISSING>()

  constructor(entries: Iterable<readonly [string, T]>, contexts: readonly string[] = []) {
    this.contexts = contexts.map(normalizeLabel).filter(Boolean)
    for (const [label, value] of entries) {
      const n = normalizeLabel(label)
      for (const k of new Set([n, withoutNotes(n)])) {
        if (!k || this.exact.has(k)) continue
        this.exact.set(k, value)
        const list = this.byValue.get(value) ?? []
        list.push(k)
        this.byValue.set(value, list)
        for (let i = 1; i < k.length; i++) this.prefixes.add(k.slice(0, i))
      }
    }
  }

  /**
   * Look a normalised label up, also without its notes "（…）" and without outer context labels.
   * Every walk asks about every label, and reports repeat their labels: answers are remembered.
   */
  get(norm: string): T | undefined {
    const known = this.answers.get(norm)
    if (known !== undefined) return known === MISSING ? undefined : known
    const answer = this.lookUp(norm)
    if (this.answers.size >= ANSWER_LIMIT) this.answers.clear()
    this.answers.set(norm, answer === undefined ? MISSING : answer)
    return answer
  }

  private lookUp(norm: string): T | undefined {
    let s = norm
    for (let round = 0; round < 3; round++) {
      const a = withoutNotes(s)
      const hit = this.exact.get(s) ?? this.exact.get(a) ?? this.exact.get(a.replace(UNCLOSED_NOTE, ''))
      if (hit !== undefined) return hit
      const ctx = this.contexts.find((c) => s.startsWith(c) && s.length > c.length)
      if (!ctx) return undefined
      // "行政诉讼（未经复议直接起诉）": what follows the context may be bracketed whole.
      s = normalizeLabel(s.slice(ctx.length)).replace(WHOLLY_BRACKETED, '$1')
    }
    return undefined
  }

  isPrefix(norm: string): boolean {
    return this.prefixes.has(norm)
  }

  variantsOf(value: T): readonly string[] {
    return this.byValue.get(value) ?? []
  }
}

export interface LabelMatch<T> {
  value: T
  /** Index of the last token of the label (labels broken across cells span several). */
  end: number
  fuzzy?: boolean
}

/** Match the label starting at token i, joining up to three following label cells. */
export function matchAt<T>(tokens: readonly Token[], i: number, table: LabelTable<T>): LabelMatch<T> | undefined {
  const first = tokens[i]
  if (first.kind !== 'label') return undefined
  let acc = labelNorm(first)
  const hit = table.get(acc)
  if (hit !== undefined) return { value: hit, end: i }
  for (let j = i + 1; j < tokens.length && j <= i + 3; j++) {
    if (tokens[j].kind !== 'label' || !table.isPrefix(acc)) break
    acc += labelNorm(tokens[j])
    const joined = table.get(acc)
    if (joined !== undefined) return { value: joined, end: j }
  }
  return undefined
}

/** Levenshtein distance, giving up (returning max + 1) once it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
      cur.push(v)
      if (v < best) best = v
    }
    if (best > max) return max + 1
    prev = cur
  }
  return prev[b.length]
}

/** Typo tolerance for a label of this length: none for short labels, which collide too easily. */
export function typoAllowance(length: number): number {
  return length >= 10 ? 2 : length >= 6 ? 1 : 0
}

const FUZZY_LIMIT = 20_000
/** Answers per variant list (the lists are built once, below): the same labels recur in every report. */
const fuzzyAnswers = new WeakMap<readonly string[], Map<string, boolean>>()

/** Does a label (normalised) look like one of the variants with a typo? */
export function fuzzyEquals(norm: string, variants: readonly string[]): boolean {
  let answers = fuzzyAnswers.get(variants)
  if (!answers) fuzzyAnswers.set(variants, (answers = new Map()))
  let answer = answers.get(norm)
  if (answer === undefined) {
    answer = fuzzyEqualsUncached(norm, variants)
    if (answers.size >= FUZZY_LIMIT) answers.clear()
    answers.set(norm, answer)
  }
  return answer
}

// The same new label is tried against several lists in a row (each section heading): strip it once.
let lastNorm = ''
let lastStripped = ''

function fuzzyEqualsUncached(norm: string, variants: readonly string[]): boolean {
  if (norm !== lastNorm) {
    lastNorm = norm
    lastStripped = withoutNotes(norm).replace(UNCLOSED_NOTE, '')
  }
  const n = lastStripped
  for (const v of variants) {
    const max = typoAllowance(v.length)
    if (max > 0 && !surelyFar(n, v, max) && editDistance(n, v, max) <= max) return true
  }
  return false
}

const charSets = new Map<string, Set<number>>()

/**
 * A cheap proof that editDistance(a, b) > max: every character of `a` that `b` does not contain
 * at all costs an edit of its own. Most labels share almost nothing with a given heading or row.
 */
function surelyFar(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return true
  let chars = charSets.get(b)
  if (!chars) {
    chars = new Set<number>()
    for (let i = 0; i < b.length; i++) chars.add(b.charCodeAt(i))
    if (charSets.size < 10_000) charSets.set(b, chars)
  }
  let absent = 0
  for (let i = 0; i < a.length; i++) if (!chars.has(a.charCodeAt(i)) && ++absent > max) return true
  return false
}

// ---------------------------------------------------------------------------------------------
// Tables built once

const otherHandlingGroup = REQUEST_GROUPS.find((g) => g.key === 'otherHandling')

function requestTable(template: TemplateId): LabelTable<number> {
  const entries: [string, number][] = []
  requestRowsFor(template).forEach((row, index) => {
    for (const v of labelVariants(row)) entries.push([v, index])
    if (row.zh2019 && template === '2019') entries.push([row.zh2019, index])
    // （六）其他处理 as a single row (the 2019 format's, and some 2021-format reports'): otherHandling.other.
    // The table walker accepts it only with figures after it; as a group label it is passed by.
    if (row.key === 'otherHandling.other' && otherHandlingGroup) entries.push([otherHandlingGroup.zh, index])
  })
  const contexts = [...labelVariants(OUTCOMES_LABEL), ...REQUEST_GROUPS.map((g) => g.zh)]
  return new LabelTable(entries, contexts)
}

export const REQUEST_TABLES: Record<TemplateId, LabelTable<number>> = {
  '2019': requestTable('2019'),
  '2021': requestTable('2021'),
}

export const PROACTIVE_TABLES = Object.fromEntries(
  TEMPLATES.map((t) => [
    t,
    new LabelTable(PROACTIVE_ITEMS[t].flatMap((item, index) => labelVariants(item).map((v) => [v, index] as const))),
  ]),
) as Record<TemplateId, LabelTable<number>>

export const DISPUTE_GROUP_TABLE = new LabelTable(
  DISPUTE_GROUPS.flatMap((g, index) => labelVariants(g).map((v) => [v, index] as const)),
  labelVariants(LITIGATION_LABEL),
)

/** The five column headers of table 四 (结果维持 … 总计), printed over each group's figures. */
export const DISPUTE_COLUMN_TABLE = new LabelTable(
  DISPUTE_COLUMNS.flatMap((c, index) => labelVariants(c).map((v) => [v, index] as const)),
)

/** Any header label of table 四: where the table starts. */
export const DISPUTE_HEADER_TABLE = new LabelTable<true>(
  [...DISPUTE_GROUPS, ...DISPUTE_COLUMNS, LITIGATION_LABEL].flatMap((l) =>
    labelVariants(l).map((v) => [v, true] as const),
  ),
)

export const SECTION_TABLE = new LabelTable(
  SECTIONS.flatMap((s, index) => labelVariants(s).map((v) => [v, index] as const)),
)

/** Column headers that double as row labels ("总计", "其他"): such a row label needs numbers after it. */
export const COLUMN_HEADER_LABELS: ReadonlySet<string> = new Set(
  [...APPLICANT_COLUMNS, ...DISPUTE_COLUMNS].flatMap((c) => labelVariants(c).map(normalizeLabel)),
)

// Compared with normalised labels, which are folded the same way (numbering only ever leads).
const FOLDED_MARKERS = Object.fromEntries(TEMPLATES.map((t) => [t, TEMPLATE_MARKERS[t].map(foldText)])) as Record<
  TemplateId,
  string[]
>

const ALL_MARKERS = [...new Set(TEMPLATES.flatMap((t) => FOLDED_MARKERS[t]))]
const NO_MARKERS: readonly string[] = []
/** The markers one label contains; labels recur across reports, so the answer is remembered. */
const markersIn = memoize(20_000, (norm: string): readonly string[] => {
  const hits = ALL_MARKERS.filter((m) => norm.includes(m))
  return hits.length > 0 ? hits : NO_MARKERS
})

/** How many of each format's markers (SPEC §1) the labels of the document contain. */
export function markerScores(tokens: readonly Token[]): Record<TemplateId, number> {
  const found = new Set<string>()
  for (const t of tokens) {
    if (t.kind !== 'label') continue
    const norm = labelNorm(t)
    // Narrative paragraphs are labels too, but unique: not worth remembering.
    const hits = norm.length <= 100 ? markersIn(norm) : ALL_MARKERS.filter((m) => norm.includes(m))
    for (const m of hits) found.add(m)
  }
  const score = (t: TemplateId) => FOLDED_MARKERS[t].filter((m) => found.has(m)).length
  return { '2019': score('2019'), '2021': score('2021') }
}
