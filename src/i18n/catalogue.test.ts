import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cliEn } from './cli'
import { exportsEn } from './exports'
import { findingsEn } from './findings'
import { PLACEHOLDER, placeholdersOf } from './format'
import { KINDS } from './kinds'
import { messages } from './messages'
import { readersEn } from './readers'

const zh: Record<string, string> = messages.zh
const en: Record<string, string> = messages.en
/** `plural` is English grammar over a plain number: the same parameter as `{n}` in Chinese. */
const normalized = (t: string) => placeholdersOf(t).map((p) => p.replace(/:plural$/, '').replace(/:text$/, ''))
const HAN = /\p{Script=Han}/u

/** Every file under src, for the ids the code names. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f)
    if (statSync(path).isDirectory()) return sources(path)
    return /\.(ts|vue)$/.test(f) && !f.endsWith('.test.ts') ? [path] : []
  })
}

describe('the catalogue', () => {
  it('has every message in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort())
  })

  it('gives each message the same parameters, of the same kinds, in both languages', () => {
    const differ = Object.keys(zh).filter(
      (id) =>
        JSON.stringify([...new Set(normalized(zh[id]))].sort()) !==
        JSON.stringify([...new Set(normalized(en[id]))].sort()),
    )
    expect(differ).toEqual([])
  })

  it('names only kinds the renderer knows', () => {
    const unknown: string[] = []
    for (const table of [zh, en])
      for (const [id, text] of Object.entries(table))
        for (const m of text.matchAll(PLACEHOLDER)) if (m[2] && !KINDS.has(m[2])) unknown.push(`${id}: ${m[0]}`)
    expect(unknown).toEqual([])
  })

  it('has every id the rules, readers and CLI say (said/nested) in both languages', () => {
    const root = join(__dirname, '..')
    const used = new Set<string>()
    for (const file of sources(root)) {
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(/\b(?:said|nested)\(\s*'([\w.-]+)'/g)) used.add(m[1])
      for (const m of text.matchAll(/\b(?:said|nested)\(\s*\w+ \? '([\w.-]+)' : '([\w.-]+)'/g)) used.add(m[1]).add(m[2])
    }
    expect(used.size).toBeGreaterThan(150)
    expect([...used].filter((id) => zh[id] === undefined || en[id] === undefined)).toEqual([])
  })

  it('says the checks, readers, CLI and exports in English without Chinese (a few quoted Chinese terms aside)', () => {
    // What a clerk searches the document for, or types in the file, is quoted as it is.
    const QUOTED = new Set(['document.noTables', 'document.noTablesPdf', 'document.noTablesWord'])
    const english = { ...findingsEn, ...readersEn, ...cliEn, ...exportsEn } as Record<string, string>
    expect(Object.keys(english).filter((id) => !QUOTED.has(id) && HAN.test(english[id]))).toEqual([])
  })
})
