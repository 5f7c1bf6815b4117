/**
 * The planted gaps are exactly what the data shows. The checks here are written independently of
 * the rules module: they recompute row totals, outcome sums, balance and chains from the tables.
 */
import { describe, expect, it } from 'vitest'
import { getPath } from '../domain/cells'
import { APPLICANT_KEYS, DISPUTE_GROUPS, DISPUTE_PARTS, APPLICANT_PARTS, outcomeRowsFor } from '../domain/model'
import { reportKey } from '../domain/report'
import { checkReports } from '../domain/rules'
import { narrativeText, normalizeNarrative, overlap, shingleSet } from '../domain/rules/content/text'
import type { Report } from '../domain/types'
import { generateDemo } from './generate'

const demo = generateDemo()
const { planted } = demo
const byKey = new Map(demo.reports.map((r) => [reportKey(r), r]))
const at = (office: string, year: number) => byKey.get(reportKey({ office, year }))
const years = [...new Set(demo.reports.map((r) => r.year))].sort()
const lastYear = years[years.length - 1]

function num(r: Report, path: string): number {
  const v = getPath(r, path)
  if (typeof v !== 'number') throw new Error(`${r.office} ${r.year} ${path} is ${String(v)}`)
  return v
}
const cell = (r: Report, row: string, column: string) => num(r, `requests.${row}.${column}`)
const sorted = (keys: Iterable<string>) => [...keys].sort()
const cellKey = (g: { office: string; year: number; column?: string }) => `${g.office} ${g.year} ${g.column ?? ''}`

/** Cells where a per-column equation fails, as "office year column". */
function failing(check: (r: Report, column: string) => boolean): string[] {
  const out: string[] = []
  for (const r of demo.reports) for (const c of APPLICANT_KEYS) if (!check(r, c)) out.push(cellKey({ ...r, column: c }))
  return sorted(out)
}

const balances = (r: Report, c: string) =>
  cell(r, 'received', c) + cell(r, 'carriedOver', c) === cell(r, 'total', c) + cell(r, 'carriedForward', c)

/** The last published report of the same office before `r`, skipping planted gaps. */
function previousOf(r: Report, sameNameOnly = true): Report | undefined {
  const rename = planted.renamed.find((x) => x.to === r.office)
  for (let y = r.year - 1; y >= years[0]; y--) {
    const p = at(r.office, y) ?? (sameNameOnly || !rename ? undefined : at(rename.from, y))
    if (p) return p
  }
  return undefined
}

