/**
 * The 通报 and the 整改通知 as Word files, for the compliance view's scope (the global filters)
 * and the chosen scheme: what the supervisor enters (agency, dates, …; kept for the session, the
 * agency's name also on this computer), the circular's input from the selection, and the downloads.
 * The documents are modelled by src/export/circular and written by the docx package, loaded on first use.
 */
import { computed, reactive, watch } from 'vue'
import { downloadBlob } from '../browser/download'
import { readPreference, writePreference } from '../browser/preferences'
import { chosenYear } from '../url/ranking'
import { todayIso } from '../domain/rules/deadline'
import { buildCircularModel, type CircularInput } from '../export/circular/model'
import { useAssessmentStore } from '../stores/assessment'
import { buildNoticeModels } from '../export/circular/notice'
import { useComplianceContext } from './useComplianceData'

const ISSUER_KEY = 'board.circular.issuer'
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** What the supervisor enters, shared by the circular and the notices for the session. */
const settings = reactive({
  year: null as number | null,
  scopeName: '',
  issuer: readPreference(ISSUER_KEY, '', (v): v is string => typeof v === 'string'),
  documentNumber: '',
  checkDate: todayIso(),
  issuedOn: todayIso(),
  rectifyBy: addDays(todayIso(), 30),
  recipients: '',
})
watch(
  () => settings.issuer,
  (v) => writePreference(ISSUER_KEY, v),
)

export function useCircular() {
  const ctx = useComplianceContext()
  const assessment = useAssessmentStore()

  /** The year reported on: the chosen one, else the newest shown. */
  const year = computed(() => {
    return chosenYear(settings.year === null ? [] : [settings.year], ctx.shownYears.value)
  })
  /** The scope's name as the title says it: what was typed, else the one region filtered on. */
  const scopeName = computed(
    () => settings.scopeName.trim() || (ctx.filters.value.regions.length === 1 ? ctx.filters.value.regions[0] : ''),
  )

  const input = computed<CircularInput | null>(() => {
    const y = year.value
    if (y === null) return null
    const scheme = assessment.scheme
    // The year's reports of the selection: what the circular reads of them is resident.
    const cols = ctx.selection.columns.value
    const reports: CircularInput['reports'][number][] = []
    for (const i of ctx.selection.rows.value) {
      if (cols.year[i] !== y) continue
      reports.push({
        office: cols.offices[cols.office[i]],
        region: cols.regions[cols.region[i]],
        officeKind: cols.kinds[cols.kind[i]],
        year: y,
        publishedAt: cols.publishedDates[cols.published[i]],
      })
    }
    return {
      year: y,
      scopeName: scopeName.value,
      reports,
      findings: assessment.chargesReview
        ? [...ctx.ruleFindings.value, ...ctx.anomalyFindings.value]
        : ctx.ruleFindings.value,
      notAssessable: ctx.notAssessable.value,
      scheme,
      checkDate: settings.checkDate,
      issuedOn: settings.issuedOn,
      rectifyBy: settings.rectifyBy,
      issuer: settings.issuer.trim(),
      documentNumber: settings.documentNumber.trim() || undefined,
      recipients: settings.recipients.trim() || undefined,
      regionOf: ctx.regionOf,
    }
  })

  async function downloadCircular(): Promise<string> {
    const i = input.value!
    const { buildCircularDocx } = await import('../export/circular/docx')
    const name = `关于${i.scopeName}${i.year}年度政府信息公开工作年度报告检查情况的通报（${i.scheme.name}）.docx`
    downloadBlob(
      name,
      new Blob([(await buildCircularDocx(buildCircularModel(i))) as Uint8Array<ArrayBuffer>], { type: DOCX }),
    )
    return name
  }

  /** The notices of the scope's offices with something to rectify (or of one office) in one Word file. */
  async function downloadNotices(office?: string): Promise<string> {
    const i = input.value!
    const { buildNoticeDocx } = await import('../export/circular/docx')
    const models = buildNoticeModels(i, office ? [office] : undefined)
    const name = `${office ?? i.scopeName}${i.year}年度政府信息公开工作年度报告整改通知${office ? '' : `（${models.length} 份）`}.docx`
    downloadBlob(name, new Blob([(await buildNoticeDocx(models)) as Uint8Array<ArrayBuffer>], { type: DOCX }))
    return name
  }

  return { settings, year, scopeName, input, downloadCircular, downloadNotices }
}
