/**
 * The demo data set: a synthetic city 江州市 (16 districts/counties × 40 offices + the city's own
 * departments, 2020–2024) with planted gaps, and a larger synthetic province for benchmarks.
 * Pure TS (no fs, no Math.random, no clock): a seed gives the same data in Node and the browser.
 *
 * Planted gaps and exactly which rules of SPEC §3 each one trips (nothing else trips any rule):
 * - missing: no report for (office, year), never the office's first year → `missing-report`.
 *   The office's tables keep running through the gap with nothing carried or issued, so the next
 *   report's carriedOver/inForce match the last published ones (no carry/in-force finding).
 * - late: publishedAt after 31 Jan (department) / 31 Mar (government) of year+1 → `deadline`.
 * - undated: publishedAt null → `deadline` is not assessable for it; no finding.
 * - balanceErrors: one applicant column of 一、本年新收 and its 总计 cell raised or lowered by the
 *   same 1–3, so row totals and outcome sums still hold → `balance` in that column and in `total`
 *   (two entries, one per column, are recorded).
 * - brokenCarryChains: carriedOver of one applicant column (and so of 总计) differs by 1–3 from
 *   the previous year's carriedForward; the report itself still balances → `carry-chain` in that
 *   column and in `total` (two entries recorded). Only planted where the previous year's report
 *   exists under the same name.
 * - outdatedTemplate: a 2021+ report in the 2019 format → `outdated-template` (its in-force cells
 *   do not exist, so `in-force-chain` is not assessable for it and for the next year).
 * - renamed: reports before `year` under `from`, from `year` on under `to`. Until the two names
 *   are merged as aliases, `missing-report` fires for `from` in every year ≥ `year` (these are NOT
 *   listed in `missing`); once merged, the chains across the rename are consistent.
 * - A few offices (数据局) first report in the newest year: not a gap, no finding.
 * Each published report carries at most one planted gap.
 *
 * Every report has a narrative (narrative.ts: composed anew each year from many phrases with the
 * report's own figures) and the six parts of its document (`sections`), as if read from the
 * published text. Planted in the narratives, on reports without a gap above, at most one each:
 * - copiedFromPrevious: last year's text with the years and figures changed → `narrative-copy`
 *   on the report, naming the year before.
 * - copiedFromNeighbour: the text of the office planned just before it in the same region, same
 *   year (its topics and its way of calling itself included), with its own figures →
 *   `narrative-copy` on both reports, each naming the other.
 * - narrativeMismatches: 一 总体情况 states new requests, handled or carried forward 1–5 off the
 *   table → `narrative-mismatch` on that figure.
 * - missingParts: 一, 五 or 六 left out (no heading, or a heading with nothing under it) →
 *   `sections-missing` naming the part.
 */
import { APPLICANT_PARTS, FORMAT_2021_FIRST_YEAR, type OfficeKind, type TemplateId } from '../domain/model'
import type { Report } from '../domain/types'
import { lateDate, onTimeDate } from './dates'
import { composeNarrative, documentSections, dropPart, type NarrativeSpec, type StatedFigure } from './narrative'
import { planCity, provinceRegion, type OfficePlan } from './offices'
import { Rng, mixSeed } from './random'
import { disputeRow, proactiveFor, requestsFor } from './shapes'
import { drawYear, initialState, officeStyle } from './tables'

export interface DemoOptions {
  seed?: number
  /** Districts and counties (default 16). */
  regions?: number
  /** Offices per district/county including its government (default 40). */
  officesPerRegion?: number
  /** Report years, ascending and consecutive (default 2020–2024). */
  years?: number[]
  /** The city's own departments besides the city government (default 40; 0 = no 市本级). */
  cityDepartments?: number
}

export interface PlantedGaps {
  missing: { office: string; year: number }[]
  late: { office: string; year: number }[]
  balanceErrors: { office: string; year: number; column: string }[]
  brokenCarryChains: { office: string; year: number; column: string }[]
  renamed: { from: string; to: string; year: number }[]
  undated: { office: string; year: number }[]
  outdatedTemplate: { office: string; year: number }[]
  copiedFromPrevious: { office: string; year: number; from: number }[]
  copiedFromNeighbour: { office: string; year: number; from: string }[]
  narrativeMismatches: { office: string; year: number; figure: StatedFigure; stated: number; table: number }[]
  missingParts: { office: string; year: number; part: 'overview' | 'problems' | 'other'; headingKept: boolean }[]
}

export interface DemoDataSet {
  reports: Report[]
  planted: PlantedGaps
  /** Every office name that appears in `reports` (both names of a renamed office). */
  offices: { name: string; region: string; officeKind: OfficeKind }[]
}

