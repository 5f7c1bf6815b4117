/**
 * `--lang en` (issue 16): every command says its messages in English — stderr, and the findings'
 * message and the not-assessable reasons in the JSON — while the JSON keeps SPEC's fields and the
 * Chinese output stays what it was.
 */
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run'
import { recordOf } from '../../src/domain/record'
import { writeJson } from '../../src/io/write'
import { FIXTURE_JSON_PATH, fixtureReport } from './sample-reports'

const FIXTURE = fileURLToPath(FIXTURE_JSON_PATH)
const utf8 = (s: string) => new TextEncoder().encode(s)
/** Chinese that is not the report's own office name. */
const chineseBesides = (text: string, ...names: string[]) =>
  names.reduce((t, n) => t.split(n).join(''), text).match(/\p{Script=Han}+/gu) ?? []

async function cli(argv: string[], files: Record<string, string> = {}) {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, {
    readFile: async (path) => (files[path] !== undefined ? utf8(files[path]) : new Uint8Array(await readFile(path))),
    stdout: (d) => {
      stdout += typeof d === 'string' ? d : new TextDecoder().decode(d)
    },
    stderr: (t) => {
      stderr += t
    },
  })
  return { code, stdout, stderr }
}

/** The fixture with 一+二 ≠ 三（七）+四 in the natural-person column and a late publication. */
function badReport(): string {
  const report = fixtureReport()
  report.requests.received = { ...report.requests.received!, natural: 11, total: 11 }
  report.publishedAt = '2025-03-02'
  return writeJson([recordOf(report)])
}

describe('cli --lang en', () => {
  it('check: the findings and reasons in English, SPEC’s fields unchanged, exit code as in Chinese', async () => {
    const zh = await cli(['check', 'bad.json'], { 'bad.json': badReport() })
    const en = await cli(['check', '--lang', 'en', 'bad.json'], { 'bad.json': badReport() })
    expect(en.code).toBe(1)
    expect(en.code).toBe(zh.code)
    const zhOut = JSON.parse(zh.stdout)
    const enOut = JSON.parse(en.stdout)
    // The same findings with the same fields: only the words differ.
    const shape = (o: { findings: object[]; notAssessable: object[] }) => ({
      findings: o.findings.map((f) => Object.keys(f).sort()),
      notAssessable: o.notAssessable.map((n) => Object.keys(n).sort()),
    })
    expect(shape(enOut)).toEqual(shape(zhOut))
    expect(zhOut.findings[0]).not.toHaveProperty('messageId')
    const balance = enOut.findings.find(
      (f: { rule: string; column: string }) => f.rule === 'balance' && f.column === 'natural',
    )
    expect(balance.message).toMatch(/^I \+ II ≠ III\(7\) \+ IV \(Natural persons\): 11 ≠ 10\./)
    const late = enOut.findings.find((f: { rule: string }) => f.rule === 'deadline')
    expect(late.message).toMatch(/^Published 2025-03-02, after the legal deadline 2025-01-31/)
    expect(enOut.notAssessable.map((n: { reason: string }) => n.reason)).toEqual([
      expect.stringMatching(/^The report was not read from the report document/),
    ])
    for (const f of [...enOut.findings.map((x: { message: string }) => x.message), en.stderr])
      expect(chineseBesides(f, '区国动办')).toEqual([])
    expect(en.stderr).toBe('1 report: 3 errors, 0 warnings, 1 not assessable\n')
    expect(zh.stderr).toBe('共 1 份报告：3 处错误，0 处提醒，1 项无法评估\n')
  })

  it('convert: the canonical document with English findings; stderr in English', async () => {
    const r = await cli(['convert', '--lang=en', 'bad.json'], { 'bad.json': badReport() })
    expect(r.code).toBe(0)
    const [report] = JSON.parse(r.stdout).reports
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(['balance', 'balance', 'deadline'])
    expect(chineseBesides(JSON.stringify(report.findings), '区国动办')).toEqual([])
    expect(r.stderr).toContain('区国动办 2024: sections-missing not assessable (The report was not read')
  })

  it('says a bad file, an unreadable one, a usage mistake and a bad scheme in English', async () => {
    const badCsv = await cli(['check', '--lang', 'en', 'a.csv'], {
      'a.csv': '机关名称,年度,予以公开-总计\n甲局,20x4,十二\n',
    })
    expect(badCsv.code).toBe(2)
    expect(badCsv.stdout).toBe('')
    expect(badCsv.stderr).toBe(
      'a.csv: 2 problems; no report was imported\n' +
        '  Line 2, column “年度”: The year should be a four-digit number (value: 20x4)\n' +
        '  Line 2, column “予以公开-总计”: “十二” is not a number\n',
    )
    expect((await cli(['check', '--lang', 'en', 'missing.csv'])).stderr).toBe(
      'missing.csv: cannot read the file (no such file)\n',
    )
    const usage = await cli(['export', '--lang', 'en', FIXTURE])
    expect(usage.code).toBe(2)
    expect(usage.stderr).toMatch(/^The export command needs --format csv\|long-csv\|json\|parquet\|long-parquet\n\n/)
    expect((await cli(['check', '--lang', 'fr', FIXTURE])).stderr).toMatch(/^--lang 的值应为 zh 或 en，这里是“fr”/)
    const scheme = await cli(['score', '--lang', 'en', '--scheme', 's.json', FIXTURE], {
      's.json': JSON.stringify({
        format: 'assessment-scheme',
        version: 1,
        name: 'x',
        base: 10,
        floor: 0,
        rules: { deadline: { points: -1 } },
        missingReport: 1,
        notAssessable: { points: 1 },
      }),
    })
    expect(scheme.stderr).toBe(
      's.json: The assessment scheme has 1 problem; not used\n  rules.deadline.points should be a number, 0 or more (here it is -1)\n',
    )
  })

  it('keeps Chinese by default and with --lang zh', async () => {
    const zh = await cli(['check', '--lang', 'zh', 'bad.json'], { 'bad.json': badReport() })
    const plain = await cli(['check', 'bad.json'], { 'bad.json': badReport() })
    expect(zh).toEqual(plain)
    expect(JSON.parse(plain.stdout).findings[0].message).toMatch(/^一\+二 ≠ 三（七）\+四 \(自然人\): 11 ≠ 10。/)
  })
})
