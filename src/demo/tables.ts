/**
 * Drawing one office's tables for one year, consistent by construction: every row total is the sum
 * of its columns, every column's outcomes add up to 三（七）总计, received + carriedOver =
 * total + carriedForward, and each review/litigation group adds up. Planted gaps are applied
 * afterwards by generate.ts, each touching only the cells it means to.
 */
import { APPLICANT_PARTS, REQUEST_ROWS, type TemplateId } from '../domain/model'
import type { Level, OfficeProfile, VolumeTier } from './names'
import { binomial, cumulative, scatter, type Rng } from './random'

/** Outcome rows in the 2021 format's order; the 2019 format folds the last three into one. */
export const OUTCOME_KEYS: readonly string[] = REQUEST_ROWS.filter((r) => r.outcome).map((r) => r.key)
const COLUMNS = APPLICANT_PARTS.length

/** Share of each outcome in percent: granted ~40, partial ~10, denied ~5, unavailable ~30, not processed ~8, other ~7. */
const OUTCOME_WEIGHTS: Record<string, number> = {
  granted: 40,
  partiallyGranted: 10,
  'denied.stateSecret': 0.15,
  'denied.prohibitedByLaw': 0.3,
  'denied.threeSecurities': 0.25,
  'denied.thirdPartyRights': 1.4,
  'denied.internalAffairs': 0.9,
  'denied.processInfo': 1.1,
  'denied.enforcementCase': 0.5,
  'denied.queryMatter': 0.4,
  'unavailable.notHeld': 24,
  'unavailable.needsCreation': 4,
  'unavailable.unclear': 2,
  'notProcessed.complaint': 3.5,
  'notProcessed.repeated': 2.3,
  'notProcessed.publication': 0.5,
  'notProcessed.excessive': 0.9,
  'notProcessed.confirmation': 0.8,
  'otherHandling.overdueCorrection': 3,
  'otherHandling.overdueFee': 0.2,
  'otherHandling.other': 3.8,
}
/** natural, business, research, nonprofit, legal, otherOrg */
const APPLICANT_WEIGHTS = [85, 8, 0.4, 0.6, 3, 3]
const DISPUTE_WEIGHTS = cumulative([55, 12, 20, 13])

/** Requests grew after the 2019 revision of the Regulations and eased in 2024. */
const YEAR_TREND: Record<number, number> = { 2019: 0.9, 2020: 1, 2021: 1.12, 2022: 1.22, 2023: 1.3, 2024: 1.18 }

const VOLUME_RANGE: Record<VolumeTier, [number, number]> = {
  none: [0, 1.5],
  low: [0, 12],
  mid: [5, 40],
  high: [80, 400],
  gov: [100, 500],
}

type Ranges = readonly [number, number][]
const DECISIONS: Record<'licensing' | 'penalty' | 'coercion', Ranges> = {
  licensing: [
    [0, 0],
    [0, 40],
    [20, 300],
    [200, 2500],
  ],
  penalty: [
    [0, 0],
    [0, 20],
    [10, 150],
    [100, 1200],
  ],
  coercion: [
    [0, 0],
    [0, 8],
    [3, 40],
    [20, 250],
  ],
}
const FEES_WAN_YUAN: Ranges = [
  [0, 0],
  [0.5, 30],
  [10, 300],
  [100, 3000],
]
/** 2019 format: number of items (事项) an office administers, by activity level. */
const ITEMS: Record<ItemKey, Ranges> = {
  licensing: [
    [0, 0],
    [1, 8],
    [8, 30],
    [30, 120],
  ],
  otherServices: [
    [0, 0],
    [0, 5],
    [3, 15],
    [10, 40],
  ],
  penalty: [
    [0, 0],
    [1, 15],
    [10, 60],
    [50, 400],
  ],
  coercion: [
    [0, 0],
    [1, 5],
    [3, 15],
    [10, 40],
  ],
  fees: [
    [0, 0],
    [1, 3],
    [2, 8],
    [5, 20],
  ],
}
const NORMATIVE_IN_FORCE: Ranges = [
  [0, 0],
  [0, 8],
  [5, 30],
  [30, 150],
]
const NORMATIVE_ISSUED: Ranges = [
  [0, 0],
  [0, 2],
  [0, 5],
  [3, 15],
]
const NORMATIVE_REPEALED_MAX = [0, 1, 3, 8]

type ItemKey = 'licensing' | 'otherServices' | 'penalty' | 'coercion' | 'fees'
const ITEM_LEVEL: Record<ItemKey, keyof OfficeProfile> = {
  licensing: 'licensing',
  otherServices: 'licensing',
  penalty: 'penalty',
  coercion: 'coercion',
  fees: 'fees',
}

