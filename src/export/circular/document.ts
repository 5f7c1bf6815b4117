/**
 * An official document (公文) as plain data: what the circular (通报) and the rectification
 * notices (整改通知) are made of, and what the .docx writer lays out. Wording is decided by the
 * model builders; the writer only applies the GB/T 9704 layout.
 */

export interface DocParagraph {
  /** heading1: 一、… (黑体); heading2: （一）… (楷体); body: 仿宋, first line indented two characters. */
  kind: 'heading1' | 'heading2' | 'body'
  text: string
}

export interface DocTable {
  /** The attachment's title, e.g. 2024年度政府信息公开工作年度报告得分排名. */
  title: string
  columns: string[]
  rows: string[][]
  /** Relative column widths (same length as columns). */
  widths?: number[]
}

export interface OfficialDocument {
  title: string
  /** 发文字号, e.g. 江政公办〔2025〕3号; printed under the title when given. */
  documentNumber?: string
  /** The 主送 line, ending in "：". */
  recipients: string
  body: DocParagraph[]
  /** The issuing agency and the date as printed (2025年3月15日). */
  signature: { issuer: string; date: string }
  /** Printed after the signature, each on a new page as 附件1, 附件2 …. */
  attachments: DocTable[]
}

/** 2025-03-05 → 2025年3月5日 (GB/T 9704: Arabic numerals, no leading zeros). */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) return iso
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`
}

/** A score as printed: at most two decimals, no trailing zeros. */
export function formatScore(v: number): string {
  return String(Math.round(v * 100) / 100)
}
