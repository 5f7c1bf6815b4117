/**
 * The one translator: interface text (messages.ts), the messages of findings and reader errors
 * (findings.ts, readers.ts — ids with parameters, see said.ts) and report-model labels, in one
 * language. The views use it through useI18n (the screen's language, reactive); exports take the
 * screen's language too; the CLI takes `--lang`. Only the 通报/整改通知 Word documents are always
 * Chinese (`translator('zh')`): they are official documents.
 */
import type { Label } from '../domain/model'
import { formatMessage, type MessageParams, type NestedMessage } from './format'
import { messages, type Locale, type MessageKey } from './messages'

export type Translate = (key: MessageKey, params?: MessageParams) => string
export type LabelOf = (l: Pick<Label, 'zh' | 'en'>) => string

/** Anything carrying a message: its Chinese text, and the id and parameters it was made from. */
export interface Worded {
  message: string
  messageId?: MessageKey
  params?: MessageParams
}

export interface Lang {
  locale: Locale
  /** A message with its placeholders filled in (an unknown key is shown as itself). */
  t: Translate
  /** A report-model label (rule, metric, cell, office kind) in this language. */
  label: LabelOf
  /**
   * A finding's message, a problem's or an error's, in this language: rendered from its id and
   * parameters; the Chinese text it carries when it has no id (made before ids, or by hand).
   */
  text: (w: Worded) => string
  /** A message inside another, or words a finding carries (valueWords), in this language. */
  nested: (m: NestedMessage) => string
  /** Why a rule could not be assessed (a NotAssessable's reason), in this language. */
  reason: (n: { reason: string; reasonId?: MessageKey; params?: MessageParams }) => string
}

function makeTranslator(locale: Locale): Lang {
  const table: Partial<Record<string, string>> = messages[locale]
  const lookup = (id: string) => table[id]
  const t: Translate = (key, params = {}) => {
    const template = table[key]
    return template === undefined ? key : formatMessage(template, params, locale, lookup)
  }
  const text = (w: Worded) =>
    locale === 'zh' || w.messageId === undefined || table[w.messageId] === undefined
      ? w.message
      : t(w.messageId, w.params)
  return {
    locale,
    t,
    label: (l) => (locale === 'zh' ? l.zh : l.en),
    text,
    nested: (m) => (table[m.id] === undefined ? m.id : t(m.id as MessageKey, m.params)),
    reason: (n) => text({ message: n.reason, messageId: n.reasonId, params: n.params }),
  }
}

const translators: Record<Locale, Lang> = { zh: makeTranslator('zh'), en: makeTranslator('en') }

export function translator(locale: Locale): Lang {
  return translators[locale]
}
