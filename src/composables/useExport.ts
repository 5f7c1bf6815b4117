/**
 * The busy/error state of a view's export buttons, and what each button saves: tables as CSV or
 * XLSX (browser/download.ts), the selected reports as the canonical wide CSV (writeWideCsv,
 * Chinese headers, so a clerk can edit and import them again). File names carry the day.
 */
import { ref } from 'vue'
import { downloadBlob, downloadTable, MIME, type ExportFormat } from '../browser/download'
import type { ReportRecord } from '../domain/record'
import { reportsExport } from '../export/analysisTables'
import type { NamedTable } from '../export/complianceTables'
import type { FilterItem } from '../export/describe'
import { datedName } from '../export/fileName'
import type { ExportTable } from '../io/export-table'
import { writeWideCsv } from '../io/write'
import { useI18n } from './useI18n'

/** One thing a view exports, as a CSV and an XLSX button (components/common/ExportButtons.vue). */
export interface ExportGroup {
  /** What is exported, e.g. "排名": the buttons read "排名 CSV", "排名 XLSX". */
  what: string
  /** data-testid stem: export-<id>-csv / export-<id>-xlsx. */
  id: string
  csv?: () => void
  xlsx?: () => void
  /** Nothing to export (an empty list): the buttons are disabled. */
  disabled?: boolean
}

export function useExport() {
  const { t, lang } = useI18n()
  const busy = ref(false)
  const error = ref<string | null>(null)

  async function run(work: () => Promise<void> | void) {
    busy.value = true
    error.value = null
    try {
      await work()
    } catch (e) {
      error.value = t('export.failed', { message: e instanceof Error ? e.message : String(e) })
    } finally {
      busy.value = false
    }
  }

  // A table may need reports read from IndexedDB first (the board keeps only their summaries).
  type Table = () => ExportTable | Promise<ExportTable>

  function csv(table: Table, base: string) {
    return run(async () => downloadTable(await table(), datedName(base), 'csv'))
  }

  function xlsx(table: Table, base: string) {
    return run(async () => downloadTable(await table(), datedName(base), 'xlsx'))
  }

  /**
   * A view's report-data export: its reports (read on demand) as the canonical wide CSV a clerk can
   * edit and import again, or as an XLSX with the view's filters on its own sheet. `names` gives the
   * file's name (dated on saving), the sheet's title and the filters, in the screen's language.
   */
  function reportsGroup(
    reports: () => readonly ReportRecord[] | Promise<readonly ReportRecord[]>,
    names: (reportsWord: string) => { file: string; title: string; filters: FilterItem[] },
  ): ExportGroup {
    const named = () => names(lang.value.t('export.reports'))
    return {
      what: t('export.reports'),
      id: 'reports',
      csv: () =>
        void run(async () =>
          downloadBlob(
            `${datedName(named().file)}.csv`,
            new Blob([writeWideCsv(await reports(), { headers: 'zh', bom: true })], { type: MIME.csv }),
          ),
        ),
      xlsx: () => {
        const { file, title, filters } = named()
        void xlsx(async () => reportsExport(await reports(), title, filters, lang.value), file)
      },
    }
  }

  /** Both buttons of a table saved under its own name (the compliance tabs' lists, undated). */
  function tableGroup(what: string, id: string, build: () => NamedTable, disabled = false): ExportGroup {
    const save = (format: ExportFormat) => () =>
      void run(() => {
        const { table, fileName } = build()
        return downloadTable(table, fileName, format)
      })
    return { what, id, disabled, csv: save('csv'), xlsx: save('xlsx') }
  }

  return { busy, error, csv, xlsx, reportsGroup, tableGroup }
}
