/**
 * Filling in a message: `{name}` is a parameter as given; `{name:kind}` renders it through the
 * report model's labels in the message's language (kinds.ts: an applicant column key, a cell
 * path, a table 三 row …); an array is listed, `{name:kind:max}` at most `max` items then how
 * many in all, `{name:kind:；}` every item joined by the separator given. Parameters are data — numbers, keys, paths, office names, quoted text from a file — so
 * one message renders in either language; a nested message (`{name:message}`) is an id with its
 * own parameters.
 */
import { renderKind, type KindContext } from './kinds'

export type Locale = 'zh' | 'en'

/** A message inside another (a problem inside "第 2 份报告：…", a reason inside a sentence). */
export interface NestedMessage {
  readonly id: string
  readonly params?: MessageParams
}

export type MessageParam =
  string | number | boolean | null | undefined | readonly (string | number | null | NestedMessage)[] | NestedMessage
export type MessageParams = { readonly [name: string]: MessageParam }

/** The placeholder pattern: a name, then optionally a kind and an argument. */
export const PLACEHOLDER = /\{(\w+)(?::(\w+))?(?::([^{}]*))?\}/g

const LIST = {
  zh: { sep: '、', more: (shown: string, all: number) => `${shown} 等 ${all} 项` },
  en: { sep: ', ', more: (shown: string, all: number, rest: number) => `${shown} and ${rest} more` },
} as const

export function isNested(v: MessageParam): v is NestedMessage {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

/** `A、B、C` or `A、B、C 等 5 项` (English: `A, B, C and 2 more`); no `max`: every item. */
export function joinList(items: readonly string[], locale: Locale, max?: number): string {
  const list = LIST[locale]
  if (max === undefined || items.length <= max) return items.join(list.sep)
  return list.more(items.slice(0, max).join(list.sep), items.length, items.length - max)
}

export interface Catalogue {
  (id: string): string | undefined
}

/**
 * `template` with its placeholders filled in. `lookup` finds nested messages' templates in the
 * same language; a nested message whose id is unknown shows its id (never nothing).
 */
export function formatMessage(template: string, params: MessageParams, locale: Locale, lookup: Catalogue): string {
  const nested = (m: NestedMessage): string => {
    const t = lookup(m.id)
    return t === undefined ? m.id : formatMessage(t, m.params ?? {}, locale, lookup)
  }
  const ctx: KindContext = { locale, params, nested }
  return template.replace(PLACEHOLDER, (_, name: string, kind: string | undefined, arg: string | undefined) => {
    const value = params[name]
    if (Array.isArray(value)) {
      const items = (value as readonly (string | number | null | NestedMessage)[]).map((v) =>
        renderKind(kind, v, undefined, ctx),
      )
      if (arg !== undefined && arg !== '' && !/^\d+$/.test(arg)) return items.join(arg)
      return joinList(items, locale, arg ? Number(arg) : undefined)
    }
    return renderKind(kind, value as Exclude<MessageParam, readonly unknown[]>, arg, ctx)
  })
}

/** The placeholders of a template as `name` or `name:kind` (argument dropped), for the catalogue test. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => (m[2] ? `${m[1]}:${m[2]}` : m[1]))
}
