import { storeToRefs } from 'pinia'
import { computed } from 'vue'
import { translator, type LabelOf, type Translate } from '../i18n/translate'
import { useLocaleStore } from '../stores/locale'

/** The translator of the screen's language (i18n/translate.ts), following the language switch. */
export function useI18n() {
  const store = useLocaleStore()
  const { locale } = storeToRefs(store)
  const lang = computed(() => translator(locale.value))
  const t: Translate = (key, params) => lang.value.t(key, params)
  const label: LabelOf = (l) => lang.value.label(l)
  return { t, label, lang, locale, toggle: store.toggle }
}
