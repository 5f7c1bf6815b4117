/**
 * `narrative-copy`: a report's narrative against the same office's previous report and against
 * every other office's report of the same year (text.ts says what is compared and how).
 *
 * Same year, without comparing all pairs (20,000 reports of a year are 200 million pairs): every
 * narrative keeps a sample of its shingles — those whose hash ends in two zero bits, the same
 * choice in every text, so a copy and its source keep the same ones — and an inverted index maps
 * each sampled shingle to the narratives holding it. Prefix filtering (the AllPairs similarity
 * join) then finds the pairs that can reach the candidate threshold: a narrative of n sampled
 * shingles sharing at least t·n of them with a larger one must share one of its
 * n − ⌈t·n⌉ + 1 rarest, so only the posting lists of those few rare shingles are read. Shingles
 * in more than 1 % of the year's narratives (and at least STOCK_MIN) (the genre's stock phrases) are left out of this
 * search — a copy shares its source's rare shingles too — so the lists read stay short however
 * alike the reports are; a narrative made only of stock phrases is not searched for. Candidates
 * are then compared on their samples and confirmed on their full shingle sets. The candidate
 * threshold sits below the rule's, so a sample that happens to undercount a copy still finds it.
 */
import type { Report } from '../../types'

/** What the rule reads of a report (the checks worker keeps only this of each, page by page). */
export type Narrated = Pick<Report, 'office' | 'year' | 'narrative'>
import { asNested, said } from '../../../i18n/said'
import { pushFinding, type CheckResult } from '../common'
import { lowerBound, narrativeText, normalizeNarrative, overlap, sharedCount, shingleSet } from './text'

/** Default threshold of `narrative-copy`: 80 % of the shorter narrative found in the other. */
const COPY_THRESHOLD = 0.8
/** Narratives shorter than this many shingles (about 105 characters of their own: a stub, or stock phrases only) are not compared. */
const MIN_SHINGLES = 100
/** A shingle is sampled when its hash & SAMPLE_MASK is 0: one in four. */
const SAMPLE_MASK = 3
/** Sampled overlap a pair needs to be confirmed on its full sets. */
const CANDIDATE_MARGIN = 0.2
/** At most this many candidates per narrative are compared (those sharing most rare shingles). */
const MAX_CANDIDATES = 64
/** A shingle in more than this share of the year's narratives (and more than STOCK_MIN) is a stock phrase. */
const STOCK_SHARE = 0.01
const STOCK_MIN = 50

/** A narrative as the same-year search holds it. */
interface ComparedNarrative {
  report: Narrated
  text: string
  /** Sampled shingles (own name left out), ascending. */
  sample: Uint32Array
}

export interface CopyOptions {
  /** 0–1; default COPY_THRESHOLD. */
  threshold?: number
}

const percent = (v: number) => `${Math.floor(v * 100 + 1e-9)}%`

function fullSet(text: string, names: readonly string[]): Uint32Array {
  return shingleSet(normalizeNarrative(text, names).text)
}

function sampleOf(set: Uint32Array): Uint32Array {
  return set.filter((h) => (h & SAMPLE_MASK) === 0)
}

/** Similarity of two narratives of different offices, both names left out of both. */
function pairSimilarity(a: { office: string; text: string }, b: { office: string; text: string }): number {
  const names = [a.office, b.office]
  return overlap(fullSet(a.text, names), fullSet(b.text, names))
}

