/**
 * The one translator: interface text (messages.ts) and report-model labels in one language. The
 * views use it through useI18n (the screen's language, reactive); exports and print use
 * `translator('zh')` directly, since what goes to a clerk is Chinese whatever the screen shows.
 */
import type { Label } from '../domain/model'
import { messages, type Locale, type MessageKey } from './messages'

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string
export type LabelOf = (l: Pick<Label, 'zh' | 'en'>) => string

export interface Lang {
  locale: Locale
  /** A message with `{name}` placeholders filled in (an unknown key is shown as itself). */
  t: Translate
  /** A report-model label (rule, metric, cell, office kind) in this language. */
  label: LabelOf
}

function makeTranslator(locale: Locale): Lang {
  const table: Partial<Record<MessageKey, string>> = messages[locale]
  return {
    locale,
    t: (key, params = {}) => (table[key] ?? key).replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? '')),
    label: (l) => (locale === 'zh' ? l.zh : l.en),
  }
}

const translators: Record<Locale, Lang> = { zh: makeTranslator('zh'), en: makeTranslator('en') }

export function translator(locale: Locale): Lang {
  return translators[locale]
}
