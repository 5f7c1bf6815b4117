/**
 * Exports are safe to open in Excel/WPS (issue 8, part 3): in every writer — wide and long CSV
 * (keys and Chinese headers, UTF-8, BOM, GB18030 through the CLI), the table CSV and XLSX of the
 * app, and JSON — a cell starting with = + - @ tab or CR (office and region names, narrative
 * text, any text column) can never run as a formula, a plain negative number stays a number,
 * and our own exports read back to exactly what was written.
 */
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import Papa from 'papaparse'
import { inflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run'
import type { Report } from '../../src/domain/types'
import { tableToCsv, tableToXlsx, type ExportTable } from '../../src/io/export-table'
import { neutralizeFormula } from '../../src/io/formula'
import { readInputFile } from '../../src/io/read'
import { writeJson, writeLongCsv, writeWideCsv } from '../../src/io/write'
import { recordsOf, reportsOf, sampleReports } from './sample-reports'

/** Text that Excel would run, one per trigger character (tab and CR before a formula, too). */
const FORMULAS = [
  '=HYPERLINK("http://evil.example","点我")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
  '=1+1\n第二行',
]
/** Names a file can really bring in (readers trim spaces and refuse control characters). */
const IMPORTABLE = ['=HYPERLINK("http://evil.example","点我")', "+cmd|' /C calc'!A0", '-某区', '@某局', '-2+3']

const utf8 = (s: string) => new TextEncoder().encode(s)
const cellsOf = (csv: string): string[][] =>
  Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data

function expectNeutral(cell: string, original: string) {
  expect(cell, JSON.stringify(original)).toBe(`'${original}`)
}

describe('neutralizeFormula', () => {
  it('prefixes an apostrophe to every cell starting with = + - @ tab or CR', () => {
    for (const f of FORMULAS) expect(neutralizeFormula(f)).toBe(`'${f}`)
  })

  it('leaves plain numbers, negative ones included, and ordinary text alone', () => {
    for (const n of ['-12', '-3.5', '-0', '0', '12', '3.25']) expect(neutralizeFormula(n)).toBe(n)
    for (const t of ['某区教育局', ' =1', '（=1）', '1=1', '']) expect(neutralizeFormula(t)).toBe(t)
  })
})

function reportNamed(office: string, region: string): Report {
  const [, , old2019] = sampleReports() // has a negative change (-3) and a printed amount
  return { ...old2019, office, region }
}

describe('canonical CSV writers (wide and long, keys and Chinese headers)', () => {
  const writers = [
    ['wide', writeWideCsv],
    ['long', writeLongCsv],
  ] as const
  for (const [name, write] of writers) {
    for (const headers of ['keys', 'zh'] as const) {
      it(`${name} CSV (${headers}): formula-like office and region names are neutralised, -3 stays a number`, () => {
        for (const f of FORMULAS) {
          const rows = cellsOf(write(recordsOf([reportNamed(f, f)]), { headers, bom: true }))
          const body = rows.slice(1)
          expectNeutral(body[0][0], f)
          if (name === 'wide') {
            expectNeutral(body[0][1], f)
            const change = rows[0].findIndex(
              (h) => h === (headers === 'keys' ? 'proactive.licensing.change' : '行政许可-本年增/减'),
            )
            expect(body[0][change]).toBe('-3')
          } else {
            expectNeutral(body[0][1], f)
            expect(
              body.find(
                (r) => r[3] === (headers === 'keys' ? 'proactive.licensing.change' : '行政许可-本年增/减'),
              )?.[4],
            ).toBe('-3')
          }
          for (const row of rows)
            for (const cell of row)
              expect(/^[=+@\t\r]/.test(cell) || (/^-/.test(cell) && !/^-\d+(\.\d+)?$/.test(cell))).toBe(false)
        }
      })

      it(`${name} CSV (${headers}): our own export reads back to the same names`, async () => {
        for (const f of IMPORTABLE) {
          const text = write(recordsOf([reportNamed(f, f)]), { headers })
          for (const bytes of [utf8(text), new Uint8Array(iconv.encode(text, 'gb18030'))]) {
            const [back] = reportsOf(await readInputFile(`${name}.csv`, bytes))
            expect([back.office, back.region]).toEqual([f, f])
            expect(back.proactive.licensing?.change).toBe(-3)
          }
        }
      })
    }
  }

  it('the CLI export (GB18030, BOM) is neutralised too', async () => {
    const report = reportNamed('=1+1', '@某区')
    const out: Uint8Array[] = []
    const code = await runCli(['export', '--format', 'csv', '--headers', 'zh', '--encoding', 'gb18030', 'in.json'], {
      readFile: async () => utf8(writeJson(recordsOf([report]))),
      stdout: (d) => void out.push(typeof d === 'string' ? utf8(d) : d),
      stderr: () => {},
    })
    expect(code).toBe(0)
    const rows = cellsOf(new TextDecoder('gb18030').decode(Buffer.concat(out)))
    expect(rows[1].slice(0, 2)).toEqual(["'=1+1", "'@某区"])
  })
})

const table: ExportTable = {
  title: '=标题',
  filters: [{ label: '地区', value: '@某区' }],
  columns: [
    { key: 'office', header: '机关名称', kind: 'text' },
    { key: 'region', header: '+所属地区', kind: 'text' },
    { key: 'message', header: '说明', kind: 'text' },
    { key: 'plain', header: '文字数字', kind: 'text' },
    { key: 'change', header: '增减', kind: 'number' },
  ],
  rows: FORMULAS.map((f) => ({ office: f, region: f, message: `${f}\n存在的主要问题……`, plain: '-12', change: -2.25 })),
}

describe('table exports of the app (rankings, findings, rectification lists)', () => {
  it('CSV: every text cell neutralised (names, narrative-like text, headers); numbers and "-12" stay numbers', () => {
    const rows = cellsOf(tableToCsv(table))
    expect(rows[0]).toEqual(['机关名称', "'+所属地区", '说明', '文字数字', '增减'])
    rows.slice(1).forEach((row, i) => {
      expectNeutral(row[0], FORMULAS[i])
      expectNeutral(row[1], FORMULAS[i])
      expectNeutral(row[2], `${FORMULAS[i]}\n存在的主要问题……`)
      expect(row[3]).toBe('-12')
      expect(row[4]).toBe('-2.25')
    })
  })

  it('XLSX: text is written as text cells, exactly, never as a formula; numbers stay numbers', async () => {
    const bytes = await tableToXlsx(table, { exportedAt: new Date(2025, 0, 20) })
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer) // exceljs types its input as its own Buffer interface
    const data = wb.worksheets[1]
    table.rows.forEach((row, i) => {
      const cells = data.getRow(i + 2)
      for (const [col, key] of [
        [1, 'office'],
        [2, 'region'],
        [3, 'message'],
        [4, 'plain'],
      ] as const) {
        const cell = cells.getCell(col)
        expect(cell.type).toBe(ExcelJS.ValueType.String)
        // XML reads a bare CR as a line end: "\r=1+1" comes back as "\n=1+1", still text.
        expect(cell.value).toBe(String(row[key]).replace(/\r\n?/g, '\n'))
        expect(cell.formula).toBeUndefined()
      }
      expect(cells.getCell(5).value).toBe(-2.25)
    })
    expect(wb.worksheets[0].getRow(1).getCell(1).value).toBe('=标题')
    // And in the file itself: no <f> (formula) element in any sheet.
    const sheets = zipEntries(bytes).filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
    expect(sheets.length).toBe(2)
    for (const [name, xml] of sheets) expect(xml, name).not.toMatch(/<f[ >]/)
  })
})

describe('JSON', () => {
  it('keeps formula-like names and narrative exactly (JSON is not opened by Excel) and reads them back', async () => {
    const report = {
      ...reportNamed('=1+1', '-某区'),
      narrative: { overview: '=HYPERLINK("http://x")', problems: '@一是……\n-二是……' },
    }
    const [back] = reportsOf(await readInputFile('r.json', utf8(writeJson(recordsOf([report])))))
    expect(back).toEqual(report)
  })
})

/** The entries of a ZIP (as written by exceljs: deflated or stored) as text. */
function zipEntries(bytes: Uint8Array): [string, string][] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = bytes.length - 22
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--
  const out: [string, string][] = []
  let p = view.getUint32(eocd + 16, true)
  for (let n = view.getUint16(eocd + 10, true); n > 0; n--) {
    const method = view.getUint16(p + 10, true)
    const size = view.getUint32(p + 20, true)
    const nameLength = view.getUint16(p + 28, true)
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength))
    const local = view.getUint32(p + 42, true)
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    const raw = bytes.subarray(start, start + size)
    out.push([name, new TextDecoder().decode(method === 8 ? inflateRawSync(raw) : raw)])
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true)
  }
  return out
}
