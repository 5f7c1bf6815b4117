/**
 * Messages the checks and readers say over a corpus — the demo city's findings, anomalies and
 * not-assessable entries, a revised report, and the hostile files refused — each as its Chinese
 * text and as what it was made from (id and parameters). messages-zh.test.ts holds the Chinese to
 * the text the code said before messages had ids; messages-en.test.ts renders the same in English.
 */
import { generateDemo } from '../../src/demo/generate'
import { InputError } from '../../src/domain/errors'
import { recordOf } from '../../src/domain/record'
import { reportKey } from '../../src/domain/report'
import { checkRecords, checkReports } from '../../src/domain/rules'
import type { Report } from '../../src/domain/types'
import { checkAnomalies } from '../../src/analysis/anomalies'
import type { Worded } from '../../src/i18n/translate'
import { readInputFile } from '../../src/io/read'
import { HOSTILE_CASES } from '../hostile/corpus'

export interface CorpusMessage {
  key: string
  worded: Worded
}

const TODAY = '2026-06-01'
/** Findings and entries kept per rule (the demo has hundreds of a few rules). */
const PER_RULE = 6
/** Hostile files over this size are left to hostile.test.ts: their messages are the small ones'. */
const MAX_FILE = 2_000_000

function firstOfEach<T extends { rule: string }>(list: readonly T[], n: number): T[] {
  const seen = new Map<string, number>()
  return list.filter((x) => {
    const k = seen.get(x.rule) ?? 0
    seen.set(x.rule, k + 1)
    return k < n
  })
}

const enc = (s: string) => new TextEncoder().encode(s)

/** Hand-made bad files: every identity and value problem, both CSV layouts, JSON. */
const BAD_FILES: { name: string; text: string }[] = [
  {
    name: 'bad.csv',
    text:
      '机关名称,年度,予以公开-总计,行政复议-总计,机关类型,报告格式,发布日期,所属地区\n' +
      '甲局,2024,十二,1,x,1999,2024-13-01,\n乙局,2024,3,-2,,,,\n丙局,20x4,1.5,1,,,,\n' +
      '丁局,1900,99999999999999999999,1,,,,\n,2024,1,1,,,,\n戊局\u202e,2024,1,1,,,,\n',
  },
  {
    name: 'bad.json',
    text: JSON.stringify({
      format: 'disclosure-report',
      version: 1,
      x: 1,
      reports: [
        {
          office: '甲局',
          year: 2024,
          review: { total: true },
          requests: { received: { natural: 'ten', bogus: 1 } },
          narrative: 5,
          sections: { a: 1, overview: -1 },
        },
        { office: 3, year: '2024年' },
        5,
      ],
    }),
  },
  {
    name: 'long.csv',
    text: [
      'office,region,year,field,value',
      '某局,,2024,requests.received.total,abc',
      '某局,,2024,不存在的字段,1',
      '某局,,2024,review.total,1',
      '某局,,2024,review.total,2',
      '某局,,2024,year,2023',
      '某局,,2024,,5',
      '某局,,2024,proactive.procurement.projects,3',
    ].join('\n'),
  },
  { name: 'wide.csv', text: 'office,year,,bogus,review.total,行政复议-总计\n甲,2024,5,1,1,1\n乙,2024,1,2,3\n' },
  { name: 'dup.csv', text: 'office,year,review.total\n甲,2024,1\n甲,2024,1\n甲,2024,2\n' },
]

function errorMessages(key: string, e: InputError): CorpusMessage[] {
  return [{ key, worded: e }, ...e.problems.slice(0, 8).map((p, i) => ({ key: `${key}:${i}`, worded: p }))]
}

