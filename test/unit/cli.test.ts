/**
 * The command line end to end (SPEC §5): in-process through runCli for speed, plus real spawns of
 * `tsx src/cli/main.ts` to prove the entry point and exit codes, and of the bundled CLI users run
 * (`scripts/cli.mjs`) with PDFs: PDF.js loaded from node_modules with its CMaps.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { recordOf } from '../../src/domain/record'
import { runCli } from '../../src/cli/run'
import { TEN_POINT_SCHEME, writeScheme } from '../../src/domain/scheme'
import { writeJson } from '../../src/io/write'
import { HOSTILE_CASES } from '../hostile/corpus'
import { drawReportPdf } from '../pdf/draw-report'
import { FIXTURE_JSON_PATH, FIXTURE_TEXT_PATH, fixtureReport } from './sample-reports'

const FIXTURE = fileURLToPath(FIXTURE_JSON_PATH)
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const utf8 = (s: string) => new TextEncoder().encode(s)

interface Run {
  code: number
  stdout: string
  bytes: Uint8Array
  stderr: string
}

/** Run the CLI in-process; `files` are in memory, other paths are read from disk. */
async function cli(argv: string[], files: Record<string, string | Uint8Array> = {}): Promise<Run> {
  const out: Uint8Array[] = []
  let stderr = ''
  const code = await runCli(argv, {
    readFile: async (path) => {
      const f = files[path]
      if (f === undefined) return new Uint8Array(await readFile(path))
      return typeof f === 'string' ? utf8(f) : f
    },
    stdout: (data) => {
      out.push(typeof data === 'string' ? utf8(data) : data)
    },
    stderr: (text) => {
      stderr += text
    },
  })
  const bytes = new Uint8Array(Buffer.concat(out))
  return { code, bytes, stdout: new TextDecoder().decode(bytes), stderr }
}

const fixtureDoc = () => JSON.parse(readFileSync(FIXTURE, 'utf8'))

describe('cli convert', () => {
  it('turns the fixture JSON into the canonical document, exactly, with findings: []', async () => {
    const r = await cli(['convert', FIXTURE])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual(fixtureDoc())
    expect(r.stdout).toBe(`${readFileSync(FIXTURE, 'utf8')}\n`)
    // Not-assessable rules are visible on stderr, stdout stays the document.
    expect(r.stderr).toContain('区国动办 2024: deadline 无法评估')
  })

  it('SPEC "done when": the fixture exported to wide CSV, long CSV and GB18030 CSV with Chinese headers converts back to the same reports', async () => {
    const original = await cli(['convert', FIXTURE])
    const exports: Record<string, string[]> = {
      'wide.csv': ['--format', 'csv'],
      'long.csv': ['--format', 'long-csv'],
      'zh-gb18030.csv': ['--format', 'csv', '--headers', 'zh', '--encoding', 'gb18030'],
      'zh-long-bom.csv': ['--format', 'long-csv', '--headers', 'zh', '--bom'],
      'again.json': ['--format', 'json'],
    }
    for (const [name, flags] of Object.entries(exports)) {
      const exported = await cli(['export', ...flags, FIXTURE])
      expect(exported.code, name).toBe(0)
      expect(exported.stderr, name).toBe('')
      const back = await cli(['convert', name], { [name]: exported.bytes })
      expect(back.code, name).toBe(0)
      expect(JSON.parse(back.stdout), name).toEqual(JSON.parse(original.stdout))
    }
    const gb = await cli(['export', ...exports['zh-gb18030.csv'], FIXTURE])
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gb.bytes)).toThrow()
    expect(
      new TextDecoder('gb18030')
        .decode(gb.bytes)
        .startsWith('机关名称,所属地区,机关类型,年度,报告格式,发布日期,本年新收政府信息公开申请数量-自然人'),
    ).toBe(true)
  })

  // Report-text parsing is another engineer's module; this runs once it replaces the stub.
  const parserReady = !readFileSync(new URL('../../src/io/report/index.ts', import.meta.url), 'utf8').includes('STUB')
  it.skipIf(!parserReady)(
    'turns the fixture report text into the expected document (narrative compared elsewhere)',
    async () => {
      const r = await cli(['convert', '--office', '区国动办', fileURLToPath(FIXTURE_TEXT_PATH)])
      expect(r.code).toBe(0)
      const doc = JSON.parse(r.stdout)
      // Read from a document: the report says which of the six parts it has.
      expect(Object.keys(doc.reports[0].sections)).toHaveLength(6)
      for (const report of doc.reports) {
        delete report.narrative
        delete report.sections
      }
      expect(doc).toEqual(fixtureDoc())
    },
  )

  it('combines several files, filling what a file does not state from --office/--region/--year', async () => {
    const r = await cli(['convert', '--region', '某区', '--year', '2023', FIXTURE, 'more.csv'], {
      'more.csv': '机关名称,予以公开-总计\n某区教育局,3\n',
    })
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.stdout)
    expect(
      doc.reports.map((x: { office: string; region: string; year: number }) => [x.office, x.region, x.year]),
    ).toEqual([
      ['区国动办', '某区', 2024],
      ['某区教育局', '某区', 2023],
    ])
  })
})

