/**
 * Property-based fuzzing of the readers (issue 8, part 6): CSV, JSON, report text and HTML (and
 * a few Word files), fed arbitrary strings and bytes, "token soup" built from the words the
 * readers look for, and valid files with characters deleted, inserted and replaced. Whatever the
 * input: readInputFile throws nothing but InputError (with a bounded message), and every report
 * it returns passes the model's own validation with tables 三/四 holding only blanks or
 * non-negative integers (test/hostile/invariants.ts). Sizes are bounded and runs few, so the file
 * stays well under 30 s; a failure prints the seed and the shrunk input.
 */
import fc from 'fast-check'
import iconv from 'iconv-lite'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CELLS } from '../../src/domain/cells'
import { InputError } from '../../src/domain/errors'
import { readInputFile } from '../../src/io/read'
import { renderReportHtml, renderReportText } from '../../src/io/report/index'
import { writeJson, writeLongCsv, writeWideCsv } from '../../src/io/write'
import { makeDocx } from '../corpus/reports/make-docx'
import { prototypeIsClean, reportDefects } from '../hostile/invariants'
import { recordsOf, sampleReports } from './sample-reports'

const utf8 = (s: string) => new TextEncoder().encode(s)
const TIMEOUT = 30_000

/** Read; refuse only with a short InputError; return only sound reports. Throws otherwise. */
async function readsSoundly(fileName: string, bytes: Uint8Array): Promise<'read' | 'refused'> {
  let reports
  try {
    reports = (await readInputFile(fileName, bytes)).records
  } catch (e) {
    if (!(e instanceof InputError))
      throw new Error(`${fileName}: threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`)
    if (e.describe().length > 20_000) throw new Error(`${fileName}: message of ${e.describe().length} characters`)
    return 'refused'
  }
  if (reports.length === 0) throw new Error(`${fileName}: read with no report and no error`)
  for (const r of reports) {
    const defects = reportDefects(r)
    if (defects.length > 0) throw new Error(`${fileName}: ${r.office} ${r.year}: ${defects.slice(0, 3).join('; ')}`)
  }
  if (!prototypeIsClean()) throw new Error(`${fileName}: Object.prototype was changed`)
  return 'read'
}

// ---------------------------------------------------------------------------------------------
// Inputs

const [fixture, government, old2019] = sampleReports()
const VALID: Record<string, string> = {
  'wide.csv': writeWideCsv(recordsOf([fixture, government, old2019])),
  'wide-zh.csv': writeWideCsv(recordsOf([fixture, old2019]), { headers: 'zh' }),
  'long.csv': writeLongCsv(recordsOf([fixture, old2019])),
  'reports.json': writeJson(recordsOf([fixture, government, old2019])),
  'cell-per-line.txt': renderReportText(government, 'cell-per-line'),
  'row-per-line.txt': renderReportText(fixture, 'row-per-line'),
  'markdown.md': renderReportText(old2019, 'markdown'),
  'page.html': `<!doctype html><html><head><meta charset="utf-8"><title>${government.office}</title></head><body>${renderReportHtml(government)}</body></html>`,
}