/** Per-office habits that stay the same over the years. */
export interface OfficeStyle {
  profile: OfficeProfile
  volume: number
  applicantWeights: number[]
  outcomeWeights: number[]
  backlogRate: number
  reviewRate: number
  litigationRate: number
  decisions: Record<'licensing' | 'penalty' | 'coercion', number>
  feesWanYuan: number
  procurementProjects: number
}

/** What carries from one year to the next. */
export interface OfficeState {
  carriedForward: number[]
  regulationsInForce: number
  normativeInForce: number
  items: Record<ItemKey, number>
}

export interface YearTables {
  received: number[]
  carriedOver: number[]
  /** outcome k, column c at k * 6 + c, in OUTCOME_KEYS order */
  outcomes: number[]
  carriedForward: number[]
  /** review, litigationDirect, litigationAfterReview: upheld, corrected, other, pending */
  disputes: number[][]
  /** `item.field` → value, for the report's format */
  proactive: Record<string, number>
}

const inRange = (rng: Rng, [lo, hi]: readonly [number, number]) => rng.range(lo, hi)
const wanYuan = (x: number) => Math.round(x * 100) / 100

export function officeStyle(rng: Rng, profile: OfficeProfile, scale: number): OfficeStyle {
  const outcomeWeights = OUTCOME_KEYS.map((k) => OUTCOME_WEIGHTS[k] * rng.range(0.6, 1.4))
  const applicantWeights = APPLICANT_WEIGHTS.map((w, i) => (i === 0 ? w : w * rng.range(0.3, 2)))
  const lvl = (l: Level, r: Ranges) => inRange(rng, r[l])
  return {
    profile,
    volume: inRange(rng, VOLUME_RANGE[profile.volume]) * scale,
    applicantWeights: cumulative(applicantWeights),
    outcomeWeights: cumulative(outcomeWeights),
    backlogRate: rng.chance(0.6) ? rng.range(0, 0.02) : rng.range(0.02, 0.08),
    reviewRate: rng.range(0.005, profile.volume === 'gov' ? 0.05 : 0.03),
    litigationRate: rng.range(0.002, profile.volume === 'gov' ? 0.025 : 0.012),
    decisions: {
      licensing: lvl(profile.licensing, DECISIONS.licensing) * scale,
      penalty: lvl(profile.penalty, DECISIONS.penalty) * scale,
      coercion: lvl(profile.coercion, DECISIONS.coercion) * scale,
    },
    feesWanYuan: (rng.chance(0.25) ? 0 : lvl(profile.fees, FEES_WAN_YUAN)) * scale,
    procurementProjects: profile.volume === 'gov' ? rng.range(5, 30) : rng.range(0, 8),
  }
}

export function initialState(rng: Rng, style: OfficeStyle): OfficeState {
  const { profile } = style
  const carriedForward = new Array<number>(COLUMNS).fill(0)
  scatter(rng, rng.round(style.volume * style.backlogRate), style.applicantWeights, carriedForward)
  const items = {} as Record<ItemKey, number>
  for (const k of Object.keys(ITEMS) as ItemKey[])
    items[k] = Math.round(inRange(rng, ITEMS[k][profile[ITEM_LEVEL[k]] as Level]))
  return {
    carriedForward,
    regulationsInForce: profile.regulations ? rng.int(40, 70) : 0,
    normativeInForce: Math.round(inRange(rng, NORMATIVE_IN_FORCE[profile.normativeDocuments])),
    items,
  }
}

/** A Poisson-like count with mean `lambda`, from integer draws only (binomial(4λ, ¼)). */
function countAround(rng: Rng, lambda: number): number {
  if (lambda >= 60) return rng.round(lambda * rng.range(0.85, 1.15))
  return binomial(rng, rng.round(lambda * 4), 0.25)
}

export interface DrawOptions {
  template: TemplateId
  /** Last year's carriedForward, possibly altered by a planted broken carry chain. */
  carriedOver: number[]
  /** The report will not be published (planted missing): nothing changes, so chains stay intact across the gap. */
  frozen: boolean
}

