import { describe, expect, it } from 'vitest'
import { Rng } from '../../../demo/random'
import type { Narrative, Report } from '../../types'
import { checkReports } from '../index'
import { consistentReport } from '../testReport'
import { similarPairs } from './copy'
import { narrativeText, normalizeNarrative, overlap, shingleSet } from './text'
import {
  CIVIL_AFFAIRS_2024_COPIED,
  HOUSING_2024,
  JUSTICE_2023,
  JUSTICE_2024,
  JUSTICE_2024_COPIED,
  JUSTICE_2024_EDITED_COPY,
  JUSTICE_2024_REUSED,
} from './testNarratives'

const withNarrative = (office: string, year: number, narrative: Narrative): Report => ({
  ...consistentReport({ office, year }),
  narrative,
})
const copies = (reports: Report[], options = {}) =>
  checkReports(reports, { today: '2030-01-01', ...options }).findings.filter((f) => f.rule === 'narrative-copy')

describe('narrative-copy against the same office’s previous report', () => {
  it('flags last year’s text reused with its years and figures changed, naming the year and similarity', () => {
    const [f] = copies([
      withNarrative('某区司法局', 2023, JUSTICE_2023),
      withNarrative('某区司法局', 2024, JUSTICE_2024_COPIED),
    ])
    expect(f).toMatchObject({
      office: '某区司法局',
      year: 2024,
      severity: 'warning',
      field: 'narrative',
      actual: '100%',
      related: { office: '某区司法局', year: 2023 },
    })
    expect(f.message).toMatch(/^与本机关2023年报告正文相似度 100%/)
  })

  it('flags a copy with a reworded sentence and an added paragraph', () => {
    const found = copies([
      withNarrative('某区司法局', 2023, JUSTICE_2023),
      withNarrative('某区司法局', 2024, JUSTICE_2024_EDITED_COPY),
    ])
    expect(found).toHaveLength(1)
    expect(found[0].related?.similarity).toBeGreaterThan(0.8)
    // A stricter threshold lets it pass.
    expect(
      copies(
        [withNarrative('某区司法局', 2023, JUSTICE_2023), withNarrative('某区司法局', 2024, JUSTICE_2024_EDITED_COPY)],
        {
          copyThreshold: 0.97,
        },
      ),
    ).toEqual([])
  })

  it('does not flag a report written anew, nor one that keeps two stock paragraphs of last year', () => {
    for (const next of [JUSTICE_2024, JUSTICE_2024_REUSED])
      expect(
        copies([withNarrative('某区司法局', 2023, JUSTICE_2023), withNarrative('某区司法局', 2024, next)]),
      ).toEqual([])
  })

  it('states the threshold in use, not the default, as the expected value', () => {
    const reports = [
      withNarrative('某区司法局', 2023, JUSTICE_2023),
      withNarrative('某区司法局', 2024, JUSTICE_2024_COPIED),
    ]
    expect(copies(reports).map((f) => f.expected)).toEqual(['低于 80%'])
    expect(copies(reports, { copyThreshold: 0.9 }).map((f) => f.expected)).toEqual(['低于 90%'])
  })

  it('compares with the previous report even across a missing year, and never a report with itself', () => {
    const found = copies([
      withNarrative('某区司法局', 2021, JUSTICE_2023),
      withNarrative('某区司法局', 2024, JUSTICE_2024_COPIED),
    ])
    expect(found.map((f) => [f.year, f.related?.year])).toEqual([[2024, 2021]])
  })
})

describe('narrative-copy against other offices of the same year', () => {
  it('flags both reports of a pair, each naming the other', () => {
    const found = copies([
      withNarrative('某区司法局', 2024, JUSTICE_2024),
      withNarrative('某区民政局', 2024, CIVIL_AFFAIRS_2024_COPIED),
      withNarrative('某区住房和城乡建设局', 2024, HOUSING_2024),
    ])
    expect(found.map((f) => [f.office, f.related?.office])).toEqual([
      ['某区司法局', '某区民政局'],
      ['某区民政局', '某区司法局'],
    ])
    expect(found[1].message).toMatch(/^与某区司法局2024年报告正文相似度 (9\d|100)%/)
  })

  it('finds a copy that kept the other office’s name', () => {
    const lazy = { ...JUSTICE_2024, overview: `${JUSTICE_2024.overview}\n某区司法局将继续做好公开工作。` }
    const found = copies([withNarrative('某区司法局', 2024, JUSTICE_2024), withNarrative('某区民政局', 2024, lazy)])
    expect(found).toHaveLength(2)
  })

  it('names the most similar report and counts the others', () => {
    const found = copies(['甲局', '乙局', '丙局'].map((office) => withNarrative(office, 2024, JUSTICE_2024))).filter(
      (f) => f.office === '乙局',
    )
    expect(found).toHaveLength(1)
    expect(found[0].message).toContain('另有 1 份同年度报告的相似度也在 80% 以上')
  })

  it('leaves reports of different years and short narratives alone', () => {
    expect(
      copies([withNarrative('某区司法局', 2023, JUSTICE_2023), withNarrative('某区民政局', 2024, JUSTICE_2024_COPIED)]),
    ).toEqual([])
    expect(
      copies([withNarrative('甲局', 2024, { other: '无。' }), withNarrative('乙局', 2024, { other: '无。' })]),
    ).toEqual([])
  })
})

describe('the index of shingles', () => {
  /** Random text from 2,000 Han characters: two such texts share no shingle by chance. */
  const randomText = (rng: Rng, length: number) =>
    String.fromCharCode(...Array.from({ length }, () => 0x4e00 + rng.int(0, 2000)))

  it('finds exactly the pairs an all-pairs comparison finds, around the threshold', () => {
    const rng = new Rng(7)
    const texts: string[] = Array.from({ length: 300 }, () => randomText(rng, rng.int(60, 600)))
    // Partial copies: a share of another text (between 50 % and 100 %) and new text for the rest.
    for (let i = 0; i < 120; i++) {
      const source = texts[rng.int(0, texts.length - 1)]
      const keep = Math.floor(source.length * rng.range(0.5, 1))
      const from = rng.int(0, source.length - keep)
      texts.push(source.slice(from, from + keep) + randomText(rng, rng.int(0, 150)))
    }
    const docs = texts.map((text, i) => {
      const office = `机关${i}`
      const set = shingleSet(normalizeNarrative(text, [office]).text)
      return { report: { office } as Report, text, sample: set.filter((h) => (h & 3) === 0) }
    })
    // Office names do not occur in these texts: each text's own set is what the rule compares.
    const sets = docs.map((d) => shingleSet(normalizeNarrative(d.text, [d.report.office]).text))
    const expected: string[] = []
    for (let i = 0; i < docs.length; i++)
      for (let j = i + 1; j < docs.length; j++) if (overlap(sets[i], sets[j]) >= 0.8) expected.push(`${i}-${j}`)
    const found = similarPairs(docs, 0.8).map(([i, j]) => `${Math.min(i, j)}-${Math.max(i, j)}`)
    expect(expected.length).toBeGreaterThan(20)
    expect(found.sort()).toEqual(expected.sort())
  })

  it('is fed the narrative as one text of its three parts', () => {
    expect(narrativeText({ overview: 'A', problems: 'B', other: 'C' })).toBe('A\nB\nC')
    expect(narrativeText(undefined)).toBe('')
  })
})
