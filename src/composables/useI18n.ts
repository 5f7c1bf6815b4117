import { storeToRefs } from 'pinia'
import type { Label } from '../domain/model'
import { messages, type MessageKey } from '../i18n/messages'
import { useLocaleStore } from '../stores/locale'

/** Interface text and report-model labels in the current language. */
export function useI18n() {
  const store = useLocaleStore()
  const { locale } = storeToRefs(store)
  function t(key: MessageKey, params: Record<string, string | number> = {}): string {
    const text: string = messages[locale.value][key] ?? key
    return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''))
  }
  function label(l: Pick<Label, 'zh' | 'en'>): string {
    return locale.value === 'zh' ? l.zh : l.en
  }
  return { t, label, locale, toggle: store.toggle }
}
