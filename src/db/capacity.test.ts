import { afterEach, describe, expect, it } from 'vitest'
import {
  BYTES_PER_REPORT,
  capacityProblem,
  REPORT_LIMIT,
  REPORT_LIMIT_KEY,
  reportLimit,
  RESERVE_BYTES,
} from './capacity'
import { translator } from '../i18n/translate'

const roomy = { usage: 1e9, quota: 100e9 }

describe('what the browser can hold', () => {
  afterEach(() => {
    delete (globalThis as { localStorage?: unknown }).localStorage
  })

  it('refuses an import that passes the report limit, naming the limit and what to do instead', () => {
    const c = { stored: 550_000, adding: 100_000, writing: 100_000, limit: REPORT_LIMIT, storage: roomy }
    const message = capacityProblem(c)!.message
    expect(message).toContain('600,000')
    expect(message).toContain('650,000')
    expect(message).toContain('没有导入任何文件')
    expect(message).toContain('按年度筛选')
    expect(message).toContain('parquet')
    expect(message).toContain('DuckDB')
    expect(capacityProblem({ ...c, adding: 50_000 })).toBeNull()
    // Replacing reports adds none.
    expect(capacityProblem({ ...c, adding: 0 })).toBeNull()
  })

  it('says the same in English on an English screen, with no Chinese left', () => {
    const en = translator('en')
    const limit = en.text(
      capacityProblem({ stored: 550_000, adding: 100_000, writing: 1, limit: REPORT_LIMIT, storage: null })!,
    )
    expect(limit).toContain('more than the 600,000 this browser keeps')
    expect(limit).toContain('DuckDB')
    const space = en.text(capacityProblem({ stored: 0, adding: 4e7, writing: 4e7, limit: 1e9, storage: roomy })!)
    expect(space).toContain('too little storage')
    for (const text of [limit, space]) expect(text).not.toMatch(/[\u4e00-\u9fff]/)
  })

  it('refuses an import the browser has no room for, and checks only the limit when it gives no estimate', () => {
    const writing = 100_000
    const needed = writing * BYTES_PER_REPORT + RESERVE_BYTES
    const tight = { usage: 1e9, quota: 1e9 + needed - 1 }
    const c = { stored: 0, adding: writing, writing, limit: REPORT_LIMIT, storage: tight }
    expect(capacityProblem(c)?.message).toContain('存储空间不够')
    expect(capacityProblem({ ...c, storage: { ...tight, quota: tight.quota + 2 } })).toBeNull()
    expect(capacityProblem({ ...c, storage: null })).toBeNull()
  })

  it('the limit can be lowered for one browser, never raised', () => {
    const set = (v: string | null) =>
      ((globalThis as { localStorage?: unknown }).localStorage = {
        getItem: (k: string) => (k === REPORT_LIMIT_KEY ? v : null),
      })
    expect(reportLimit()).toBe(REPORT_LIMIT)
    set('1000')
    expect(reportLimit()).toBe(1000)
    set(String(REPORT_LIMIT * 2))
    expect(reportLimit()).toBe(REPORT_LIMIT)
    for (const bad of ['0', '-5', '1.5', 'many', null]) {
      set(bad)
      expect(reportLimit()).toBe(REPORT_LIMIT)
    }
  })
})
