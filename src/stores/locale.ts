import { acceptHMRUpdate, defineStore } from 'pinia'
import { ref, watch } from 'vue'
import type { Locale } from '../i18n/messages'

const STORAGE_KEY = 'disclosure-board:locale'

function initialLocale(): Locale {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh'
  } catch {
    return 'zh'
  }
}

export const useLocaleStore = defineStore('locale', () => {
  const locale = ref<Locale>(initialLocale())
  // Immediate: a page opened in English says so to screen readers from the start (WCAG 3.1.1).
  watch(
    locale,
    (l) => {
      try {
        localStorage.setItem(STORAGE_KEY, l)
      } catch {
        // storage unavailable (private mode): the choice lasts for this page only
      }
      document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en'
    },
    { immediate: true },
  )
  function toggle() {
    locale.value = locale.value === 'zh' ? 'en' : 'zh'
  }
  return { locale, toggle }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useLocaleStore, import.meta.hot))
