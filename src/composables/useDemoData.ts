import { ref } from 'vue'
import { useImport } from './useImport'

/** Load the generated demo city (public/demo/city.json) through the normal import path. */
export function useDemoData() {
  const busy = ref(false)
  async function load() {
    busy.value = true
    try {
      const response = await fetch('demo/city.json')
      if (!response.ok) throw new Error(`无法读取演示数据（HTTP ${response.status}）`)
      const file = new File([await response.blob()], '演示数据-江州市.json', { type: 'application/json' })
      const importer = useImport()
      await importer.add([file])
      const failed = importer.items.value.find((it) => it.outcome && !it.outcome.ok)
      if (failed?.outcome && !failed.outcome.ok) throw new Error(failed.outcome.error)
      await importer.commit('demo')
    } finally {
      busy.value = false
    }
  }
  return { busy, load }
}