const CSV_WORDS = [
  ',',
  ',',
  '"',
  '""',
  '\n',
  '\r\n',
  '\r',
  '\t',
  ';',
  ' ',
  '\u3000',
  '\ufeff',
  "'",
  '=',
  '@',
  '+',
  'office',
  'region',
  'year',
  'field',
  'value',
  'officeKind',
  'template',
  'publishedAt',
  '机关名称',
  '年度',
  '所属地区',
  '字段',
  '数值',
  'requests.received.total',
  'requests.received.natural',
  'review.total',
  'proactive.fees.amountWanYuan',
  '本年新收政府信息公开申请数量-自然人',
  '予以公开-总计',
  '2024',
  '2019',
  '2021',
  '2008',
  '0',
  '1',
  '-1',
  '12',
  '1.5',
  '1e9',
  '0x1F',
  '１２',
  '99999999999999999999',
  '1,234',
  '-',
  '—',
  '/',
  '某局',
  '某区人民政府',
  '部门',
  '政府',
  '2025-01-20',
  '2025年1月20日',
  '__proto__',
  'constructor',
]
const JSON_WORDS = [
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  '"',
  '\\',
  '\\u0000',
  ' ',
  '\n',
  'null',
  'true',
  '0',
  '-1',
  '1.5',
  '1e9',
  '12',
  '"12"',
  '""',
  '"format"',
  '"disclosure-report"',
  '"version"',
  '1',
  '"reports"',
  '"office"',
  '"某局"',
  '"year"',
  '2024',
  '"template"',
  '"2019"',
  '"2021"',
  '"requests"',
  '"received"',
  '"natural"',
  '"total"',
  '"review"',
  '"upheld"',
  '"proactive"',
  '"fees"',
  '"amountWanYuan"',
  '"narrative"',
  '"overview"',
  '"__proto__"',
  '"constructor"',
  '"prototype"',
  '"findings"',
  '\ufeff',
]
/** The words of the rendered reports (labels, headings, numbers) plus separators and HTML. */
const TEXT_WORDS = [
  ...new Set(
    Object.values(VALID)
      .join('\n')
      .split(/[\s|,"<>]+/)
      .filter((w) => w !== '' && w.length <= 40),
  ),
  ...CELLS.slice(0, 40).map((c) => c.labels[c.labels.length - 2]?.zh ?? c.zh),
  '\t',
  '\n',
  '\n\n',
  '|',
  ' ',
  '\u3000',
  '0',
  '00',
  '640020470',
  '—',
  '-',
  '一、',
  '三、',
  '（一）',
  '（七）',
]
const HTML_WORDS = [
  '<table>',
  '</table>',
  '<tr>',
  '</tr>',
  '<td>',
  '</td>',
  '<th>',
  '<td colspan="7">',
  '<td rowspan="3">',
  '<p>',
  '</p>',
  '<br>',
  '<div>',
  '</div>',
  '<script>',
  '</script>',
  '<style>',
  '<!--',
  '-->',
  '&nbsp;',
  '&lt;',
  '&#12345;',
  '<title>',
  '</title>',
  '<meta charset="gbk">',
]

const soup = (words: readonly string[], maxLength: number) =>
  fc.array(fc.constantFrom(...words), { maxLength }).map((w) => w.join(''))

interface Edit {
  at: number
  remove: number
  insert: string
}
const DANGEROUS = [
  ...CSV_WORDS,
  ...JSON_WORDS,
  ...HTML_WORDS,
  '\u0000',
  '\u202e',
  '\ud800',
  '0',
  '9',
  '\t',
  '\n',
  '"',
  '-',
]
// Mostly small edits (a digit or a character changed: the file often still reads, and its
// reports are then checked), sometimes larger cuts and dangerous insertions.
const edits = fc.array(
  fc.record({
    at: fc.nat(),
    remove: fc.oneof({ weight: 4, arbitrary: fc.nat({ max: 1 }) }, { weight: 1, arbitrary: fc.nat({ max: 30 }) }),
    insert: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('0', '1', '7', '9', '某', 'x', ' ', '') },
      { weight: 1, arbitrary: fc.constantFrom(...DANGEROUS) },
      { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: 'binary' }) },
    ),
  }),
  { minLength: 1, maxLength: 8 },
)

// Edits of a title or date line: control and direction characters, digits, date and year words.
const titleEdits = fc.array(
  fc.record({
    at: fc.nat(),
    remove: fc.nat({ max: 3 }),
    insert: fc.constantFrom(
      '\u202e',
      '\u2066',
      '\u0085',
      '\u001b',
      '\u000b',
      '\u000c',
      '\u0007',
      '\t',
      '\r',
      '\u3000',
      '0',
      '9',
      '1900',
      '3000',
      '年',
      '月',
      '日',
      '人民政府',
      '发布日期：',
      '',
    ),
  }),
  { minLength: 1, maxLength: 4 },
)

// Edits of numbers only (a digit replaced, inserted or deleted): the file still reads, so the
// reports it yields — with numbers nobody chose — are checked, not just the refusals.
const digitEdits = fc.array(
  fc.record({ at: fc.nat(), remove: fc.nat({ max: 1 }), insert: fc.stringMatching(/^\d{0,3}$/) }),
  { minLength: 1, maxLength: 2 },
)

function mutateDigits(text: string, list: readonly Edit[]): string {
  let out = text
  for (const e of list) {
    const digits = [...out.matchAll(/\d/g)]
    if (digits.length === 0) break
    const at = digits[e.at % digits.length].index
    out = out.slice(0, at) + e.insert + out.slice(at + e.remove)
  }
  return out
}

/** Apply random deletions, insertions and replacements (positions wrap around the text). */
function mutate(text: string, list: readonly Edit[]): string {
  let out = text
  for (const e of list) {
    const at = out.length === 0 ? 0 : e.at % out.length
    out = out.slice(0, at) + e.insert + out.slice(at + e.remove)
  }
  return out
}

// ---------------------------------------------------------------------------------------------
// Properties

