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
 */
import { APPLICANT_PARTS, FORMAT_2021_FIRST_YEAR, type OfficeKind, type TemplateId } from '../domain/model'
import type { Report } from '../domain/types'
import { lateDate, onTimeDate } from './dates'
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

const PLAN_STREAM = 0x7ff00001
const GAP_STREAM = 0x7ff00002

type Gap = 'none' | 'missing' | 'late' | 'undated' | 'balance' | 'brokenCarry' | 'outdatedTemplate'

interface SeriesContext {
  years: readonly number[]
  gapRng: Rng
  /** null: apply gaps but keep no lists (the province benchmark). */
  planted: PlantedGaps | null
  narrative: boolean
  out: Report[]
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

const PROBLEMS = [
  '政府信息公开工作人员力量较为薄弱，业务培训有待加强。下一步将加强队伍建设，定期组织业务培训。',
  '主动公开内容的深度和广度还不够，政策解读形式较为单一。下一步将丰富解读形式，提高公开质量。',
  '依申请公开办理的规范化水平有待提高。下一步将完善办理流程，严格执行答复时限。',
  '政府网站栏目内容更新不够及时。下一步将落实专人负责，加强日常检查。',
]

function narrativeFor(rng: Rng, r: Report): Report['narrative'] {
  const rq = r.requests
  const reviews = (r.review.total ?? 0) + (r.litigationDirect.total ?? 0) + (r.litigationAfterReview.total ?? 0)
  return {
    overview:
      `${r.year}年，${r.office}认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作。` +
      `全年新收政府信息公开申请${rq.received?.total ?? 0}件，上年结转${rq.carriedOver?.total ?? 0}件，` +
      `办结${rq.total?.total ?? 0}件，结转下年度继续办理${rq.carriedForward?.total ?? 0}件；` +
      `发生政府信息公开行政复议、行政诉讼案件${reviews}件。`,
    problems: rng.pick(PROBLEMS),
    other: rng.chance(0.8) ? '本年度未收取信息处理费。无其他需要报告的事项。' : '无。',
  }
}

/** One office's reports over the years, with its planted gaps. */
function generateSeries(plan: OfficePlan, seed: number, ctx: SeriesContext): void {
  const { gapRng, planted } = ctx
  const rng = new Rng(seed)
  const style = officeStyle(rng, plan.profile, plan.scale)
  const state = initialState(rng, style)
  let lastPublished: { name: string; year: number } | null = null
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
      continue
    }
    lastPublished = { name: office, year }

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
    if (ctx.narrative) report.narrative = narrativeFor(rng, report)
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
 * listed) and no narrative text. `firstRegion` starts the province further along the list of
 * invented regions, so provinces started far enough apart (100,000 reports take about 520
 * regions) share no office name — the bench's five-province run imports them one after another.
 */
export function generateProvince(reportCount: number, seed: number = DEMO_SEED, firstRegion = 0): Report[] {
  const ctx: SeriesContext = {
    years: DEMO_YEARS,
    gapRng: new Rng(mixSeed(seed, GAP_STREAM)),
    planted: null,
    narrative: false,
    out: [],
  }
  const target = Math.max(0, Math.floor(reportCount))
  let officeIndex = firstRegion * 40
  for (let region = firstRegion; ctx.out.length < target; region++) {
    for (const plan of provinceRegion(region, DEMO_YEARS[0])) {
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
  }
}