export const DEMO_SEED = 20250131
export const DEMO_YEARS: readonly number[] = [2020, 2021, 2022, 2023, 2024]

/** Chance per office-year (missing: after the first year) or per published report (the rest). */
export const GAP_RATES = {
  missing: 0.03,
  late: 0.05,
  undated: 0.01,
  balance: 0.03,
  brokenCarry: 0.015,
  outdatedTemplate: 0.002,
} as const

/** Chance per published report without a gap of each planted narrative problem. */
export const CONTENT_RATES = {
  copiedFromPrevious: 0.005,
  copiedFromNeighbour: 0.004,
  mismatch: 0.006,
  missingPart: 0.006,
} as const

const PLAN_STREAM = 0x7ff00001
const GAP_STREAM = 0x7ff00002
const CONTENT_STREAM = 0x7ff00003
const TEXT_STREAM = 0x7ff00004

type Gap = 'none' | 'missing' | 'late' | 'undated' | 'balance' | 'brokenCarry' | 'outdatedTemplate'

interface SeriesContext {
  years: readonly number[]
  gapRng: Rng
  /** null: apply gaps but keep no lists (the province benchmark). */
  planted: PlantedGaps | null
  narrative: boolean
  /** Chooses the planted narrative problems (its own stream: the table gaps stay as they were). */
  contentRng: Rng
  /** `region|year` → the last office there with an unplanted narrative: a neighbour to copy. */
  neighbours: Map<string, { office: string; spec: NarrativeSpec }>
  out: Report[]
}

type ContentPlant = 'none' | 'copiedFromPrevious' | 'copiedFromNeighbour' | 'mismatch' | 'missingPart'

function chooseContentPlant(rng: Rng): ContentPlant {
  const u = rng.next()
  let edge = CONTENT_RATES.copiedFromPrevious
  if (u < edge) return 'copiedFromPrevious'
  if (u < (edge += CONTENT_RATES.copiedFromNeighbour)) return 'copiedFromNeighbour'
  if (u < (edge += CONTENT_RATES.mismatch)) return 'mismatch'
  if (u < (edge += CONTENT_RATES.missingPart)) return 'missingPart'
  return 'none'
}

const STATED: readonly StatedFigure[] = ['received', 'handled', 'carriedForward']
const STATED_ROW = { received: 'received', handled: 'total', carriedForward: 'carriedForward' } as const
const PARTS = ['overview', 'problems', 'other'] as const

/**
 * The narrative and document parts of a report, with a planted problem when the content stream
 * says so. `previous`: the office's report of the year before, when its narrative is unplanted.
 */
function writeNarrative(
  report: Report,
  gap: Gap,
  textSeed: number,
  previousPlain: boolean,
  region: string,
  ctx: SeriesContext,
): boolean {
  const { planted } = ctx
  const rng = ctx.contentRng
  const own: NarrativeSpec = { seed: mixSeed(textSeed, report.year), voice: report.office }
  let plant = chooseContentPlant(rng)
  const neighbourKey = `${region}\u0000${report.year}`
  const neighbour = ctx.neighbours.get(neighbourKey)
  if (
    gap !== 'none' ||
    (plant === 'copiedFromPrevious' && !previousPlain) ||
    (plant === 'copiedFromNeighbour' && !neighbour)
  )
    plant = 'none'
  let spec = own
  if (plant === 'copiedFromPrevious') {
    spec = { seed: mixSeed(textSeed, report.year - 1), voice: report.office }
    planted?.copiedFromPrevious.push({ office: report.office, year: report.year, from: report.year - 1 })
  } else if (plant === 'copiedFromNeighbour') {
    spec = neighbour!.spec
    ctx.neighbours.delete(neighbourKey) // one copier per source
    planted?.copiedFromNeighbour.push({ office: report.office, year: report.year, from: neighbour!.office })
  } else if (plant === 'mismatch') {
    const figure = rng.pick(STATED)
    const table = report.requests[STATED_ROW[figure]]?.total ?? 0
    const d = rng.int(1, 5)
    const stated = table >= d && rng.chance(0.5) ? table - d : table + d
    spec = { ...own, stated: { [figure]: stated } }
    planted?.narrativeMismatches.push({ office: report.office, year: report.year, figure, stated, table })
  }
  report.narrative = composeNarrative(report, spec)
  report.sections = documentSections(report, new Rng(mixSeed(own.seed, 1)))
  if (plant === 'missingPart') {
    const part = rng.pick(PARTS)
    const headingKept = rng.chance(0.4)
    dropPart(report, part, headingKept)
    planted?.missingParts.push({ office: report.office, year: report.year, part, headingKept })
  }
  if (plant === 'none') ctx.neighbours.set(neighbourKey, { office: report.office, spec: own })
  return plant === 'none'
}

