#!/usr/bin/env node
// Sum the unit (Vitest) and browser (Playwright) results into one closing line: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs'

const dir = process.argv[2]
let passed = 0
let failed = 0
let skipped = 0
const vitest = `${dir}/vitest.json`
if (existsSync(vitest)) {
  const r = JSON.parse(readFileSync(vitest, 'utf8'))
  passed += r.numPassedTests
  failed += r.numFailedTests
  skipped += r.numPendingTests + (r.numTodoTests ?? 0)
}
const pw = `${dir}/playwright.json`
if (existsSync(pw)) {
  const s = JSON.parse(readFileSync(pw, 'utf8')).stats
  passed += s.expected + (s.flaky ?? 0)
  failed += s.unexpected
  skipped += s.skipped
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