describe('cli check', () => {
  it('exits 1 and names rule balance and the column when 一+二 ≠ 三（七）+四', async () => {
    const report = fixtureReport()
    report.requests.received = { ...report.requests.received!, natural: 11, total: 11 }
    const r = await cli(['check', 'bad.json'], { 'bad.json': writeJson([recordOf(report)]) })
    expect(r.code).toBe(1)
    const { findings, notAssessable } = JSON.parse(r.stdout)
    const balance = findings.filter((f: { rule: string }) => f.rule === 'balance')
    expect(balance.map((f: { column: string }) => f.column)).toContain('natural')
    expect(balance[0]).toMatchObject({ severity: 'error', office: '区国动办', year: 2024 })
    // JSON says nothing of the document's six parts: sections-missing cannot be judged either.
    expect(notAssessable).toEqual([
      expect.objectContaining({ rule: 'deadline', office: '区国动办', year: 2024 }),
      expect.objectContaining({ rule: 'sections-missing', office: '区国动办', year: 2024 }),
    ])
  })

  it('exits 0 when nothing is wrong', async () => {
    const r = await cli(['check', FIXTURE])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).findings).toEqual([])
  })
})

describe('cli check and convert: the content rules', () => {
  const withNarrative = (office: string, overview: string) =>
    recordOf({ ...fixtureReport(), office, narrative: { overview } })
  const OWN_WORDS =
    '区国动办高度重视政务公开工作，按照各项任务，结合我办实际，细化工作任务，实行专人负责制，对政府信息公开各项流程进行把关、审核，切实做到公正、公开、透明。' +
    '积极对接区政务服务和数据管理局、区经信局等相关单位，建立定期内容更新机制，及时更新政策文件、工作动态、领导信息等公开目录的内容。'

  it('check lists a copied narrative and a figure the narrative gets wrong, as warnings (exit 0)', async () => {
    const copied = writeJson([
      withNarrative('甲局', `${OWN_WORDS}全年共收到政府信息公开申请10件。`),
      withNarrative('乙局', `${OWN_WORDS}全年共收到政府信息公开申请12件。`),
    ])
    const r = await cli(['check', 'two.json'], { 'two.json': copied })
    expect(r.code).toBe(0)
    const { findings } = JSON.parse(r.stdout)
    const rules = findings.map((f: { rule: string; office: string }) => `${f.office} ${f.rule}`)
    expect(rules).toEqual(['甲局 narrative-copy', '乙局 narrative-copy', '乙局 narrative-mismatch'])
    expect(findings[0]).toMatchObject({ severity: 'warning', related: { office: '乙局', year: 2024 } })
    expect(findings[2].message).toContain('所述 12 与表三“一、本年新收政府信息公开申请数量”总计 10 不一致')
  })

  it('convert of a report text that lacks 五 and 六 carries the sections-missing findings', async () => {
    const text = readFileSync(FIXTURE_TEXT_PATH, 'utf8')
    const cut = text.slice(0, text.indexOf('五、存在的主要问题'))
    const r = await cli(['convert', '--office', '区国动办', 'cut.txt'], { 'cut.txt': cut })
    expect(r.code).toBe(0)
    const [report] = JSON.parse(r.stdout).reports
    expect(report.findings.map((f: { rule: string; field: string }) => `${f.rule} ${f.field}`)).toEqual([
      'sections-missing sections.problems',
      'sections-missing sections.other',
    ])
  })
})

describe('cli score', () => {
  const scheme = (patch: object) => JSON.stringify({ ...JSON.parse(writeScheme(TEN_POINT_SCHEME)), ...patch })

  it('scores every office-year under the default scheme, listing the deductions', async () => {
    const r = await cli(['score', FIXTURE])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout)).toEqual({
      scheme: '默认评分方案（百分制）',
      // No publication date: deadline not assessable (−2); the unknown parts cost nothing under the default.
      scores: [
        { office: '区国动办', year: 2024, score: 98, deductions: [{ rule: 'not-assessable', count: 1, points: 2 }] },
      ],
    })
    expect(r.stderr).toContain('评分方案“默认评分方案（百分制）”：1 个机关年度，平均 98 分')
  })

  it('scores with the scheme a file gives: a late report, a missing year', async () => {
    const late = { ...fixtureReport(), year: 2022, publishedAt: '2023-03-01' }
    const r = await cli(['score', '--scheme', 's.json', 'reports.json'], {
      's.json': scheme({ name: '县考核', base: 10, rules: { deadline: { points: 4 } }, missingReport: 10 }),
      'reports.json': writeJson([late, fixtureReport()].map(recordOf)),
    })
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout)
    expect(out.scheme).toBe('县考核')
    expect(out.scores.map((s: { year: number; score: number }) => [s.year, s.score])).toEqual([
      [2022, 6],
      [2023, 0],
      [2024, 10],
    ])
    expect(out.scores[1].deductions).toEqual([{ rule: 'missing-report', count: 1, points: 10 }])
  })

  it('refuses a bad scheme file with exit 2, naming the field, before reading any report', async () => {
    const r = await cli(['score', '--scheme', 's.json', 'missing.json'], {
      's.json': scheme({ rules: { deadline: { points: -5 } } }),
    })
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('s.json: 评分方案有 1 处问题，未采用')
    expect(r.stderr).toContain('rules.deadline.points 应为不小于 0 的数')
    const gone = await cli(['score', '--scheme', 'nowhere.json', FIXTURE])
    expect(gone.code).toBe(2)
    expect(gone.stderr).toBe('nowhere.json: 无法读取评分方案文件（文件不存在）\n')
  })
})

