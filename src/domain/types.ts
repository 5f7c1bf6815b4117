/**
 * The canonical report's TypeScript types, derived from the format definitions in model.ts.
 */
import type {
  ApplicantColumn,
  DisputeColumn,
  OfficeKind,
  RequestGroup,
  RequestRowKey,
  SectionKey,
  TemplateId,
} from './model'
import type { MessageParams, NestedMessage } from '../i18n/format'
import type { MessageKey } from '../i18n/messages'

/** A numeric cell: `null` is blank/unknown, never silently 0. */
export type CellValue = number | null

export type ApplicantRow = Record<ApplicantColumn, CellValue>
export type DisputeRow = Record<DisputeColumn, CellValue>

type TopKey<K extends string> = K extends `${infer G}.${string}` ? G : K
type LeafKey<K extends string, G extends string> = K extends `${G}.${infer L}` ? L : never

/** Table 三. Rows a template does not print are absent (e.g. 2019 has no overdueCorrection). */
export type Requests = {
  [G in TopKey<RequestRowKey>]?: G extends RequestGroup
    ? { [L in LeafKey<RequestRowKey, G>]?: ApplicantRow }
    : ApplicantRow
}

/** Table 二: items and fields differ between the formats (see PROACTIVE_ITEMS). */
export type ProactiveItem = Record<string, CellValue | string>
export type Proactive = Record<string, ProactiveItem>

export interface Narrative {
  overview?: string
  problems?: string
  other?: string
}

/**
 * Which of the six parts a report read from a document has: for each part whose heading was
 * found, the characters of content under it (letters and digits; 0 = heading with nothing under
 * it). A part not found has no key. Only reports read from a document carry it.
 */
export type Sections = Partial<Record<SectionKey, number>>

export interface Report {
  office: string
  region: string | null
  officeKind: OfficeKind
  year: number
  template: TemplateId
  /** ISO date `YYYY-MM-DD`, or null when unknown. */
  publishedAt: string | null
  requests: Requests
  review: DisputeRow
  litigationDirect: DisputeRow
  litigationAfterReview: DisputeRow
  proactive: Proactive
  narrative?: Narrative
  sections?: Sections
}

export type Severity = 'error' | 'warning'

export interface Finding {
  rule: string
  severity: Severity
  /** Row or group the finding concerns, as a flat key path without the column (e.g. `requests`, `requests.denied.stateSecret`, `review`). */
  field: string
  column?: string
  expected?: number | string | null
  actual?: number | string | null
  /** In Chinese, as SPEC §2/§3 outputs it; made from `messageId` and `params` (i18n/said.ts). */
  message: string
  /** The message's id in the catalogue (i18n/findings.ts) and its parameters: the screen renders them in its language. */
  messageId?: MessageKey
  params?: MessageParams
  /** `expected`/`actual` when they are words, not figures (e.g. 有内容/缺少): the same words as messages. */
  valueWords?: { expected?: NestedMessage; actual?: NestedMessage }
  /** Flat key paths of every cell concerned, for highlighting. */
  cells?: string[]
  /** The other report a comparison finding names (narrative-copy), for showing the two side by side. */
  related?: { office: string; year: number; similarity?: number }
  office?: string
  year?: number
}

/** A rule that could not be assessed for a report because its inputs are blank. */
export interface NotAssessable {
  rule: string
  office: string
  year: number
  /** In Chinese, made from `reasonId` and `params` like a finding's message. */
  reason: string
  reasonId?: MessageKey
  params?: MessageParams
}

export interface CanonicalDocument {
  format: 'disclosure-report'
  version: 1
  reports: (Report & { findings?: Finding[] })[]
}
