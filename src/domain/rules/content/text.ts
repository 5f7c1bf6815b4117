/**
 * A report's narrative reduced to what an office wrote itself, for comparing two reports: the
 * format's boilerplate sentences (boilerplate.ts), office names, years and every number left out,
 * and of the rest only the letters (Han and Latin) kept — so a copy whose years, figures and name
 * were changed reads the same as its source. Each kept character remembers where it stood, so the
 * shared passages can be marked in the original text.
 *
 * Texts are compared as sets of character shingles (every run of SHINGLE consecutive kept
 * characters, hashed to 32 bits).
 */
import type { Narrative } from '../../types'
import { isBoilerplate } from './boilerplate'

/** Shingle length. 5 characters: a copy with its figures changed keeps ≥ 90 % of them (tested), while reports written anew share few (docs/content-rules.md). */
export const SHINGLE = 5

export interface NormalizedText {
  /** The kept characters. */
  readonly text: string
  /** For each kept character, its index in the original text. */
  readonly at: Int32Array
}

/** The narrative as one text: 一 总体情况, 五 存在的主要问题, 六 其他需要报告的事项. */
export function narrativeText(narrative: Narrative | undefined): string {
  if (!narrative) return ''
  return [narrative.overview, narrative.problems, narrative.other].filter((t) => typeof t === 'string' && t).join('\n')
}

const SENTENCE = /[^。！？；;!?\n]+[。！？；;!?]*/g
/** The four numerals of a year written in Chinese (二〇二四年), tested on the characters before a 年. */
const CHINESE_YEAR = /^[〇○零一二三四五六七八九]{4}$/
const NAME_BOUNDARY = /[省市区县州旗盟]/g

/**
 * The names an office's own text may call it by: the full name and what follows each 市/区/县
 * ("江州市鼓楼区教育局" → "鼓楼区教育局", "教育局"), longest first.
 */
export function nameVariants(office: string): string[] {
  const variants = new Set<string>()
  const name = office.trim()
  if (name.length >= 2) variants.add(name)
  for (const m of name.matchAll(NAME_BOUNDARY)) {
    const rest = name.slice(m.index + 1)
    if (rest.length >= 3 && !/^[省市区县州旗盟]/.test(rest)) variants.add(rest)
  }
  return [...variants].sort((a, b) => b.length - a.length)
}

const isLetter = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)

const variantsCache = new Map<string, string[]>()
function variantsOf(name: string): string[] {
  let v = variantsCache.get(name)
  if (!v) {
    if (variantsCache.size > 50_000) variantsCache.clear()
    variantsCache.set(name, (v = nameVariants(name)))
  }
  return v
}

/** The office's own words of a text (see the file comment). `names`: office names to leave out. */
export function normalizeNarrative(original: string, names: readonly string[] = []): NormalizedText {
  const keep = new Uint8Array(original.length).fill(1)
  const drop = (from: number, to: number) => keep.fill(0, from, to)
  for (const m of original.matchAll(SENTENCE)) if (isBoilerplate(m[0])) drop(m.index, m.index + m[0].length)
  for (const name of names) {
    for (const variant of variantsOf(name)) {
      for (let i = original.indexOf(variant); i >= 0; i = original.indexOf(variant, i + variant.length))
        drop(i, i + variant.length)
    }
  }
  for (let y = original.indexOf('年', 4); y >= 0; y = original.indexOf('年', y + 1)) {
    if (CHINESE_YEAR.test(original.slice(y - 4, y))) drop(y - 4, y)
  }
  const at = new Int32Array(original.length)
  const codes = new Uint16Array(original.length)
  let n = 0
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i)
    if (!keep[i] || !isLetter(c)) continue
    at[n] = i
    codes[n++] = c
  }
  let text = ''
  for (let i = 0; i < n; i += 4096) text += String.fromCharCode(...codes.subarray(i, Math.min(n, i + 4096)))
  return { text, at: at.slice(0, n) }
}

