/**
 * The six section headings of a report (SECTIONS in model.ts), found even when mis-numbered
 * ("2、" for "二、") or mistyped, and the text of sections 一, 五 and 六 kept as the narrative.
 */
import { normalizeLabel } from '../../domain/labels'
import { SECTIONS, type SectionKey } from '../../domain/model'
import type { Narrative, Sections } from '../../domain/types'
import { memoize } from './memo'
import { fuzzyEquals, SECTION_TABLE } from './vocabulary'

export type { SectionKey } from '../../domain/model'

export interface SectionHeading {
  key: SectionKey
  /** 0-based line index. */
  line: number
  /** Text printed after the heading on the same line ("一、总体情况。2023年，…"). */
  rest: string
}

const NUMBERING =
  /^[\s\u3000]*(?:#+\s*)?(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|[\d０-９]+[、.．]|第[一二三四五六七八九十]+部分[、:：]?)/
const HEADING_MAX = 40
const SUB_NUMBERING = /^[\s\u3000]*[（(][一二三四五六七八九十\d]+[)）]/
const INLINE_REST = /^[。：:，,；;.\s\u3000\u00a0]+/
const FOOTER =
  /^(?:【?打印|【?关闭|【?我要纠错|扫一扫|主办[:：]|承办[:：]|网站标识码|版权所有|ICP备|联系我们|分享到|相关链接|相关文章|相关稿件|附件下载|上一篇|下一篇|返回顶部|网站地图|责任编辑|【字体|字号[:：])/
const SIGNATURE_DATE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/
const EDGE = /^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g
const VARIANTS = SECTIONS.map((_, i) => SECTION_TABLE.variantsOf(i))

type Heading = { readonly index: number; readonly rest: string }

/** Table cells and short lines repeat across reports (the same labels in every one): remembered. */
const headingShort = memoize(20_000, readHeading)

function matchHeading(line: string): Heading | undefined {
  // Table cells ("\t…", "|…") are never headings: answered before the memo, they are most lines.
  if (line.startsWith('\t') || line.startsWith('|')) return undefined
  return line.length <= 2 * HEADING_MAX ? headingShort(line) : readHeading(line)
}

function readHeading(line: string): Heading | undefined {
  const text = line.replace(EDGE, '')
  if (text === '') return undefined
  // "（一）主动公开情况" is a sub-heading inside section 一, never a section of the report.
  if (SUB_NUMBERING.test(text)) return undefined
  const numbered = NUMBERING.test(text)
  // A heading alone on its line is short; a longer line is a heading only when numbered ("一、总体情况。…").
  if (text.length > HEADING_MAX && !numbered) return undefined
  const norm = normalizeLabel(text.slice(0, 2 * HEADING_MAX).replace(/^#+\s*/, ''))
  const whole = text.length <= HEADING_MAX ? SECTION_TABLE.get(norm) : undefined
  if (whole !== undefined) return { index: whole, rest: '' }
  if (text.length <= HEADING_MAX && norm.length <= 30 && (numbered || norm.length >= 8)) {
    const fuzzy = VARIANTS.findIndex((v) => fuzzyEquals(norm, v))
    if (fuzzy >= 0) return { index: fuzzy, rest: '' }
  }
  // Heading and text on one line: "一、总体情况。2023年，我局……"
  if (!numbered) return undefined
  for (let i = 0; i < VARIANTS.length; i++) {
    for (const v of VARIANTS[i]) {
      if (!norm.startsWith(v)) continue
      // Where the heading ends in the printed line: its last two characters.
      const at = text.indexOf(v.slice(-2))
      const after = at >= 0 ? text.slice(at + 2) : ''
      if (INLINE_REST.test(after)) return { index: i, rest: after.replace(INLINE_REST, '') }
    }
  }
  return undefined
}

/** Section headings in document order; each section once, never going back to an earlier one. */
export function findSections(lines: readonly string[]): SectionHeading[] {
  const found: SectionHeading[] = []
  let last = -1
  for (let i = 0; i < lines.length; i++) {
    const m = matchHeading(lines[i])
    if (!m || m.index <= last) continue
    found.push({ key: SECTIONS[m.index].key, line: i, rest: m.rest })
    last = m.index
  }
  return found
}

/** The lines of one section's content: blank lines, page footers and (for the last part) the signature left out. */
function sectionLines(
  lines: readonly string[],
  from: number,
  to: number,
  rest: string,
  options: { trimSignature: boolean; tables: boolean },
): string[] {
  const out: string[] = rest ? [rest] : []
  for (let i = from; i < to; i++) {
    const raw = lines[i]
    const cell = raw.startsWith('\t') || raw.startsWith('|')
    if (cell && !options.tables) continue
    const text = (cell ? raw.replace(/^[\t|]+/, '') : raw).replace(EDGE, '')
    if (text === '') continue
    if (!cell && FOOTER.test(text)) break
    out.push(text)
  }
  if (options.trimSignature && out.length > 0 && SIGNATURE_DATE.test(out[out.length - 1])) {
    out.pop()
    // The signing office's name sits right above the date.
    if (out.length > 0 && out[out.length - 1].length <= 30 && !/[。；;]$/.test(out[out.length - 1])) out.pop()
  }
  return out
}

export function readNarrative(lines: readonly string[], sections: readonly SectionHeading[]): Narrative | undefined {
  const narrative: Narrative = {}
  const targets: [SectionKey, keyof Narrative][] = [
    ['overview', 'overview'],
    ['problems', 'problems'],
    ['other', 'other'],
  ]
  for (const [key, field] of targets) {
    const at = sections.findIndex((s) => s.key === key)
    if (at < 0) continue
    const next = sections[at + 1]?.line ?? lines.length
    const text = sectionLines(lines, sections[at].line + 1, next, sections[at].rest, {
      trimSignature: key === 'other',
      tables: false,
    })
    if (text.length > 0) narrative[field] = text.join('\n')
  }
  return Object.keys(narrative).length > 0 ? narrative : undefined
}

const CONTENT_CHAR = /[\p{L}\p{N}]/gu

/**
 * How much each part found holds (Report.sections): letters and digits under its heading, tables
 * included, blank lines, punctuation, page footers and the closing signature not. A part that says
 * only "无。" holds 1 — present; a heading followed straight by the next heading holds 0 — empty.
 */
export function sectionSizes(lines: readonly string[], sections: readonly SectionHeading[]): Sections {
  const sizes: Sections = {}
  sections.forEach((s, at) => {
    const next = sections[at + 1]?.line ?? lines.length
    const content = sectionLines(lines, s.line + 1, next, s.rest, {
      trimSignature: at === sections.length - 1,
      tables: true,
    })
    let size = 0
    for (const text of content) size += text.match(CONTENT_CHAR)?.length ?? 0
    sizes[s.key] = size
  })
  return sizes
}