export async function messageCorpus(): Promise<CorpusMessage[]> {
  const out: CorpusMessage[] = []
  const demo = generateDemo()
  const records = demo.reports.map(recordOf)
  const checked = checkRecords(records, { today: TODAY })
  for (const f of firstOfEach(checked.findings, PER_RULE))
    out.push({ key: `finding:${f.rule}:${f.office}:${f.year}:${f.field}:${f.column ?? ''}`, worded: f })
  for (const n of firstOfEach(checked.notAssessable, PER_RULE))
    out.push({
      key: `na:${n.rule}:${n.office}:${n.year}`,
      worded: { message: n.reason, messageId: n.reasonId, params: n.params },
    })
  for (const f of firstOfEach(checkAnomalies(records), PER_RULE))
    out.push({ key: `anomaly:${f.rule}:${f.office}:${f.year}`, worded: f })

  // Revised after publication: the same publication date, other figures.
  const before: Report[] = demo.reports.slice(0, 4)
  const after = before.map((r) => ({
    ...r,
    review: { ...r.review, upheld: 99 },
    requests: { ...r.requests, received: { ...r.requests.received!, natural: 1234 } },
  }))
  const previousVersions = new Map(before.map((r) => [reportKey(r), [r]]))
  for (const f of checkReports(after, { today: TODAY, previousVersions }).findings.filter(
    (x) => x.rule === 'revised-after-publication',
  ))
    out.push({ key: `finding:${f.rule}:${f.office}:${f.year}`, worded: f })

  // Every table rule and not-assessable reason: one office's three years, bent in every way.
  const office = demo.reports.find((r) => r.year === 2022 && r.template === '2021')!.office
  const years = demo.reports.filter((r) => r.office === office && r.year >= 2022)
  const bent = years.map((r, i): Report => {
    const requests = structuredClone(r.requests)
    const review = { ...r.review }
    const proactive = structuredClone(r.proactive)
    if (i === 0) {
      requests.granted!.natural = (requests.granted!.natural ?? 0) + 1 // row-total, outcome-sum, balance
      review.upheld = (review.upheld ?? 0) + 2 // review-sum
      proactive.regulations.inForce = 99 // in-force-chain next year
      return { ...r, requests, review, proactive, publishedAt: null }
    }
    if (i === 1) {
      ;(requests.granted as Record<string, unknown>).business = 'x'
      ;(requests.granted as Record<string, unknown>).research = -1
      ;(requests.granted as Record<string, unknown>).legal = 1.5
      requests.denied!.stateSecret = {
        natural: null,
        business: null,
        research: null,
        nonprofit: null,
        legal: null,
        otherOrg: null,
        total: null,
      }
      review.total = null
      return { ...r, requests, review, publishedAt: '2025/13/45', template: '2019' }
    }
    requests.carriedOver!.natural = null
    proactive.normativeDocuments.issued = null
    return { ...r, requests, review, proactive, officeKind: 'government', publishedAt: null }
  })
  const bentResult = checkReports(bent, { today: '2025-02-01' })
  for (const f of firstOfEach(bentResult.findings, PER_RULE))
    out.push({ key: `bent:${f.rule}:${f.year}:${f.field}:${f.column ?? ''}`, worded: f })
  for (const n of bentResult.notAssessable)
    out.push({
      key: `bent-na:${n.rule}:${n.year}`,
      worded: { message: n.reason, messageId: n.reasonId, params: n.params },
    })

  const files = [
    ...HOSTILE_CASES.map((c) => ({ key: c.id, name: c.fileName, bytes: c.bytes })),
    ...BAD_FILES.map((f) => ({ key: f.name, name: f.name, bytes: () => enc(f.text) })),
  ]
  for (const file of files) {
    const bytes = file.bytes()
    if (bytes.length > MAX_FILE) continue
    try {
      const result = await readInputFile(file.name, bytes)
      result.warnings.slice(0, 4).forEach((w, i) => out.push({ key: `file:${file.key}:warning:${i}`, worded: w }))
      result.parseFindings.slice(0, 4).forEach((f, i) => out.push({ key: `file:${file.key}:parse:${i}`, worded: f }))
    } catch (e) {
      if (!(e instanceof InputError)) throw e
      out.push(...errorMessages(`file:${file.key}`, e))
    }
  }
  return out
}