describe('planted gaps', () => {
  it('leave every row total, outcome sum and review sum intact', () => {
    expect(
      failing((r, c) => {
        const rows = [
          'received',
          'carriedOver',
          ...outcomeRowsFor(r.template).map((x) => x.key),
          'total',
          'carriedForward',
        ]
        return (
          c !== 'total' ||
          rows.every((row) => APPLICANT_PARTS.reduce((s, p) => s + cell(r, row, p), 0) === cell(r, row, 'total'))
        )
      }),
    ).toEqual([])
    expect(
      failing(
        (r, c) => outcomeRowsFor(r.template).reduce((s, row) => s + cell(r, row.key, c), 0) === cell(r, 'total', c),
      ),
    ).toEqual([])
    for (const r of demo.reports) {
      for (const g of DISPUTE_GROUPS)
        expect(DISPUTE_PARTS.reduce((s, p) => s + num(r, `${g.key}.${p}`), 0)).toBe(num(r, `${g.key}.total`))
    }
  })

  it('break the balance exactly where planted: one applicant column and 总计', () => {
    expect(failing(balances)).toEqual(sorted(planted.balanceErrors.map(cellKey)))
    expect(planted.balanceErrors.length).toBeGreaterThan(0)
    for (let i = 0; i < planted.balanceErrors.length; i += 2) {
      expect(planted.balanceErrors[i].column).not.toBe('total')
      expect(planted.balanceErrors[i + 1]).toEqual({ ...planted.balanceErrors[i], column: 'total' })
    }
  })

  it('break the carry chain exactly where planted, and nowhere across gaps or renames', () => {
    const broken: string[] = []
    for (const r of demo.reports) {
      const prev = at(r.office, r.year - 1)
      if (!prev) continue
      for (const c of APPLICANT_KEYS)
        if (cell(r, 'carriedOver', c) !== cell(prev, 'carriedForward', c)) broken.push(cellKey({ ...r, column: c }))
    }
    expect(sorted(broken)).toEqual(sorted(planted.brokenCarryChains.map(cellKey)))
    expect(planted.brokenCarryChains.length).toBeGreaterThan(0)
    // A rule that compares with the last report before a missing year, or across merged names, finds nothing more.
    const plantedKeys = new Set(planted.brokenCarryChains.map((g) => reportKey(g)))
    for (const r of demo.reports) {
      const prev = previousOf(r, false)
      if (!prev || plantedKeys.has(reportKey(r))) continue
      for (const c of APPLICANT_KEYS)
        expect(cell(r, 'carriedOver', c), `${r.office} ${r.year} ${c}`).toBe(cell(prev, 'carriedForward', c))
    }
  })

  it('keep the in-force chain of 2021-format reports', () => {
    for (const r of demo.reports.filter((x) => x.template === '2021')) {
      const prev = previousOf(r, false)
      if (!prev || prev.template !== '2021') continue
      for (const item of ['regulations', 'normativeDocuments']) {
        const p = (field: string, x: Report) => num(x, `proactive.${item}.${field}`)
        expect(p('inForce', r), `${r.office} ${r.year} ${item}`).toBe(
          p('inForce', prev) + p('issued', r) - p('repealed', r),
        )
      }
    }
  })

  it('list exactly the missing reports: none in an office’s first year, renamed offices aside', () => {
    const yearsOf = new Map<string, Set<number>>()
    for (const r of demo.reports) (yearsOf.get(r.office) ?? yearsOf.set(r.office, new Set()).get(r.office)!).add(r.year)
    const absent: string[] = []
    for (const [office, ys] of yearsOf) {
      const rename = planted.renamed.find((x) => x.from === office)
      for (let y = Math.min(...ys) + 1; y <= lastYear; y++) {
        if (!ys.has(y) && !(rename && y >= rename.year)) absent.push(cellKey({ office, year: y }))
      }
    }
    expect(sorted(absent)).toEqual(sorted(planted.missing.map(cellKey)))
    const rate = planted.missing.length / (planted.missing.length + demo.reports.length)
    expect(rate).toBeGreaterThan(0.015)
    expect(rate).toBeLessThan(0.045)
  })

  it('list exactly the late, undated and outdated-format reports', () => {
    const late = demo.reports.filter(
      (r) =>
        r.publishedAt !== null && r.publishedAt > `${r.year + 1}-${r.officeKind === 'government' ? '03' : '01'}-31`,
    )
    expect(sorted(late.map(cellKey))).toEqual(sorted(planted.late.map(cellKey)))
    expect(late.length / demo.reports.length).toBeGreaterThan(0.03)
    expect(late.length / demo.reports.length).toBeLessThan(0.07)
    expect(late.some((r) => r.officeKind === 'government')).toBe(true)

    const undated = demo.reports.filter((r) => r.publishedAt === null)
    expect(sorted(undated.map(cellKey))).toEqual(sorted(planted.undated.map(cellKey)))
    expect(undated.length).toBeGreaterThan(0)

    const outdated = demo.reports.filter((r) => r.year >= 2021 && r.template === '2019')
    expect(sorted(outdated.map(cellKey))).toEqual(sorted(planted.outdatedTemplate.map(cellKey)))
    expect(outdated.length).toBeGreaterThanOrEqual(2)
    expect(outdated.length).toBeLessThanOrEqual(15)
  })

  it('rename a few offices: the old name stops the year the new one starts', () => {
    expect(planted.renamed.length).toBeGreaterThanOrEqual(3)
    expect(planted.renamed.length).toBeLessThanOrEqual(12)
    expect(planted.renamed).toContainEqual(
      expect.objectContaining({ to: expect.stringMatching(/城市管理和综合执法局$/), year: 2022 }),
    )
    for (const { from, to, year } of planted.renamed) {
      expect(from.replace(/[^区县市]+$/, '')).toBe(to.replace(/[^区县市]+$/, ''))
      const fromYears = demo.reports.filter((r) => r.office === from).map((r) => r.year)
      const toYears = demo.reports.filter((r) => r.office === to).map((r) => r.year)
      expect(Math.max(...fromYears)).toBe(year - 1)
      expect(Math.min(...toYears)).toBe(year)
    }
  })

  it('plant at most one gap per report, at the stated rates', () => {
    const lists = [
      planted.missing,
      planted.late,
      planted.undated,
      planted.outdatedTemplate,
      planted.balanceErrors,
      planted.brokenCarryChains,
    ]
    const perList = lists.map((l) => new Set(l.map((g) => reportKey(g))))
    const total = perList.reduce((s, l) => s + l.size, 0)
    expect(new Set(perList.flatMap((l) => [...l])).size).toBe(total)
    const n = demo.reports.length
    expect(perList[4].size / n).toBeGreaterThan(0.015)
    expect(perList[4].size / n).toBeLessThan(0.045)
    expect(perList[5].size / n).toBeGreaterThan(0.005)
    expect(perList[5].size / n).toBeLessThan(0.03)
  })
})

