/**
 * What one browser can hold, checked before an import writes anything: a documented number of
 * stored reports (the board keeps every report's summary in memory, and its views were measured up
 * to 500,000: docs/performance.md), and the space the browser says it has left
 * (`navigator.storage.estimate`). An import that would pass either is refused whole, with a
 * sentence naming the limit and what to do instead; nothing is half-written and the tab never runs
 * out of memory or disk in the middle of a commit.
 */
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

const mb = (bytes: number) => Math.max(0, Math.round(bytes / 1e6)).toLocaleString('zh-CN')
const count = (n: number) => n.toLocaleString('zh-CN')

/** What to do instead, in every refusal. */
const INSTEAD =
  '请先按年度筛选后再导入（例如只导入最近几年的报告），或在命令行用 cli export --format parquet 导出全部数据，用 DuckDB 分析（见 docs/analysis/README.md）。'

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

/** Why an import must be refused, as the user reads it; null when it fits. */
export function capacityProblem(c: CapacityCheck): string | null {
  const after = c.stored + c.adding
  if (after > c.limit) {
    return (
      `本次导入后将有 ${count(after)} 份报告，超过本浏览器最多保存的 ${count(c.limit)} 份（现有 ${count(c.stored)} 份，本次新增 ${count(c.adding)} 份）。` +
      `本次没有导入任何文件，已有数据没有改动。${INSTEAD}`
    )
  }
  if (c.storage && c.storage.quota > 0) {
    const needed = c.writing * BYTES_PER_REPORT + RESERVE_BYTES
    const free = c.storage.quota - c.storage.usage
    if (needed > free) {
      return (
        `浏览器的存储空间不够：本次导入约需 ${mb(needed)} MB，剩余约 ${mb(free)} MB（浏览器允许本站使用约 ${mb(c.storage.quota)} MB）。` +
        `本次没有导入任何文件，已有数据没有改动。请清理浏览器中不需要的数据后重试；${INSTEAD}`
      )
    }
  }
  return null
}

/** capacityProblem with the limit in force and the browser's own estimate. */
export async function importCapacityProblem(stored: number, adding: number, writing: number): Promise<string | null> {
  return capacityProblem({ stored, adding, writing, limit: reportLimit(), storage: await storageUsage() })
}
