/**
 * The messages of the checks and readers over a corpus (message-corpus.ts): in Chinese exactly the
 * text the code said before messages had ids (messages-zh.json was written by that code, main at
 * 5f8b7ed, from this same corpus), and in English without a Chinese word that is not data from
 * the files (office names, regions, quoted cells).
 */
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { isNested, type MessageParam, type MessageParams } from '../../src/i18n/format'
import { translator, type Worded } from '../../src/i18n/translate'
import { messageCorpus, type CorpusMessage } from './message-corpus'

const HAN = /\p{Script=Han}/u
let corpus: CorpusMessage[]

beforeAll(async () => {
  corpus = await messageCorpus()
}, 120_000)

/** Parameters with every text that holds Chinese (a name or a value from a file) replaced: what is left is ours. */
function withoutData(params: MessageParams | undefined): MessageParams | undefined {
  if (!params) return params
  const scrub = (v: MessageParam): MessageParam => {
    if (typeof v === 'string') return HAN.test(v) ? '…' : v
    if (Array.isArray(v)) return v.map((x) => scrub(x) as typeof x)
    if (isNested(v)) return { id: v.id, params: withoutData(v.params) }
    return v
  }
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, scrub(v)]))
}

describe('messages of the checks and readers', () => {
  it('say in Chinese exactly what they said before they had ids', () => {
    const before: Record<string, string> = JSON.parse(
      readFileSync(new URL('./messages-zh.json', import.meta.url), 'utf8'),
    )
    const now: Record<string, string> = {}
    for (const m of corpus) {
      let key = m.key
      for (let i = 2; key in now; i++) key = `${m.key}#${i}`
      now[key] = m.worded.message
    }
    expect(Object.keys(now).length).toBeGreaterThan(200)
    expect(now).toEqual(before)
  })

  it('each carry an id and parameters that render to that Chinese text', () => {
    const zh = translator('zh')
    const missing = corpus.filter((m) => m.worded.messageId === undefined).map((m) => m.key)
    expect(missing).toEqual([])
    for (const m of corpus) {
      const rendered = zh.t(m.worded.messageId!, m.worded.params)
      // InputError and its problems keep 300 characters of a (hostile) message.
      expect(m.worded.message, m.key).toBe(rendered.length > 300 ? `${rendered.slice(0, 300)}…` : rendered)
    }
  })

  it('say it in English with no Chinese of their own', () => {
    const en = translator('en')
    const english = (w: Worded) => en.text({ ...w, params: withoutData(w.params) })
    const chinese = corpus.filter((m) => HAN.test(english(m.worded)))
    // The refusal of a document without tables quotes the row label to look for, as printed.
    const quoting = (m: CorpusMessage) => m.worded.messageId?.startsWith('document.noTables')
    expect(chinese.filter((m) => !quoting(m)).map((m) => `${m.key}: ${english(m.worded)}`)).toEqual([])
    expect(english(corpus.find((m) => m.key.startsWith('finding:balance'))!.worded)).toMatch(
      /^I \+ II ≠ III\(7\) \+ IV \(Natural persons\): \d+ ≠ \d+\. “I\. New requests received” \d+/,
    )
  })
})
