/**
 * The hostile corpus through the command line (SPEC §5): in-process through runCli for every
 * case, and a real `tsx src/cli/main.ts` process for a handful. A refused file: exit 2, nothing
 * on stdout, one short message on stderr naming the file. An accepted file: the reports.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/run'
import { HOSTILE_CASES, type HostileCase } from '../hostile/corpus'
import { prototypeIsClean } from '../hostile/invariants'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function cli(argv: string[], files: Record<string, Uint8Array>): Promise<Run> {
  const out: Uint8Array[] = []
  let stderr = ''
  const code = await runCli(argv, {
    readFile: async (path) => {
      const f = files[path]
      if (f === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' })
      return f
    },
    stdout: (data) => {
      out.push(typeof data === 'string' ? new TextEncoder().encode(data) : data)
    },
    stderr: (text) => {
      stderr += text
    },
  })
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr }
}

/** The message as stderr shows it: the regex without its ^ anchor, after "file: ". */
function expectRefusal(r: Run, c: HostileCase) {
  expect(r.code).toBe(2)
  expect(r.stdout).toBe('')
  expect(r.stderr.startsWith(`${c.fileName}: `)).toBe(true)
  const first = r.stderr.split('\n')[0].slice(c.fileName.length + 2)
  expect(first).toMatch(c.reject!.message)
  for (const p of c.reject!.problems ?? []) expect(r.stderr).toMatch(p)
  expect(r.stderr.length).toBeLessThan(20_000)
  expect(r.stderr).not.toContain('内部错误')
}

describe('hostile files through the CLI (runCli, in process)', () => {
  for (const c of HOSTILE_CASES) {
    it(
      `${c.id}: ${c.title}`,
      async () => {
        // `check` reads like `convert` but prints findings, not 25,000 reports of JSON.
        const r = await cli(['check', c.fileName], { [c.fileName]: c.bytes() })
        expect(prototypeIsClean()).toBe(true)
        if (c.reject) {
          expectRefusal(r, c)
          return
        }
        expect(r.stderr).not.toContain('内部错误')
        expect([0, 1]).toContain(r.code)
        expect(JSON.parse(r.stdout)).toHaveProperty('findings')
        expect(r.stderr).toMatch(/^共 \d+ 份报告/m)
        if (c.accept!.reports >= 0) expect(r.stderr).toContain(`共 ${c.accept!.reports} 份报告`)
      },
      c.id === 'csv-50mb' ? 120_000 : 20_000,
    )
  }

  it('a bad file among good ones: all refused together, nothing half-written', async () => {
    const good = HOSTILE_CASES.find((c) => c.id === 'cr-only')!
    const bad = HOSTILE_CASES.find((c) => c.id === 'duplicate-rows')!
    const r = await cli(['convert', good.fileName, bad.fileName], {
      [good.fileName]: good.bytes(),
      [bad.fileName]: bad.bytes(),
    })
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain(`${bad.fileName}: 有 1 处问题`)
  }, 20_000)
})

describe('hostile files through the CLI as a real process', () => {
  it('png, unclosed quote, mixed encodings, __proto__ JSON and a lying zip bomb: exit 2, each file named', () => {
    const ids = ['png-as-csv', 'unclosed-quote', 'mixed-encodings', 'proto-json', 'zip-bomb-docx-lying']
    const cases = ids.map((id) => HOSTILE_CASES.find((c) => c.id === id)!)
    const dir = mkdtempSync(join(tmpdir(), 'hostile-cli-'))
    try {
      const paths = cases.map((c) => {
        const path = join(dir, c.fileName)
        writeFileSync(path, c.bytes())
        return path
      })
      const p = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'convert', ...paths], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 60_000,
      })
      expect(p.status).toBe(2)
      expect(p.stdout).toBe('')
      const lines = p.stderr.split('\n')
      cases.forEach((c, i) => {
        const line = lines.find((l) => l.startsWith(`${paths[i]}: `))
        expect(line, c.id).toBeDefined()
        expect(line!.slice(paths[i].length + 2)).toMatch(c.reject!.message)
      })
      expect(p.stderr).not.toContain('内部错误')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }, 90_000)
})
