/**
 * Two narratives side by side with the passages they share marked: the texts cut into segments
 * (shared or not) along the ranges domain/rules/content/text.ts finds, for a template to render
 * with <mark> — the text itself stays text, never markup.
 */
import { narrativeText, sharedPassages, type TextRange } from '../domain/rules/content/text'
import type { Narrative } from '../domain/types'

export interface Segment {
  text: string
  shared: boolean
}

/** The text cut at the ranges (sorted, non-overlapping as sharedPassages gives them). */
export function segmentsOf(text: string, ranges: readonly TextRange[]): Segment[] {
  const out: Segment[] = []
  let at = 0
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const from = Math.max(start, at)
    if (end <= from) continue
    if (from > at) out.push({ text: text.slice(at, from), shared: false })
    out.push({ text: text.slice(from, end), shared: true })
    at = end
  }
  if (at < text.length) out.push({ text: text.slice(at), shared: false })
  return out
}

export interface NarrativePair {
  a: Segment[]
  b: Segment[]
  similarity: number
}

/** Both narratives as segments, and their similarity as the narrative-copy rule judges it. */
export function compareNarratives(
  a: { office: string; narrative: Narrative | undefined },
  b: { office: string; narrative: Narrative | undefined },
): NarrativePair {
  const textA = narrativeText(a.narrative)
  const textB = narrativeText(b.narrative)
  // Office names, as the rule passes them: normalizeNarrative leaves out each name's variants itself.
  const shared = sharedPassages(textA, textB, [a.office, b.office])
  return { a: segmentsOf(textA, shared.a), b: segmentsOf(textB, shared.b), similarity: shared.similarity }
}