export function checkNarrativeCopies(reports: readonly Narrated[], out: CheckResult, options: CopyOptions = {}): void {
  const threshold = options.threshold ?? COPY_THRESHOLD
  const byOffice = new Map<string, Narrated[]>()
  for (const r of reports) {
    let list = byOffice.get(r.office)
    if (!list) byOffice.set(r.office, (list = []))
    list.push(r)
  }
  const byYear = new Map<number, ComparedNarrative[]>()
  for (const [office, list] of byOffice) {
    list.sort((a, b) => a.year - b.year)
    let previous: { report: Narrated; set: Uint32Array } | undefined
    for (const report of list) {
      const text = narrativeText(report.narrative)
      const set = text ? fullSet(text, [office]) : new Uint32Array(0)
      if (set.length < MIN_SHINGLES) {
        previous = undefined // the previous report is the one before this, whether or not it has a narrative
        continue
      }
      if (previous) {
        const similarity = overlap(set, previous.set)
        if (similarity >= threshold) copyOfPrevious(out, report, previous.report, similarity, threshold)
      }
      previous = { report, set }
      let year = byYear.get(report.year)
      if (!year) byYear.set(report.year, (year = []))
      year.push({ report, text, sample: sampleOf(set) })
    }
  }
  for (const narrated of byYear.values()) sameYearCopies(narrated, threshold, out)
}

function copyOfPrevious(
  out: CheckResult,
  report: Narrated,
  previous: Narrated,
  similarity: number,
  threshold: number,
): void {
  const expected = said('finding.narrative-copy.expected', { threshold: percent(threshold) })
  pushFinding(out, report, 'narrative-copy', {
    field: 'narrative',
    expected: expected.message,
    actual: percent(similarity),
    valueWords: { expected: asNested(expected) },
    related: { office: previous.office, year: previous.year, similarity },
    ...said('finding.narrative-copy.previous', { previousYear: previous.year, similarity: percent(similarity) }),
  })
}

interface Match {
  other: Narrated
  similarity: number
}

function sameYearCopies(docs: readonly ComparedNarrative[], threshold: number, out: CheckResult): void {
  if (docs.length < 2) return
  const matches = new Map<number, Match[]>()
  const add = (i: number, other: Narrated, similarity: number) => {
    let list = matches.get(i)
    if (!list) matches.set(i, (list = []))
    list.push({ other, similarity })
  }
  for (const [i, j, similarity] of similarPairs(docs, threshold)) {
    add(i, docs[j].report, similarity)
    add(j, docs[i].report, similarity)
  }
  for (const [i, list] of [...matches].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => b.similarity - a.similarity || (a.other.office < b.other.office ? -1 : 1))
    const best = list[0]
    const more = list.length - 1
    const expected = said('finding.narrative-copy.expected', { threshold: percent(threshold) })
    const about = { office: best.other.office, year: best.other.year, similarity: percent(best.similarity) }
    pushFinding(out, docs[i].report, 'narrative-copy', {
      field: 'narrative',
      expected: expected.message,
      actual: percent(best.similarity),
      valueWords: { expected: asNested(expected) },
      related: { office: best.other.office, year: best.other.year, similarity: best.similarity },
      ...(more > 0
        ? said('finding.narrative-copy.others', { ...about, more, threshold: percent(threshold) })
        : said('finding.narrative-copy.other', about)),
    })
  }
}

/** Shingle → narratives holding it, as sorted arrays (compact: a year of 20,000 narratives holds millions). */
interface Postings {
  hashes: Uint32Array
  /** Start of each hash's narratives in `docs`; one more entry than `hashes`. */
  starts: Int32Array
  docs: Int32Array
}

const DOC_BITS = 2 ** 21

function buildPostings(docs: readonly ComparedNarrative[]): Postings {
  let total = 0
  for (const d of docs) total += d.sample.length
  // hash · 2²¹ + doc stays below 2⁵³: exact in a double, and one native sort orders both.
  const keys = new Float64Array(total)
  let k = 0
  docs.forEach((d, i) => {
    for (const h of d.sample) keys[k++] = h * DOC_BITS + i
  })
  keys.sort()
  const hashes: number[] = []
  const starts: number[] = []
  const posted = new Int32Array(total)
  for (let p = 0; p < total; p++) {
    const h = Math.floor(keys[p] / DOC_BITS)
    posted[p] = keys[p] - h * DOC_BITS
    if (p === 0 || h !== hashes[hashes.length - 1]) {
      hashes.push(h)
      starts.push(p)
    }
  }
  starts.push(total)
  return { hashes: Uint32Array.from(hashes), starts: Int32Array.from(starts), docs: posted }
}

