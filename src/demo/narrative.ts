/**
 * The demo reports' narratives (一 总体情况, 五 存在的主要问题及改进情况, 六 其他需要报告的事项),
 * composed from phrases.ts with the report's own figures, and the six parts as a reader of the
 * document would find them (Report.sections).
 *
 * A narrative is a function of a seed, the report's figures and an office whose topics it speaks
 * of: the same seed with another year's figures is last year's text with its years and numbers
 * changed — the copy the demo plants. The number of random draws never depends on the figures, so
 * the same seed always picks the same phrases.
 */
import type { SectionKey } from '../domain/model'
import type { Narrative, Report, Sections } from '../domain/types'
import * as P from './phrases'
import { Rng } from './random'

/** A figure the narrative states differently from the table (the planted narrative-mismatch). */
export type StatedFigure = 'received' | 'handled' | 'carriedForward'

export interface NarrativeSpec {
  seed: number
  /** The office whose topics and self-name the text uses (another office's for a neighbour's copy). */
  voice: string
  /** Figures stated differently from the table. */
  stated?: Partial<Record<StatedFigure, number>>
}

function topicsOf(office: string): readonly string[] {
  return P.TOPICS.find(([keyword]) => office.includes(keyword))?.[1] ?? P.DEFAULT_TOPICS
}

function selfOf(office: string): string {
  return P.SELF.find(([suffix]) => office.endsWith(suffix))?.[1] ?? '本机关'
}

const total = (row: { total?: number | null } | undefined) => row?.total ?? 0

/** The narrative of a report (see the file comment). */
export function composeNarrative(report: Report, spec: NarrativeSpec): Narrative {
  const rng = new Rng(spec.seed)
  const topics = topicsOf(spec.voice)
  const self = selfOf(spec.voice)
  const fill = (template: string) =>
    template
      .replace(/\{year\}/g, String(report.year))
      .replace(/\{nextYear\}/g, String(report.year + 1))
      .replace(/\{self\}/g, self)
      .replace(/\{topic\}/g, () => rng.pick(topics))
      .replace(/\{n\}/g, () => String(rng.int(30, 600)))
      .replace(/\{k\}/g, () => String(rng.int(2, 30)))
      .replace(/\{k2\}/g, () => String(rng.int(1, 12)))
  const rq = report.requests
  const figures: Record<string, number> = {
    received: total(rq.received),
    carriedOver: total(rq.carriedOver),
    handled: total(rq.total),
    carriedForward: total(rq.carriedForward),
    review: report.review.total ?? 0,
    litigation: (report.litigationDirect.total ?? 0) + (report.litigationAfterReview.total ?? 0),
    ...spec.stated,
  }
  const withFigures = (template: string) =>
    fill(template).replace(/\{(\w+)\}/g, (_, k: string) => String(figures[k] ?? 0))

  // Every pick below happens whatever the figures are.
  const opening = fill(`${rng.pick(P.OPENING_LEAD)}${rng.pick(P.OPENING_FOCUS)}，${rng.pick(P.OPENING_AIM)}。`)
  const proactive = rng.shuffle(P.PROACTIVE).slice(0, 2).map(fill)
  const requestsAt = rng.int(0, P.REQUESTS.length - 1)
  const noneAt = rng.int(0, P.NO_REQUESTS.length - 1)
  const disputesAt = rng.int(0, P.DISPUTES_SOME.length - 1)
  const quietAt = rng.int(0, P.DISPUTES_NONE.length - 1)
  const measures = Array.from({ length: 2 }, () =>
    fill(`${rng.pick(P.MEASURE_VERB)}${rng.pick(P.MEASURE_OBJECT)}，${rng.pick(P.MEASURE_EFFECT)}`),
  )
  const rule = fill(rng.pick(P.DOC_ACTION).replace('{doc}', rng.pick(P.DOC_TYPES)))
  const events = Array.from({ length: 2 }, () =>
    fill(
      `${rng.pick(P.CONNECTORS)}${rng.int(1, 12)}月，${self}${rng.pick(P.EVENT_PLACE)}${rng.pick(P.EVENT_ACTIVITY)}，${rng.pick(P.EVENT_RESULT)}`,
    ),
  )
  const problems = rng.shuffle(P.PROBLEMS).slice(0, 2).map(fill)
  const improvements = rng.shuffle(P.IMPROVEMENTS).slice(0, 2).map(fill)
  const nextStep = fill(rng.pick(P.NEXT_STEP))
  const other = rng.pick(P.OTHER_MATTERS)

  // A stated figure must be in the sentence: the phrasing that names all four.
  const requestsTemplate = spec.stated ? P.REQUESTS[0] : P.REQUESTS[requestsAt]
  const requests =
    figures.received === 0 && figures.carriedOver === 0 && !spec.stated
      ? P.NO_REQUESTS[noneAt]
      : withFigures(requestsTemplate)
  const disputes =
    figures.review === 0 && figures.litigation === 0
      ? P.DISPUTES_NONE[quietAt]
      : withFigures(P.DISPUTES_SOME[disputesAt])

  return {
    overview: [
      opening,
      `（一）主动公开情况。${proactive.join('；')}。`,
      `（二）依申请公开情况。${requests}。${disputes}。`,
      `（三）工作机制建设。${rule}，${measures.join('；')}。${events.join('。')}。`,
    ].join('\n'),
    problems: `一是${problems[0]}；二是${problems[1]}。${nextStep}${improvements[0]}，${improvements[1]}。`,
    other,
  }
}

const CONTENT = /[\p{L}\p{N}]/gu
const size = (text: string | undefined) => (text ? (text.match(CONTENT)?.length ?? 0) : 0)

/** What a reader of the report's document would find of its six parts: all present, the tables' parts sized by format. */
export function documentSections(report: Report, rng: Rng): Sections {
  const n = report.narrative
  const tables = report.template === '2021' ? [180, 620, 95] : [260, 580, 95]
  return {
    overview: size(n?.overview),
    proactive: tables[0] + rng.int(0, 20),
    requests: tables[1] + rng.int(0, 30),
    disputes: tables[2],
    problems: size(n?.problems),
    other: size(n?.other),
  }
}

/** Leave a part out of a report (the planted sections-missing): no heading, or a heading with nothing under it. */
export function dropPart(report: Report, part: SectionKey & keyof Narrative, headingKept: boolean): void {
  if (report.narrative) delete report.narrative[part]
  if (!report.sections) return
  if (headingKept) report.sections[part] = 0
  else delete report.sections[part]
}