/** Draw one year and advance `state`. */
export function drawYear(
  rng: Rng,
  style: OfficeStyle,
  state: OfficeState,
  year: number,
  options: DrawOptions,
): YearTables {
  const { carriedOver, frozen } = options
  const received = new Array<number>(COLUMNS).fill(0)
  scatter(
    rng,
    countAround(rng, style.volume * (YEAR_TREND[year] ?? 1) * rng.range(0.75, 1.25)),
    style.applicantWeights,
    received,
  )

  const carriedForward = new Array<number>(COLUMNS)
  const outcomes = new Array<number>(OUTCOME_KEYS.length * COLUMNS).fill(0)
  const perColumn = new Array<number>(OUTCOME_KEYS.length)
  let handledTotal = 0
  for (let c = 0; c < COLUMNS; c++) {
    const pool = received[c] + carriedOver[c]
    // A frozen year hands everything on, so next year's carriedOver equals this year's.
    carriedForward[c] = frozen ? carriedOver[c] : binomial(rng, pool, style.backlogRate)
    const handled = pool - carriedForward[c]
    handledTotal += handled
    perColumn.fill(0)
    scatter(rng, handled, style.outcomeWeights, perColumn)
    for (let k = 0; k < perColumn.length; k++) outcomes[k * COLUMNS + c] = perColumn[k]
  }
  state.carriedForward = carriedForward

  const review = rng.round(handledTotal * style.reviewRate)
  const counts = [review, rng.round(handledTotal * style.litigationRate), binomial(rng, review, 0.25)]
  const disputes = counts.map((n) => {
    const parts = [0, 0, 0, 0]
    scatter(rng, n, DISPUTE_WEIGHTS, parts)
    return parts
  })

  return {
    received,
    carriedOver,
    outcomes,
    carriedForward,
    disputes,
    proactive: drawProactive(rng, style, state, options),
  }
}

function drawProactive(
  rng: Rng,
  style: OfficeStyle,
  state: OfficeState,
  { template, frozen }: DrawOptions,
): Record<string, number> {
  const { profile } = style
  const level = profile.normativeDocuments
  // In-force counts only move in a published year, so the in-force chain holds across a gap.
  const moves = !frozen && template === '2021'
  const regIssued = moves && profile.regulations ? rng.int(1, 4) : 0
  const regRepealed = moves && profile.regulations ? rng.int(0, Math.min(2, state.regulationsInForce)) : 0
  const normIssued = moves ? Math.round(inRange(rng, NORMATIVE_ISSUED[level])) : 0
  const normRepealed = moves ? rng.int(0, Math.min(NORMATIVE_REPEALED_MAX[level], state.normativeInForce)) : 0
  state.regulationsInForce += regIssued - regRepealed
  state.normativeInForce += normIssued - normRepealed
  const decisions = (k: 'licensing' | 'penalty' | 'coercion') => rng.round(style.decisions[k] * rng.range(0.8, 1.2))

  if (template === '2021') {
    return {
      'regulations.issued': regIssued,
      'regulations.repealed': regRepealed,
      'regulations.inForce': state.regulationsInForce,
      'normativeDocuments.issued': normIssued,
      'normativeDocuments.repealed': normRepealed,
      'normativeDocuments.inForce': state.normativeInForce,
      'licensing.decisions': decisions('licensing'),
      'penalty.decisions': decisions('penalty'),
      'coercion.decisions': decisions('coercion'),
      'fees.amountWanYuan': wanYuan(style.feesWanYuan * rng.range(0.8, 1.2)),
    }
  }
  // 2019 format: documents created/published/total, items last year and their change.
  const regCreated = profile.regulations ? rng.int(1, 4) : 0
  const normCreated = Math.round(inRange(rng, NORMATIVE_ISSUED[level]))
  const out: Record<string, number> = {
    'regulations.created': regCreated,
    'regulations.published': regCreated,
    'regulations.totalPublished': state.regulationsInForce,
    'normativeDocuments.created': normCreated,
    'normativeDocuments.published': normCreated,
    'normativeDocuments.totalPublished': state.normativeInForce,
  }
  for (const k of Object.keys(ITEMS) as ItemKey[]) {
    const previous = state.items[k]
    const change = previous > 0 ? rng.int(-Math.min(3, previous), 3) : 0
    out[`${k}.previousItems`] = previous
    out[`${k}.change`] = change
    if (!frozen) state.items[k] = previous + change
  }
  out['licensing.decisions'] = decisions('licensing')
  out['otherServices.decisions'] = rng.round(style.decisions.licensing * 0.3 * rng.range(0.5, 1.5))
  out['penalty.decisions'] = decisions('penalty')
  out['coercion.decisions'] = decisions('coercion')
  const projects = rng.round(style.procurementProjects * rng.range(0.7, 1.3))
  out['procurement.projects'] = projects
  out['procurement.amountWanYuan'] = projects === 0 ? 0 : wanYuan(projects * rng.range(5, 120))
  return out
}