function chooseGap(rng: Rng, allowed: { missing: boolean; brokenCarry: boolean; outdatedTemplate: boolean }): Gap {
  if (allowed.missing && rng.chance(GAP_RATES.missing)) return 'missing'
  const u = rng.next()
  let edge = GAP_RATES.late
  if (u < edge) return 'late'
  if (u < (edge += GAP_RATES.undated)) return 'undated'
  if (u < (edge += GAP_RATES.balance)) return 'balance'
  if (u < (edge += GAP_RATES.brokenCarry)) return allowed.brokenCarry ? 'brokenCarry' : 'none'
  if (u < (edge += GAP_RATES.outdatedTemplate)) return allowed.outdatedTemplate ? 'outdatedTemplate' : 'none'
  return 'none'
}

/** Mostly 自然人, where the numbers are; sometimes another applicant column. */
function pickColumn(rng: Rng): number {
  return rng.chance(0.7) ? 0 : rng.int(1, APPLICANT_PARTS.length - 1)
}

/** A non-zero change of 1–3 that keeps `value + change` non-negative. */
function offBy(rng: Rng, value: number): number {
  const d = rng.int(1, 3)
  return value >= d && rng.chance(0.5) ? -d : d
}

/** One office's reports over the years, with its planted gaps. */
function generateSeries(plan: OfficePlan, seed: number, ctx: SeriesContext): void {
  const { gapRng, planted } = ctx
  const rng = new Rng(seed)
  const style = officeStyle(rng, plan.profile, plan.scale)
  const state = initialState(rng, style)
  const textSeed = mixSeed(seed, TEXT_STREAM)
  let lastPublished: { name: string; year: number } | null = null
  /** The report of the year before has a narrative of its own (a copy may be planted on it). */
  let previousPlain = false
  for (const year of ctx.years) {
    if (year < plan.firstYear) continue
    const office = plan.rename && year >= plan.rename.year ? plan.rename.to : plan.name
    const chainVisible = lastPublished !== null && lastPublished.year === year - 1 && lastPublished.name === office
    const gap = chooseGap(gapRng, {
      missing: year > plan.firstYear && !plan.rename,
      brokenCarry: chainVisible,
      outdatedTemplate: year >= FORMAT_2021_FIRST_YEAR,
    })
    const template: TemplateId = gap === 'outdatedTemplate' || year < FORMAT_2021_FIRST_YEAR ? '2019' : '2021'

    const carriedOver = state.carriedForward.slice()
    const brokenColumn = gap === 'brokenCarry' ? pickColumn(gapRng) : -1
    if (brokenColumn >= 0) carriedOver[brokenColumn] += offBy(gapRng, carriedOver[brokenColumn])
    const tables = drawYear(rng, style, state, year, { template, carriedOver, frozen: gap === 'missing' })
    if (gap === 'missing') {
      planted?.missing.push({ office, year })
      previousPlain = false
      continue
    }

    const report: Report = {
      office,
      region: plan.region,
      officeKind: plan.officeKind,
      year,
      template,
      publishedAt:
        gap === 'undated'
          ? null
          : gap === 'late'
            ? lateDate(gapRng, year, plan.officeKind)
            : onTimeDate(rng, year, plan.officeKind),
      requests: requestsFor(template, tables),
      review: disputeRow(tables.disputes[0]),
      litigationDirect: disputeRow(tables.disputes[1]),
      litigationAfterReview: disputeRow(tables.disputes[2]),
      proactive: proactiveFor(template, tables.proactive),
    }
    if (gap === 'balance') {
      const column = APPLICANT_PARTS[pickColumn(gapRng)]
      const received = report.requests.received!
      const d = offBy(gapRng, received[column] ?? 0)
      received[column] = (received[column] ?? 0) + d
      received.total = (received.total ?? 0) + d
      planted?.balanceErrors.push({ office, year, column }, { office, year, column: 'total' })
    }
    if (brokenColumn >= 0) {
      planted?.brokenCarryChains.push(
        { office, year, column: APPLICANT_PARTS[brokenColumn] },
        { office, year, column: 'total' },
      )
    }
    if (gap === 'late') planted?.late.push({ office, year })
    if (gap === 'undated') planted?.undated.push({ office, year })
    if (gap === 'outdatedTemplate') planted?.outdatedTemplate.push({ office, year })
    if (ctx.narrative) {
      // The series stream once gave the narrative two draws; they are still taken, so the tables
      // (and the gaps planted from them) stay what the demo has always had.
      rng.next()
      rng.next()
      const plain = previousPlain && lastPublished?.name === office && lastPublished.year === year - 1
      previousPlain = writeNarrative(report, gap, textSeed, plain, plan.region, ctx)
    }
    lastPublished = { name: office, year }
    ctx.out.push(report)
  }
}

