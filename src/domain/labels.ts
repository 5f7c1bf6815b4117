/**
 * Label normalisation: how a label typed by a clerk or printed in a real report is compared with
 * the labels of the format definition. Width, spacing, quote style, bracket style and numbering
 * prefixes never matter.
 */

const QUOTES = /["'“”‘’「」『』〝〞＂＇]/g
const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g
const CN_NUM = '一二三四五六七八九十'
// Numbering prefixes: 一、 三(二) (一) 1. 1、 (1) 1) ① — repeated, e.g. "三(二)".
const NUMBERING = new RegExp(
  `^(?:[${CN_NUM}]+[、.]|[${CN_NUM}]+(?=\\()|\\([${CN_NUM}]+\\)|\\d+[、.)](?!\\d)|\\(\\d+\\)|[①-⑳])`,
)

/** NFKC (full-width → half-width), no spaces, no quotes. Numbering kept. */
export function foldText(text: string): string {
  return text.normalize('NFKC').replace(SPACES, '').replace(QUOTES, '')
}

/** Strip numbering prefixes such as "三(二)", "（一）", "1." from folded text. */
export function stripNumbering(folded: string): string {
  let s = folded
  for (let i = 0; i < 4; i++) {
    const m = NUMBERING.exec(s)
    if (!m || m[0].length === s.length) break
    s = s.slice(m[0].length)
  }
  return s
}

/** The comparison key of a label: folded, numbering dropped, trailing colon dropped. */
export function normalizeLabel(text: string): string {
  return stripNumbering(foldText(text)).replace(/[:：]+$/, '')
}

/** Drop parenthetical notes: "部分公开(区分处理的…)" → "部分公开". Applied after normalizeLabel. */
export function withoutNotes(normalized: string): string {
  return normalized.replace(/\([^()]*\)/g, '')
}