describe('cli errors: one clear message on stderr, exit 2, nothing on stdout', () => {
  it('bad input names the file, line and cell', async () => {
    const r = await cli(['convert', FIXTURE, 'bad.csv'], { 'bad.csv': 'office,year,予以公开-总计\n某局,2024,十二\n' })
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('bad.csv')
    expect(r.stderr).toContain('第 2 行，“予以公开-总计”列：“十二”不是数字')
  })

  it('lists the problems of every bad file, and a missing file', async () => {
    const r = await cli(['export', '--format', 'csv', 'a.csv', 'b.json', 'missing.csv'], {
      'a.csv': 'office,year,colour\n某局,2024,red\n',
      'b.json': '{"format": "disclosure-report", "version": 3, "reports": []}',
    })
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('a.csv: 表头有问题')
    expect(r.stderr).toContain('b.json: 不支持的数据版本 3')
    expect(r.stderr).toContain('missing.csv: 无法读取文件（文件不存在）')
  })

  it('the same office and year in two files is an error naming both files', async () => {
    const r = await cli(['convert', FIXTURE, 'copy.json'], { 'copy.json': readFileSync(FIXTURE) })
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('copy.json: 区国动办 2024 年的报告已在')
    expect(r.stderr).toContain(FIXTURE)
  })

  it('an unknown command or flag prints the usage', async () => {
    for (const argv of [['frobnicate', 'x'], ['convert', '--frob', FIXTURE], []]) {
      const r = await cli(argv)
      expect(r.code).toBe(2)
      expect(r.stdout).toBe('')
      expect(r.stderr).toContain('用法：')
    }
  })

  it('an unexpected failure is one line saying 内部错误, never a stack trace', async () => {
    const r = await cli(['convert', 'x.csv'], { 'x.csv': null as unknown as Uint8Array })
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toMatch(/^内部错误：[^\n]*\n$/)
    expect(r.stderr).not.toMatch(/\bat .*\(.*:\d+:\d+\)/)
  })

  it('--help prints the usage on stdout', async () => {
    const r = await cli(['--help'])
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('export --format csv|long-csv|json')
    expect(r.stdout).toContain('--encoding')
  })
})

describe('cli as a real process', () => {
  const run = (args: string[]) => spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8' })

  it('convert writes the fixture document and exits 0', () => {
    const p = run(['convert', FIXTURE])
    expect(p.status).toBe(0)
    expect(JSON.parse(p.stdout)).toEqual(fixtureDoc())
  })

  it('bad input exits 2 with stdout empty', () => {
    const p = run(['convert', 'no-such-file.json'])
    expect(p.status).toBe(2)
    expect(p.stdout).toBe('')
    expect(p.stderr).toContain('no-such-file.json: 无法读取文件（文件不存在）')
  })
})

describe('the bundled CLI (npm run cli) with PDF files', () => {
  it('converts a PDF exactly and refuses a scan with exit 2, naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-pdf-'))
    try {
      const report = join(dir, '国动办年报.pdf')
      const scan = join(dir, '扫描件.pdf')
      // The fixture's tables with a narrative in each of the three written parts.
      const narrative = {
        overview: '2024年，区国动办依法推进政务公开。',
        problems: '信息公开力量较弱。',
        other: '无。',
      }
      writeFileSync(report, drawReportPdf({ ...fixtureReport(), narrative }))
      writeFileSync(scan, HOSTILE_CASES.find((c) => c.id === 'pdf-scan')!.bytes())
      const cli = (args: string[]) =>
        spawnSync(process.execPath, ['scripts/cli.mjs', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 })
      const ok = cli(['convert', '--office', '区国动办', report])
      expect(ok.stderr).not.toContain('内部错误')
      expect(ok.status).toBe(0)
      const [read] = JSON.parse(ok.stdout).reports
      expect(read).toMatchObject({ ...fixtureDoc().reports[0], narrative, findings: [] })
      const refused = cli(['convert', report, scan])
      expect(refused.status).toBe(2)
      expect(refused.stdout).toBe('')
      expect(refused.stderr).toMatch(new RegExp(`^${scan}: 这是扫描件`, 'm'))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 150_000)
})
