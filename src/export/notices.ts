/**
 * The printable rectification notices (整改通知): one per office, its findings in the list's
 * order, dated the way a Chinese document is dated.
 */
import type { RectificationRow } from '../analysis/rectification'
import { MONTHS } from '../i18n/kinds'

export interface OfficeNotice {
  office: string
  region: string | null
  years: number[]
  rows: RectificationRow[]
}

/** Rows grouped by office, in the rows' order (region, office). */
export function noticesOf(rows: readonly RectificationRow[]): OfficeNotice[] {
  const out = new Map<string, OfficeNotice>()
  for (const r of rows) {
    let n = out.get(r.office)
    if (!n) out.set(r.office, (n = { office: r.office, region: r.region, years: [], rows: [] }))
    n.rows.push(r)
    if (r.year !== null && !n.years.includes(r.year)) n.years.push(r.year)
  }
  for (const n of out.values()) n.years.sort((a, b) => a - b)
  return [...out.values()]
}

/** 2025年1月20日 — how a notice is dated. */
export function chineseDate(d: Date): string {
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`
}

/** A notice's date in its language: 2025年1月20日, or 20 January 2025. */
export function noticeDate(d: Date, locale: 'zh' | 'en'): string {
  return locale === 'zh' ? chineseDate(d) : `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`
}