/** FNV-1a of k characters from `from`, then a final mix so every bit is usable for sampling. */
function shingleHash(text: string, from: number, k: number): number {
  let h = 0x811c9dc5
  for (let i = from; i < from + k; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  return h >>> 0
}

/** The distinct shingle hashes of a normalised text, ascending. */
export function shingleSet(text: string, k: number = SHINGLE): Uint32Array {
  const n = text.length - k + 1
  if (n <= 0) return new Uint32Array(0)
  const all = new Uint32Array(n)
  for (let i = 0; i < n; i++) all[i] = shingleHash(text, i, k)
  all.sort()
  let w = 0
  for (let i = 0; i < n; i++) if (i === 0 || all[i] !== all[i - 1]) all[w++] = all[i]
  return all.slice(0, w)
}

/** Shingles two ascending sets share. */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0
  let j = 0
  let shared = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++
      i++
      j++
    } else if (a[i] < b[j]) i++
    else j++
  }
  return shared
}

/**
 * How much of the shorter text the longer one contains: shared shingles ÷ the smaller set
 * (overlap coefficient). A report that took all of another's text and added a paragraph is a copy
 * too; 0 when either text is empty.
 */
export function overlap(a: Uint32Array, b: Uint32Array): number {
  const smaller = Math.min(a.length, b.length)
  return smaller === 0 ? 0 : sharedCount(a, b) / smaller
}

/** A character range [start, end) of an original text. */
export type TextRange = readonly [start: number, end: number]

/** Kept characters further apart than this in the original (a boilerplate sentence between) start a new passage. */
const PASSAGE_GAP = 12

/** The ranges of the original text covered by shingles the other text has too. */
function coveredRanges(norm: NormalizedText, shingles: readonly number[], other: Uint32Array, k: number): TextRange[] {
  const covered = new Uint8Array(norm.text.length)
  shingles.forEach((h, i) => {
    if (binaryHas(other, h)) covered.fill(1, i, i + k)
  })
  const ranges: [number, number][] = []
  for (let i = 0; i < covered.length; i++) {
    if (!covered[i]) continue
    const last = ranges[ranges.length - 1]
    if (last && i > 0 && covered[i - 1] && norm.at[i] - norm.at[i - 1] <= PASSAGE_GAP) last[1] = norm.at[i] + 1
    else ranges.push([norm.at[i], norm.at[i] + 1])
  }
  return ranges
}

/** The first index of an ascending array whose value is not below `v` (its length when none is). */
export function lowerBound(sorted: Uint32Array, v: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid] < v) lo = mid + 1
    else hi = mid
  }
  return lo
}

function binaryHas(sorted: Uint32Array, v: number): boolean {
  const at = lowerBound(sorted, v)
  return at < sorted.length && sorted[at] === v
}

function shingleList(text: string, k: number): number[] {
  const out: number[] = []
  for (let i = 0; i + k <= text.length; i++) out.push(shingleHash(text, i, k))
  return out
}

export interface SharedPassages {
  /** Passages of the first text found in the second, as ranges of the first text. */
  a: TextRange[]
  b: TextRange[]
  /** The overlap the rule judges (shared shingles ÷ the smaller set). */
  similarity: number
}

/**
 * The passages two narratives share, for showing them side by side: ranges in each original text
 * (numbers and punctuation inside a passage included, so "收到申请154件" and "收到申请160件" are
 * one marked passage). `names`: both offices' names, left out as the rule leaves them out.
 */
export function sharedPassages(a: string, b: string, names: readonly string[] = []): SharedPassages {
  const na = normalizeNarrative(a, names)
  const nb = normalizeNarrative(b, names)
  const sa = shingleSet(na.text)
  const sb = shingleSet(nb.text)
  return {
    a: coveredRanges(na, shingleList(na.text, SHINGLE), sb, SHINGLE),
    b: coveredRanges(nb, shingleList(nb.text, SHINGLE), sa, SHINGLE),
    similarity: overlap(sa, sb),
  }
}
