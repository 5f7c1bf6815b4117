import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it } from 'vitest'
import { BLANK_NOTE, DATA_SHEET, FILTER_SHEET, tableToCsv, tableToXlsx, type ExportTable } from './export-table'

const table: ExportTable = {
  title: '2024 年度公开率排名（机关）',
  filters: [
    { label: '年度', value: '2024' },
    { label: '地区', value: '东区、西区' },
    { label: '最低申请量', value: '10' },
  ],
  columns: [
    { key: 'rank', header: '名次', kind: 'count' },
    { key: 'office', header: '机关名称', kind: 'text' },
    { key: 'volume', header: '申请量', kind: 'count' },
    { key: 'rate', header: '公开率', kind: 'rate' },
    { key: 'score', header: '合规得分', kind: 'number' },
  ],
  rows: [
    { rank: 1, office: '东区教育局', volume: 1200, rate: 0.123456, score: 87.5 },
    { rank: 2, office: "=cmd|' /C calc'!A0", volume: 35, rate: 1 / 3, score: -2.25 },
    { rank: null, office: '西区"档案",馆', volume: 3, rate: null, score: null },
  ],
  notes: ['公开率 =（予以公开 + 部分公开）÷ 三（七）总计'],
}

describe('tableToCsv', () => {
  const csv = tableToCsv(table)
  const lines = csv.slice(1).split('\r\n')

  it('starts with a BOM and ends lines with CRLF, as Excel expects', () => {
    expect(csv.startsWith('\ufeff名次,')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.slice(1).replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('writes the header with the percent unit on rate columns', () => {
    expect(lines[0]).toBe('名次,机关名称,申请量,公开率（%）,合规得分')
  })

  it('writes numbers unquoted, rates in percent, blanks empty', () => {
    expect(lines[1]).toBe('1,东区教育局,1200,12.35,87.5')
    expect(lines[3]).toBe(',"西区""档案"",馆",3,,')
  })

  it('neutralises a cell that Excel would run as a formula', () => {
    expect(lines[2]).toBe("2,'=cmd|' /C calc'!A0,35,33.33,-2.25")
  })
})

describe('tableToXlsx', () => {
  const wb = new ExcelJS.Workbook()
  beforeAll(async () => {
    const bytes = await tableToXlsx(table, { exportedAt: new Date(2025, 0, 20, 14, 3) })
    expect(bytes).toBeInstanceOf(Uint8Array)
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer) // exceljs types its input as its own Buffer interface
  })

  it('opens with a sheet stating the title, filters, notes and export time', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([FILTER_SHEET, DATA_SHEET])
    const info = wb.worksheets[0]
    const text: string[][] = []
    info.eachRow((row) => text.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))))
    expect(text[0]).toEqual([table.title])
    expect(info.getRow(1).font?.bold).toBe(true)
    expect(text).toContainEqual(['年度', '2024'])
    expect(text).toContainEqual(['地区', '东区、西区'])
    expect(text).toContainEqual(['最低申请量', '10'])
    expect(text.flat()).toContain(table.notes![0])
    expect(text.flat()).toContain(BLANK_NOTE)
    expect(text).toContainEqual(['导出时间', '2025-01-20 14:03'])
  })

  it('holds the rows with numbers as numbers and rates as percentages', () => {
    const data = wb.worksheets[1]
    expect((data.getRow(1).values as unknown[]).slice(1)).toEqual(['名次', '机关名称', '申请量', '公开率', '合规得分'])
    expect(data.getRow(1).font?.bold).toBe(true)
    expect(data.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect((data.getRow(2).values as unknown[]).slice(1)).toEqual([1, '东区教育局', 1200, 0.123456, 87.5])
    const rate = data.getRow(2).getCell(4)
    expect(rate.type).toBe(ExcelJS.ValueType.Number)
    expect(rate.numFmt).toBe('0.0%')
    expect(data.getRow(4).getCell(4).value).toBeNull() // blank stays blank, not 0
    expect(data.rowCount).toBe(4)
    // Widths fit the content: the office-name column is wider than the rank column.
    expect(data.getColumn(2).width!).toBeGreaterThan(data.getColumn(1).width!)
  })

  it('keeps a formula-looking name as plain text, never a formula', () => {
    const cell = wb.worksheets[1].getRow(3).getCell(2)
    expect(cell.type).toBe(ExcelJS.ValueType.String)
    expect(cell.value).toBe(table.rows[1].office)
    expect(cell.formula).toBeUndefined()
  })
})
