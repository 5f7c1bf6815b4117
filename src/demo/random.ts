/**
 * A small seeded random source for the demo data. Only integer operations, `*`, `/` and `floor`
 * are used (no Math.random, no Math.log/cos whose last bits may differ between engines), so a
 * seed gives the same data set in Node and in every browser.
 */

/** mulberry32 (public domain, Tommy Ettinger): 32 bits of state, good enough for synthetic data. */
export class Rng {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0)
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** Integer in [lo, hi], both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1))
  }

  /** Uniform real in [lo, hi). */
  range(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next()
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]
  }

  /** Stochastic rounding of a non-negative real: the expected result is `x` itself. */
  round(x: number): number {
    return x <= 0 ? 0 : Math.floor(x + this.next())
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice()
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      const t = out[i]
      out[i] = out[j]
      out[j] = t
    }
    return out
  }
}

/** Derive an independent seed for a sub-stream (one office, the gap planter …). */
export function mixSeed(seed: number, stream: number): number {
  let h = Math.imul((seed >>> 0) ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35)
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return (h ^ (h >>> 16)) >>> 0
}

/** Running sums of weights, for `scatter`. */
export function cumulative(weights: readonly number[]): number[] {
  const out: number[] = []
  let sum = 0
  for (const w of weights) out.push((sum += w))
  return out
}

/**
 * Hand out `n` units one by one to categories in proportion to their weights (a multinomial
 * draw), adding the counts into `out`. Per-unit draws keep it exact for small counts, which most
 * offices have.
 */
export function scatter(rng: Rng, n: number, cumulativeWeights: readonly number[], out: number[]): void {
  const last = cumulativeWeights.length - 1
  const total = cumulativeWeights[last]
  for (let i = 0; i < n; i++) {
    const u = rng.next() * total
    let k = 0
    while (k < last && u >= cumulativeWeights[k]) k++
    out[k]++
  }
}

/** Each of `n` units kept with probability `p` (a binomial draw). */
export function binomial(rng: Rng, n: number, p: number): number {
  let k = 0
  for (let i = 0; i < n; i++) if (rng.next() < p) k++
  return k
}
