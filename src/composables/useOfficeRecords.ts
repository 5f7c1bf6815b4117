/**
 * One office's stored records, read from IndexedDB (the board keeps only the reports' summaries in
 * memory): read again when the office or the stored reports change. `loading` is true until the
 * records of the current office and data are in.
 */
import { ref, shallowRef, watch } from 'vue'
import type { StoredRecord } from '../db/record'
import { useDataStore } from '../stores/data'

export function useOfficeRecords(name: () => string) {
  const data = useDataStore()
  const records = shallowRef<readonly StoredRecord[]>([])
  const loading = ref(true)
  let request = 0
  watch(
    [name, () => data.columns, () => data.loaded],
    async ([office, , loaded]) => {
      const mine = ++request
      loading.value = true
      if (!loaded) return
      try {
        const found = await data.officeRecords(office)
        if (mine === request) records.value = found
      } catch (e) {
        if (mine === request) records.value = []
        data.storageError ??= e instanceof Error ? e.message : String(e)
      } finally {
        if (mine === request) loading.value = false
      }
    },
    { immediate: true },
  )
  return { records, loading }
}
