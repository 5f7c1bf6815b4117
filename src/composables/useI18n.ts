import { storeToRefs } from 'pinia'
import { computed } from 'vue'
import { translator, type LabelOf, type Lang, type Translate } from '../i18n/translate'
import { useLocaleStore } from '../stores/locale'

/** The translator of the screen's language (i18n/translate.ts), following the language switch. */
export function useI18n() {
  const store = useLocaleStore()
  const { locale } = storeToRefs(store)
  const lang = computed(() => translator(locale.value))
  const t: Translate = (key, params) => lang.value.t(key, params)
  const label: LabelOf = (l) => lang.value.label(l)
  /** A finding's message, a problem's, an error's — anything worded by the checks or readers — in the screen's language. */
  const text: Lang['text'] = (w) => lang.value.text(w)
  const reason: Lang['reason'] = (n) => lang.value.reason(n)
  return { t, label, text, reason, lang, locale, toggle: store.toggle }
}