describe('planted narrative problems', () => {
  const checks = checkReports(demo.reports, { today: '2026-06-01' })
  const at = (rule: string) => checks.findings.filter((f) => f.rule === rule)
  const key = (g: { office?: string; year?: number }) => `${g.office} ${g.year}`
  const contentPlants = [
    planted.copiedFromPrevious,
    planted.copiedFromNeighbour,
    planted.narrativeMismatches,
    planted.missingParts,
  ]

  it('give every report a narrative and the six parts of its document', () => {
    for (const r of demo.reports) {
      expect(r.narrative?.overview ?? r.narrative?.problems, key(r)).toBeTruthy()
      expect(Object.keys(r.sections ?? {}).length, key(r)).toBeGreaterThanOrEqual(5)
    }
    expect(checks.notAssessable.filter((n) => n.rule === 'sections-missing')).toEqual([])
  })

  it('copy last year’s text (figures changed) or a neighbour’s: narrative-copy exactly there, both ends of a neighbour’s copy', () => {
    const sources = planted.copiedFromNeighbour.map((c) => ({ office: c.from, year: c.year }))
    const expected = [...planted.copiedFromPrevious, ...planted.copiedFromNeighbour, ...sources].map(key)
    expect(sorted(new Set(at('narrative-copy').map(key)))).toEqual(sorted(new Set(expected)))
    for (const c of planted.copiedFromPrevious) {
      const f = at('narrative-copy').find((x) => key(x) === key(c) && x.related?.office === c.office)
      expect(f?.message, key(c)).toMatch(new RegExp(`^与本机关${c.from}年报告正文相似度 (9\\d|100)%`))
    }
    for (const c of planted.copiedFromNeighbour) {
      const f = at('narrative-copy').find((x) => key(x) === key(c) && x.related?.office === c.from)
      expect(f?.related?.similarity, key(c)).toBeGreaterThanOrEqual(0.8)
    }
    expect(planted.copiedFromPrevious.length).toBeGreaterThanOrEqual(3)
    expect(planted.copiedFromNeighbour.length).toBeGreaterThanOrEqual(3)
  })

  it('state a figure that contradicts the table: narrative-mismatch exactly there, with both figures', () => {
    const found = at('narrative-mismatch')
    expect(sorted(found.map(key))).toEqual(sorted(planted.narrativeMismatches.map(key)))
    const row = { received: 'requests.received', handled: 'requests.total', carriedForward: 'requests.carriedForward' }
    for (const m of planted.narrativeMismatches) {
      const f = found.find((x) => key(x) === key(m))!
      expect([f.field, f.expected, f.actual], key(m)).toEqual([row[m.figure], m.table, m.stated])
    }
    expect(planted.narrativeMismatches.length).toBeGreaterThanOrEqual(3)
  })

  it('leave out a part (no heading, or a heading with nothing under it): sections-missing exactly there', () => {
    const found = at('sections-missing')
    expect(sorted(found.map((f) => `${key(f)} ${f.field} ${f.actual}`))).toEqual(
      sorted(planted.missingParts.map((m) => `${key(m)} sections.${m.part} ${m.headingKept ? '只有标题' : '缺少'}`)),
    )
    expect(planted.missingParts.length).toBeGreaterThanOrEqual(3)
  })

  it('plant at most one narrative problem per report, never on a report with a table gap', () => {
    const lists = contentPlants.map((l) => new Set(l.map((g) => reportKey(g))))
    const all = lists.flatMap((l) => [...l])
    expect(new Set(all).size).toBe(all.length)
    const tableGaps = new Set(
      [
        planted.late,
        planted.undated,
        planted.outdatedTemplate,
        planted.balanceErrors,
        planted.brokenCarryChains,
      ].flatMap((l) => l.map((g) => reportKey(g))),
    )
    for (const k of all) expect(tableGaps.has(k)).toBe(false)
  })

  it('write each year anew: one office’s consecutive reports share well under 40 %', () => {
    const copied = new Set(planted.copiedFromPrevious.map((g) => reportKey(g)))
    const own = (r: Report) => shingleSet(normalizeNarrative(narrativeText(r.narrative), [r.office]).text)
    const shares: number[] = []
    for (const r of demo.reports) {
      const prev = byKey.get(reportKey({ office: r.office, year: r.year - 1 }))
      if (prev && !copied.has(reportKey(r))) shares.push(overlap(own(r), own(prev)))
    }
    shares.sort((a, b) => a - b)
    expect(shares.length).toBeGreaterThan(2000)
    expect(shares[shares.length >> 1]).toBeLessThan(0.25)
    expect(shares[Math.floor(shares.length * 0.95)]).toBeLessThan(0.4)
    expect(shares[shares.length - 1]).toBeLessThan(0.8)
  })
})
