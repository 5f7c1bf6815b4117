/**
 * What the rules and the readers say: a message id with its parameters, and the Chinese text made
 * from them through the zh catalogue — the text SPEC §2/§3 outputs (CLI JSON, canonical
 * documents), written once, in the catalogue. The screen, the exports and `--lang en` render the
 * same id and parameters in their language (translate.ts).
 */
import type { MessageParam, MessageParams, NestedMessage } from './format'
import type { MessageKey, messages } from './messages'
import { translator } from './translate'

type Catalogue = (typeof messages)['zh']
type NameOf<P extends string> = P extends `${infer N}:${string}` ? N : P
/** The parameter names of a template: `{name}`, `{name:kind}`, `{name:kind:arg}`. */
type NamesIn<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? NameOf<P> | NamesIn<Rest> : never

/** The parameters a message takes, by name, as its Chinese template names them. */
export type ParamsOf<K extends MessageKey> = { readonly [N in NamesIn<Catalogue[K]>]: MessageParam } & {
  /** The report's format, for `{x:row}` (a 2019 report prints （六）其他处理 as one row). */
  readonly template?: string
}
type ParamsArg<K extends MessageKey> = [NamesIn<Catalogue[K]>] extends [never]
  ? [params?: ParamsOf<K>]
  : [params: ParamsOf<K>]

export interface Said {
  /** The Chinese text. */
  message: string
  messageId: MessageKey
  /** Absent when the message takes none. */
  params?: MessageParams
}

const zh = translator('zh')

/** A message: its id, parameters and Chinese text. */
export function said<K extends MessageKey>(id: K, ...[params]: ParamsArg<K>): Said {
  return params === undefined
    ? { message: zh.t(id), messageId: id }
    : { message: zh.t(id, params), messageId: id, params }
}

/** A message to put inside another one (`{name:message}`). */
export function nested<K extends MessageKey>(id: K, ...[params]: ParamsArg<K>): NestedMessage {
  return params === undefined ? { id } : { id, params }
}

/** A Said (or anything worded) as a nested message. */
export function asNested(s: { messageId?: MessageKey; params?: MessageParams; message: string }): NestedMessage {
  if (s.messageId === undefined) return { id: 'text', params: { text: s.message } }
  return s.params && Object.keys(s.params).length > 0 ? { id: s.messageId, params: s.params } : { id: s.messageId }
}
