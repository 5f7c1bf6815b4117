import iconv from 'iconv-lite'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { cellsFor } from '../domain/cells'
import { reportKey } from '../domain/report'
import type { Finding } from '../domain/types'
import {
  FIXTURE_JSON_PATH,
  fixtureReport,
  recordsOf,
  reportsOf,
  sampleReports,
  withoutNarrative,
} from '../../test/unit/sample-reports'
import { readInputFile } from './read'
import { writeJson, writeLongCsv, writeWideCsv } from './write'

const utf8 = (s: string) => new TextEncoder().encode(s)

describe('writeJson', () => {
  it('writes the fixture byte for byte (1-space indent, findings array)', () => {
    const expected = readFileSync(FIXTURE_JSON_PATH, 'utf8')
    expect(writeJson(recordsOf([fixtureReport()]), { findings: new Map() })).toBe(expected)
  })

  it('attaches each report its own findings, and none without the option', () => {
    const [a, b] = sampleReports()
    const finding: Finding = {
      rule: 'balance',
      severity: 'error',
      field: 'requests',
      column: 'natural',
      message: 'x',
      office: b.office,
      year: b.year,
    }
    const doc = JSON.parse(writeJson(recordsOf([a, b]), { findings: new Map([[reportKey(b), [finding]]]) }))
    expect(doc.reports[0].findings).toEqual([])
    expect(doc.reports[1].findings).toEqual([
      { rule: 'balance', severity: 'error', field: 'requests', column: 'natural', message: 'x' },
    ])
    expect(JSON.parse(writeJson(recordsOf([a]))).reports[0]).not.toHaveProperty('findings')
  })

  it('round-trips every sample, narrative included', async () => {
    const reports = sampleReports()
    const back = await readInputFile('all.json', utf8(writeJson(recordsOf(reports))))
    expect(back.format).toBe('json')
    expect(reportsOf(back)).toEqual(reports)
  })
})

describe('CSV round trips', () => {
  const reports = sampleReports()
  const cases = [
    { name: 'wide', write: writeWideCsv, format: 'csv-wide' },
    { name: 'long', write: writeLongCsv, format: 'csv-long' },
  ] as const
  for (const { name, write, format } of cases) {
    for (const headers of ['keys', 'zh'] as const) {
      it(`${name} CSV, ${headers} headers: UTF-8, UTF-8 with BOM and GB18030 give back the same reports (2019 + 2021, blanks)`, async () => {
        const text = write(recordsOf(reports), { headers })
        for (const bytes of [
          utf8(text),
          utf8(write(recordsOf(reports), { headers, bom: true })),
          new Uint8Array(iconv.encode(text, 'gb18030')),
        ]) {
          const back = await readInputFile(`${name}.csv`, bytes)
          expect(back.format).toBe(format)
          expect(back.warnings).toEqual([])
          expect(reportsOf(back)).toEqual(withoutNarrative(reports))
        }
      })
    }
  }

  it('wide CSV: 2021 cells first, then the cells only the 2019 format has; zh writes 部门/政府', () => {
    const text = writeWideCsv(recordsOf(reports), { headers: 'zh' })
    const [header, ...rows] = text.trimEnd().split('\r\n')
    const cols = header.split(',')
    expect(cols.slice(0, 6)).toEqual(['机关名称', '所属地区', '机关类型', '年度', '报告格式', '发布日期'])
    expect(cols[6]).toBe('本年新收政府信息公开申请数量-自然人')
    expect(cols.length).toBe(
      6 + cellsFor('2021').length + cellsFor('2019').filter((c) => !c.templates.includes('2021')).length,
    )
    expect(cols.indexOf('行政事业性收费-本年收费金额（万元）')).toBeLessThan(cols.indexOf('规章-本年新制作数量'))
    expect(rows[1].split(',').slice(0, 6)).toEqual(['某区人民政府', '某区', '政府', '2023', '2021', '2024-03-15'])
    expect(rows[0].split(',')[2]).toBe('部门')
  })

  it('wide CSV of 2021 reports only has no 2019 columns', () => {
    const header = writeWideCsv(recordsOf([fixtureReport()]))
      .split('\r\n')[0]
      .split(',')
    expect(header.length).toBe(6 + cellsFor('2021').length)
    expect(header).not.toContain('proactive.procurement.projects')
  })

  it('long CSV: identity rows, then one row per cell of the format with blanks kept', () => {
    const lines = writeLongCsv(recordsOf([reports[3]]))
      .trimEnd()
      .split('\r\n')
    expect(lines[0]).toBe('office,region,year,field,value')
    expect(lines[1]).toBe('某区卫生健康委员会,,2022,officeKind,department')
    expect(lines[2]).toBe('某区卫生健康委员会,,2022,template,2019')
    expect(lines.length).toBe(1 + 3 + cellsFor('2019').length)
    expect(lines).toContain('某区卫生健康委员会,,2022,requests.received.natural,')
  })

  it('neutralises formula-like names in Excel exports and reads them back unchanged', async () => {
    const r = { ...fixtureReport(), office: '=HYPERLINK("http://x")', region: '-某区' }
    const text = writeWideCsv(recordsOf([r]))
    expect(text.split('\r\n')[1].startsWith('"\'=HYPERLINK(""http://x"")",\'-某区,')).toBe(true)
    expect(reportsOf(await readInputFile('f.csv', utf8(text)))[0]).toEqual(r)
    expect(reportsOf(await readInputFile('f.csv', utf8(writeLongCsv(recordsOf([r])))))[0]).toEqual(r)
  })
})
