/**
 * Writes the demo data set (SPEC §6 "First run") from src/demo with its fixed seed:
 *   public/demo/city.json     canonical document, minified (what the app's "load demo" imports)
 *   public/demo/city.csv      the same reports as wide CSV (UTF-8 with BOM, key headers)
 *   public/demo/planted.json  the planted gaps (tables and narratives), for tests and for anyone checking the rules
 * With --province N it writes N reports of the benchmark province as wide CSV instead
 * (default .bench/province-N.csv).
 *
 *   npx tsx scripts/generate-demo.ts [--out DIR] [--seed N]
 *   npx tsx scripts/generate-demo.ts --province 20000 [--out DIR] [--seed N]
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { DEMO_SEED, demoSummary, generateDemo, generateProvince } from '../src/demo/generate'
import { recordOf } from '../src/domain/record'
import type { CanonicalDocument } from '../src/domain/types'
import { writeWideCsv } from '../src/io/write'

const USAGE = '用法：npx tsx scripts/generate-demo.ts [--out 目录] [--seed 整数] [--province 报告数]'

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`)
  process.exit(2)
}

function integerOption(name: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) return undefined
  const n = Number(text)
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(n) || n < min)
    fail(`--${name} 应为不小于 ${min} 的整数，收到“${text}”`)
  return n
}

/** Write through a temporary file so an interrupted run never leaves half a file behind. */
function writeAtomically(path: string, text: string): void {
  const tmp = `${path}.tmp`
  writeFileSync(tmp, text)
  renameSync(tmp, path)
}

function main(): void {
  let values: { out?: string; seed?: string; province?: string; help?: boolean }
  try {
    ;({ values } = parseArgs({
      options: {
        out: { type: 'string' },
        seed: { type: 'string' },
        province: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }))
  } catch (e) {
    fail(`参数有误：${(e as Error).message}`)
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }
  const seed = integerOption('seed', values.seed, 0) ?? DEMO_SEED
  const province = integerOption('province', values.province, 1)

  if (province !== undefined) {
    const dir = values.out ?? '.bench'
    mkdirSync(dir, { recursive: true })
    const reports = generateProvince(province, seed)
    const path = join(dir, `province-${province}.csv`)
    writeAtomically(path, writeWideCsv(reports.map(recordOf)))
    const regions = new Set(reports.map((r) => r.region)).size
    process.stdout.write(
      `基准数据：${regions} 个地区，${new Set(reports.map((r) => r.office)).size} 个机关，${reports.length} 份报告 → ${path}\n`,
    )
    return
  }

  const dir = values.out ?? join('public', 'demo')
  mkdirSync(dir, { recursive: true })
  const data = generateDemo({ seed })
  const doc: CanonicalDocument = { format: 'disclosure-report', version: 1, reports: data.reports }
  writeAtomically(join(dir, 'city.json'), JSON.stringify(doc))
  writeAtomically(join(dir, 'city.csv'), writeWideCsv(data.reports.map(recordOf), { bom: true }))
  writeAtomically(join(dir, 'planted.json'), `${JSON.stringify(data.planted, null, 1)}\n`)
  const s = demoSummary(data)
  process.stdout.write(
    `演示数据（江州市，种子 ${seed}）：${s.regions} 个地区，${s.offices} 个机关，${s.reports} 份报告；` +
      `预置问题：缺报 ${s.missing}，逾期发布 ${s.late}，勾稽错误 ${s.balanceErrors} 份，结转不符 ${s.brokenCarryChains} 份，` +
      `更名 ${s.renamed}，无发布日期 ${s.undated}，沿用旧版格式 ${s.outdatedTemplate}；` +
      `正文照搬上年 ${s.copiedFromPrevious}、照搬邻近机关 ${s.copiedFromNeighbour}、正文与表格不符 ${s.narrativeMismatches}、缺少部分 ${s.missingParts} → ${dir}\n`,
  )
}

main()
