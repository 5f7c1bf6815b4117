/**
 * What one browser can hold, checked before an import writes anything: a documented number of
 * stored reports (the board keeps every report's summary in memory, and its views were measured up
 * to 500,000: docs/performance.md), and the space the browser says it has left
 * (`navigator.storage.estimate`). An import that would pass either is refused whole, with a
 * sentence naming the limit and what to do instead; nothing is half-written and the tab never runs
 * out of memory or disk in the middle of a commit.
 */
import { nested, said, type Said } from '../i18n/said'
import { storageUsage } from './storage'

/** The most reports one board stores (measured up to 500,000 with room to spare: docs/performance.md). */
export const REPORT_LIMIT = 600_000

/**
 * Bytes a stored report takes in IndexedDB, with room to spare: its cells (~1.7 kB as Float64),
 * its summary (~0.2 kB) and the database's own overhead (measured: docs/performance.md).
 */
export const BYTES_PER_REPORT = 3_000

/** Space kept free beyond an import's own estimate (the registry, batches, the browser's margin). */
export const RESERVE_BYTES = 50e6

/**
 * localStorage key that lowers the limit for this browser (never raises it): for a weak office PC,
 * and for the browser test of the refusal. Documented in docs/performance.md.
 */
export const REPORT_LIMIT_KEY = 'disclosure-board:report-limit'

/** The limit in force: REPORT_LIMIT, or a lower positive whole number set under REPORT_LIMIT_KEY. */
export function reportLimit(): number {
  let set: string | null = null
  try {
    set = globalThis.localStorage?.getItem(REPORT_LIMIT_KEY) ?? null
  } catch {
    // Storage disabled: the documented limit.
  }
  const n = Number(set)
  return set !== null && Number.isInteger(n) && n > 0 && n < REPORT_LIMIT ? n : REPORT_LIMIT
}

// Figures as a clerk reads them in either language (600,000; 1,234 MB).
const mb = (bytes: number) => Math.max(0, Math.round(bytes / 1e6)).toLocaleString('en-US')
const count = (n: number) => n.toLocaleString('en-US')

export interface CapacityCheck {
  /** Reports stored now. */
  stored: number
  /** Reports the import would add (new keys; replacements add none). */
  adding: number
  /** Reports the import would write (new and replaced). */
  writing: number
  limit: number
  /** The browser's estimate, or null when it gives none (then only the limit is checked). */
  storage: { usage: number; quota: number } | null
}

/** Why an import must be refused (a message with its id, in Chinese and for the screen's language); null when it fits. */
export function capacityProblem(c: CapacityCheck): Said | null {
  const instead = nested('capacity.instead')
  const after = c.stored + c.adding
  if (after > c.limit) {
    return said('capacity.limit', {
      after: count(after),
      limit: count(c.limit),
      stored: count(c.stored),
      adding: count(c.adding),
      instead,
    })
  }
  if (c.storage && c.storage.quota > 0) {
    const needed = c.writing * BYTES_PER_REPORT + RESERVE_BYTES
    const free = c.storage.quota - c.storage.usage
    if (needed > free) {
      return said('capacity.space', { needed: mb(needed), free: mb(free), quota: mb(c.storage.quota), instead })
    }
  }
  return null
}

/** capacityProblem with the limit in force and the browser's own estimate. */
export async function importCapacityProblem(stored: number, adding: number, writing: number): Promise<Said | null> {
  return capacityProblem({ stored, adding, writing, limit: reportLimit(), storage: await storageUsage() })
}