/** Pairs [i, j, similarity] of narratives at or above the threshold (i found from the smaller sample). */
export function similarPairs(docs: readonly ComparedNarrative[], threshold: number): [number, number, number][] {
  const postings = buildPostings(docs)
  const candidateThreshold = Math.max(0.05, threshold - CANDIDATE_MARGIN)
  const hits = new Int32Array(docs.length)
  const fullSets = new Map<number, Uint32Array>()
  const pairs: [number, number, number][] = []
  const { starts } = postings
  const stock = Math.max(STOCK_MIN, Math.ceil(STOCK_SHARE * docs.length))
  // Each narrative's rare sampled shingles as document frequency · 2³² + position in the index,
  // sorted natively: rarest first, ties in one global order.
  // The same shingles by their hash, ascending, for counting what two narratives share.
  const rareByHash: Uint32Array[] = []
  const rare = docs.map((d) => {
    const tokens: number[] = []
    const hashes: number[] = []
    for (const h of d.sample) {
      const at = lowerBound(postings.hashes, h)
      const df = starts[at + 1] - starts[at]
      if (df > stock) continue
      tokens.push(df * 2 ** 32 + at)
      hashes.push(h)
    }
    rareByHash.push(Uint32Array.from(hashes)) // d.sample is ascending: so is this
    return Float64Array.from(tokens).sort()
  })
  const rareSize = Int32Array.from(rare, (r) => r.length)

  for (let i = 0; i < docs.length; i++) {
    const tokens = rare[i]
    const size = tokens.length
    if (size === 0) continue
    const prefix = Math.min(size, size - Math.ceil(candidateThreshold * size) + 1)
    const touched: number[] = []
    for (let t = 0; t < prefix; t++) {
      const at = tokens[t] % 2 ** 32
      for (let p = starts[at]; p < starts[at + 1]; p++) {
        const j = postings.docs[p]
        // Each pair once, from the narrative with fewer rare shingles.
        if (rareSize[j] < size || (rareSize[j] === size && j <= i)) continue
        if (hits[j]++ === 0) touched.push(j)
      }
    }
    const candidates = touched.length > MAX_CANDIDATES ? mostHits(touched, hits, MAX_CANDIDATES) : touched
    for (const j of touched) hits[j] = 0
    for (const j of candidates) {
      // The rare sampled shingles first (what the search guarantees), the full sets only for a pair that may be a copy.
      if (sharedCount(rareByHash[i], rareByHash[j]) < candidateThreshold * size) continue
      const similarity = confirm(docs, i, j, fullSets, threshold)
      if (similarity >= threshold) pairs.push([i, j, similarity])
    }
  }
  return pairs
}

/** The `max` narratives sharing most prefix shingles (hits are small counts: bucketed, not sorted). */
function mostHits(touched: readonly number[], hits: Int32Array, max: number): number[] {
  let top = 0
  for (const j of touched) if (hits[j] > top) top = hits[j]
  const count = new Int32Array(top + 1)
  for (const j of touched) count[hits[j]]++
  let least = top
  for (let kept = count[top]; least > 1 && kept + count[least - 1] <= max;) kept += count[--least]
  const out: number[] = []
  for (const j of touched) if (hits[j] >= least && out.length < max) out.push(j)
  return out
}

/** The full-set similarity of a candidate pair (own names left out; both names when it is close). */
function confirm(
  docs: readonly ComparedNarrative[],
  i: number,
  j: number,
  cache: Map<number, Uint32Array>,
  threshold: number,
): number {
  const own = (k: number) => {
    let set = cache.get(k)
    if (!set) cache.set(k, (set = fullSet(docs[k].text, [docs[k].report.office])))
    return set
  }
  const quick = overlap(own(i), own(j))
  if (quick >= threshold || quick < threshold - 0.1) return quick
  // Close: a copy that kept the other office's name differs only there.
  return pairSimilarity(
    { office: docs[i].report.office, text: docs[i].text },
    { office: docs[j].report.office, text: docs[j].text },
  )
}