function emptyPlanted(): PlantedGaps {
  return {
    missing: [],
    late: [],
    balanceErrors: [],
    brokenCarryChains: [],
    renamed: [],
    undated: [],
    outdatedTemplate: [],
    copiedFromPrevious: [],
    copiedFromNeighbour: [],
    narrativeMismatches: [],
    missingParts: [],
  }
}

/** The demo city: ~680 offices × 5 years ≈ 3,300 reports with planted gaps (see the file comment). */
export function generateDemo(options: DemoOptions = {}): DemoDataSet {
  const seed = options.seed ?? DEMO_SEED
  const years = [...(options.years ?? DEMO_YEARS)].sort((a, b) => a - b)
  const plans = planCity(
    {
      regions: options.regions ?? 16,
      officesPerRegion: options.officesPerRegion ?? 40,
      cityDepartments: options.cityDepartments ?? 40,
      years,
    },
    new Rng(mixSeed(seed, PLAN_STREAM)),
  )
  const ctx: SeriesContext = {
    years,
    gapRng: new Rng(mixSeed(seed, GAP_STREAM)),
    planted: emptyPlanted(),
    narrative: true,
    contentRng: new Rng(mixSeed(seed, CONTENT_STREAM)),
    neighbours: new Map(),
    out: [],
  }
  plans.forEach((plan, i) => generateSeries(plan, mixSeed(seed, i), ctx))

  const planted = ctx.planted!
  for (const p of plans) if (p.rename) planted.renamed.push({ from: p.name, to: p.rename.to, year: p.rename.year })
  const offices: DemoDataSet['offices'] = []
  const seen = new Set<string>()
  for (const r of ctx.out) {
    if (seen.has(r.office)) continue
    seen.add(r.office)
    offices.push({ name: r.office, region: r.region ?? '', officeKind: r.officeKind })
  }
  return { reports: ctx.out, planted, offices }
}

/**
 * Exactly `reportCount` reports of a synthetic province for benchmarks: invented cities of 16
 * regions × 40 offices, 2020–2024, with the same kinds and rates of gaps as the demo city (not
 * listed); narratives (with planted copies and the rest, not listed) only when asked for, and
 * other years when given. `firstRegion` starts the province further along the list of invented
 * regions, so provinces started far enough apart (100,000 reports take about 520 regions) share
 * no office name — the bench's five-province run imports them one after another.
 */
export function generateProvince(
  reportCount: number,
  seed: number = DEMO_SEED,
  options: { narratives?: boolean; years?: readonly number[]; firstRegion?: number } = {},
): Report[] {
  const years = options.years ?? DEMO_YEARS
  const firstRegion = options.firstRegion ?? 0
  const ctx: SeriesContext = {
    years,
    gapRng: new Rng(mixSeed(seed, GAP_STREAM)),
    planted: null,
    narrative: options.narratives ?? false,
    contentRng: new Rng(mixSeed(seed, CONTENT_STREAM)),
    neighbours: new Map(),
    out: [],
  }
  const target = Math.max(0, Math.floor(reportCount))
  let officeIndex = firstRegion * 40
  for (let region = firstRegion; ctx.out.length < target; region++) {
    for (const plan of provinceRegion(region, years[0])) {
      generateSeries(plan, mixSeed(seed, officeIndex++), ctx)
      if (ctx.out.length >= target) break
    }
  }
  ctx.out.length = target
  return ctx.out
}

/** Counts for a one-line summary (the script prints it; the app may show it). */
export function demoSummary(data: DemoDataSet) {
  const { planted } = data
  const distinctReports = (list: { office: string; year: number }[]) =>
    new Set(list.map((g) => `${g.office}\u0000${g.year}`)).size
  return {
    regions: new Set(data.offices.map((o) => o.region)).size,
    offices: data.offices.length,
    reports: data.reports.length,
    missing: planted.missing.length,
    late: planted.late.length,
    balanceErrors: distinctReports(planted.balanceErrors),
    brokenCarryChains: distinctReports(planted.brokenCarryChains),
    renamed: planted.renamed.length,
    undated: planted.undated.length,
    outdatedTemplate: planted.outdatedTemplate.length,
    copiedFromPrevious: planted.copiedFromPrevious.length,
    copiedFromNeighbour: planted.copiedFromNeighbour.length,
    narrativeMismatches: planted.narrativeMismatches.length,
    missingParts: planted.missingParts.length,
  }
}
