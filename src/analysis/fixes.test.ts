import { describe, expect, it } from 'vitest'
import { recordOf } from '../domain/record'
import { setCell, CELL_BY_PATH } from '../domain/cells'
import { consistentReport } from '../domain/rules/testReport'
import { JUSTICE_2023, JUSTICE_2024, JUSTICE_2024_COPIED } from '../domain/rules/content/testNarratives'
import type { Report } from '../domain/types'
import { fixedByBatches, type FixingBatch } from './fixes'

type StoredReport = Report & { batchId: number; sourceFile: string }

const stored = (batchId: number, year = 2023, sourceFile = 'a.csv'): StoredReport => ({
  ...consistentReport({ year }),
  batchId,
  sourceFile,
})

/** The version with a 勾稽 error in 自然人 and 总计 (received raised by 2). */
function unbalanced(batchId: number): StoredReport {
  const r = stored(batchId, 2023, 'demo.json')
  setCell(r, CELL_BY_PATH.get('requests.received.natural')!, 12)
  setCell(r, CELL_BY_PATH.get('requests.received.total')!, 14)
  return r
}

/** Versions as the database holds them now (compact records). */
const asStored = (reports: StoredReport[]) =>
  reports.map((r) => ({ ...recordOf(r), batchId: r.batchId, sourceFile: r.sourceFile }))

const batch = (id: number, replaced: StoredReport[], undone = false): FixingBatch => ({
  id,
  createdAt: `2025-02-0${id}T10:00:00.000Z`,
  replaced,
  undone,
})

describe('fixedByBatches (已整改)', () => {
  it('lists the findings of the replaced version that the corrected one no longer has, with the fixing batch', () => {
    const current = [stored(2, 2023, '更正.csv')]
    const fixes = fixedByBatches([batch(2, [unbalanced(1)]), batch(1, [])], asStored(current))
    expect(fixes.map((f) => [f.finding.rule, f.finding.column, f.office, f.year, f.batchId, f.file])).toEqual([
      ['balance', 'natural', '某区教育局', 2023, 2, '更正.csv'],
      ['balance', 'total', '某区教育局', 2023, 2, '更正.csv'],
    ])
  })

  it('shows nothing for an undone batch, or when the new version still fails the same cells', () => {
    expect(fixedByBatches([batch(2, [unbalanced(1)], true)], asStored([unbalanced(1)]))).toEqual([])
    expect(fixedByBatches([batch(2, [unbalanced(1)])], asStored([{ ...unbalanced(2), sourceFile: 'x.csv' }]))).toEqual(
      [],
    )
  })

  it('finds the version a batch wrote in a later batch when it was replaced again', () => {
    const middle = stored(2, 2023, '更正.csv')
    const fixes = fixedByBatches(
      [batch(3, [middle]), batch(2, [unbalanced(1)])],
      asStored([stored(3, 2023, '再次.csv')]),
    )
    expect(fixes.map((f) => [f.batchId, f.file])).toEqual([
      [2, '更正.csv'],
      [2, '更正.csv'],
    ])
  })

  it('counts a repaired carry chain as fixed (judged against the stored year before)', () => {
    const previous = stored(1, 2022)
    const broken = stored(1, 2023)
    setCell(broken, CELL_BY_PATH.get('requests.carriedOver.natural')!, 3)
    setCell(broken, CELL_BY_PATH.get('requests.carriedOver.total')!, 3)
    setCell(broken, CELL_BY_PATH.get('requests.received.natural')!, 8)
    setCell(broken, CELL_BY_PATH.get('requests.received.total')!, 10)
    const fixes = fixedByBatches([batch(2, [broken])], asStored([previous, stored(2, 2023)]))
    expect(fixes.map((f) => f.finding.rule)).toEqual(['carry-chain', 'carry-chain'])
  })

  it('counts a narrative no longer copied from the stored year before as fixed', () => {
    const office = consistentReport().office
    const previous = { ...stored(1, 2023), narrative: JUSTICE_2023 }
    const copied = { ...stored(1, 2024), narrative: JUSTICE_2024_COPIED }
    const rewritten = { ...stored(2, 2024), narrative: JUSTICE_2024 }
    const fixes = fixedByBatches([batch(2, [copied])], asStored([previous, rewritten]))
    const copies = fixes.filter((f) => f.finding.rule === 'narrative-copy')
    expect(copies.map((f) => [f.finding.rule, f.office, f.year, f.finding.related?.year])).toEqual([
      ['narrative-copy', office, 2024, 2023],
    ])
  })
})