describe('fuzz: arbitrary input never throws anything but InputError, never yields an unsound report', () => {
  it(
    'CSV: arbitrary text, CSV token soup, arbitrary bytes',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.string({ maxLength: 400, unit: 'binary' }),
          async (s) => void (await readsSoundly('f.csv', utf8(s))),
        ),
        { numRuns: 300 },
      )
      await fc.assert(
        fc.asyncProperty(soup(CSV_WORDS, 300), async (s) => void (await readsSoundly('f.csv', utf8(s)))),
        { numRuns: 500 },
      )
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (b) => void (await readsSoundly('f.csv', b))),
        { numRuns: 300 },
      )
    },
    TIMEOUT,
  )

  it(
    'JSON: arbitrary JSON values, JSON token soup, arbitrary text',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.jsonValue({ maxDepth: 6 }),
          async (v) => void (await readsSoundly('f.json', utf8(JSON.stringify(v)))),
        ),
        { numRuns: 300 },
      )
      await fc.assert(
        fc.asyncProperty(soup(JSON_WORDS, 300), async (s) => void (await readsSoundly('f.json', utf8(s)))),
        { numRuns: 500 },
      )
      await fc.assert(
        fc.asyncProperty(
          fc.string({ maxLength: 300, unit: 'binary' }),
          async (s) => void (await readsSoundly('f.json', utf8(s))),
        ),
        { numRuns: 200 },
      )
    },
    TIMEOUT,
  )

  it(
    'report text, markdown and HTML: arbitrary text and token soup of the national tables',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.string({ maxLength: 400, unit: 'binary' }),
          fc.constantFrom('f.txt', 'f.md', 'f.html'),
          async (s, name) => void (await readsSoundly(name, utf8(s))),
        ),
        { numRuns: 300 },
      )
      await fc.assert(
        fc.asyncProperty(soup(TEXT_WORDS, 600), async (s) => void (await readsSoundly('f.txt', utf8(s)))),
        { numRuns: 300 },
      )
      await fc.assert(
        fc.asyncProperty(
          soup([...TEXT_WORDS, ...HTML_WORDS], 600),
          async (s) => void (await readsSoundly('f.html', utf8(s))),
        ),
        { numRuns: 300 },
      )
    },
    TIMEOUT,
  )

  it(
    'any extension, arbitrary bytes (binary, broken encodings, zip fragments)',
    async () => {
      const zipHead = fc.uint8Array({ maxLength: 300 }).map((b) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...b]))
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.uint8Array({ maxLength: 600 }), zipHead),
          fc.constantFrom('f.csv', 'f.json', 'f.txt', 'f.md', 'f.html', 'f.docx', 'f'),
          async (b, name) => void (await readsSoundly(name, b)),
        ),
        { numRuns: 400 },
      )
    },
    TIMEOUT,
  )
})

describe('fuzz: valid files with random deletions, insertions and replacements', () => {
  for (const [name, text] of Object.entries(VALID)) {
    it(
      `${name} (${text.length} characters)`,
      async () => {
        // The unmutated file reads, so the properties are not passed by refusing everything.
        expect(await readsSoundly(name, utf8(text))).toBe('read')
        await fc.assert(
          fc.asyncProperty(edits, async (list) => void (await readsSoundly(name, utf8(mutate(text, list))))),
          { numRuns: 100 },
        )
        const seen = { read: 0, refused: 0 }
        await fc.assert(
          fc.asyncProperty(digitEdits, async (list) => {
            seen[await readsSoundly(name, utf8(mutateDigits(text, list)))]++
          }),
          { numRuns: 40 },
        )
        // Most files with changed numbers still read: their reports were checked above.
        expect(seen.read).toBeGreaterThan(0)
      },
      TIMEOUT,
    )
  }

  it(
    'report documents with their title and date lines edited (where office, year and date are read)',
    async () => {
      const documents = ['cell-per-line.txt', 'row-per-line.txt', 'markdown.md', 'page.html']
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...documents), titleEdits, async (name, list) => {
          const text = VALID[name]
          const head = name.endsWith('.html')
            ? text.indexOf('</title>') + 8
            : text.indexOf('\n', text.indexOf('\n') + 1)
          await readsSoundly(name, utf8(mutate(text.slice(0, head), list) + text.slice(head)))
        }),
        { numRuns: 250 },
      )
    },
    TIMEOUT,
  )

  it(
    'a GB18030 CSV with random bytes changed',
    async () => {
      const bytes = new Uint8Array(iconv.encode(VALID['wide-zh.csv'], 'gb18030'))
      const byteEdits = fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), {
        minLength: 1,
        maxLength: 8,
      })
      await fc.assert(
        fc.asyncProperty(byteEdits, async (list) => {
          const b = bytes.slice()
          for (const e of list) b[e.at % b.length] = e.value
          await readsSoundly('gbk.csv', b)
        }),
        { numRuns: 120 },
      )
    },
    TIMEOUT,
  )

  it(
    'a Word file whose document.xml is mutated',
    async () => {
      const xml = readFileSync(new URL('../corpus/reports/docx-2021-culture.document.xml', import.meta.url), 'utf8')
      await fc.assert(
        fc.asyncProperty(edits, async (list) => void (await readsSoundly('f.docx', makeDocx(mutate(xml, list))))),
        { numRuns: 25 },
      )
    },
    TIMEOUT,
  )
})
