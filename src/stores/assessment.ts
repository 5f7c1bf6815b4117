/**
 * How the board scores (评分方案): the built-in schemes, the one shipped with a published board
 * (data/manifest.json's `scheme`), the agency's saved schemes, and the chosen one; and the findings
 * index scored under it, which every score, ranking, chart and export reads. Saving, deleting and
 * choosing are this store's actions (the one door for writes: src/db/schemes.ts does the work).
 */
import { liveQuery, type Subscription } from 'dexie'
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { indexFindings, type FindingsByKey } from '../analysis/entityFigures'
import { fetchPublishedScheme, readPublishedOrKept } from '../browser/published'
import { getDb } from '../db/instance'
import * as schemes from '../db/schemes'
import { describeStorageError, withStorageErrors } from '../db/storage'
import { BUILT_IN_SCHEMES, DEFAULT_SCHEME, parseScheme, type AssessmentScheme } from '../domain/scheme'
import { REVIEW_RULE_IDS } from '../domain/rules/info'
import { useDataStore } from './data'

export interface SchemeChoice {
  /** `builtin-0`…, `published`, or a saved scheme's id. */
  id: string
  scheme: AssessmentScheme
  source: 'builtin' | 'published' | 'saved'
}

export const PUBLISHED_ID = 'published'

export const useAssessmentStore = defineStore('assessment', () => {
  const data = useDataStore()
  const saved = shallowRef<schemes.SavedScheme[]>([])
  const unreadable = shallowRef<{ id: string; reason: string }[]>([])
  const chosenId = ref<string | null>(null)
  const published = shallowRef<AssessmentScheme | null>(null)
  /** Why the published scheme could not be used (shown on the scheme tab). */
  const publishedError = ref<string | null>(null)
  let subscription: Subscription | undefined

  function start() {
    if (subscription) return
    subscription = liveQuery(() => schemes.readSchemes(getDb())).subscribe({
      next: (stored) => {
        saved.value = stored.saved
        unreadable.value = stored.unreadable
        chosenId.value = stored.chosen
      },
      error: (e: unknown) => {
        data.storageError ??= describeStorageError(e)
      },
    })
  }

  // The published board's scheme: named by the manifest the data store reads.
  watch(
    () => data.manifest?.scheme,
    (file) => {
      published.value = null
      publishedError.value = null
      if (!file) return
      const path = `data/${file}`
      readPublishedOrKept(
        async () => {
          const text = await fetchPublishedScheme(file)
          parseScheme(text, path) // a scheme that cannot be used is said, and not kept
          return text
        },
        {
          keep: (text) => schemes.keepPublishedScheme(getDb(), file, text),
          kept: () => schemes.keptPublishedScheme(getDb(), file),
        },
      )
        .then((text) => {
          // A kept copy is parsed again like any file (and may fail like one).
          if (data.manifest?.scheme === file) published.value = parseScheme(text, path)
        })
        .catch((e: unknown) => {
          if (data.manifest?.scheme === file) publishedError.value = e instanceof Error ? e.message : String(e)
        })
    },
    { immediate: true },
  )

  const choices = computed<SchemeChoice[]>(() => [
    ...BUILT_IN_SCHEMES.map((scheme, i): SchemeChoice => ({ id: `builtin-${i}`, scheme, source: 'builtin' })),
    ...(published.value ? [{ id: PUBLISHED_ID, scheme: published.value, source: 'published' as const }] : []),
    ...saved.value.map((s): SchemeChoice => ({ ...s, source: 'saved' })),
  ])

  /** The chosen scheme: the user's choice, else the published board's, else the default. */
  const current = computed<SchemeChoice>(
    () =>
      choices.value.find((c) => c.id === chosenId.value) ??
      choices.value.find((c) => c.id === PUBLISHED_ID) ??
      choices.value[0],
  )
  const scheme = computed<AssessmentScheme>(() => current.value?.scheme ?? DEFAULT_SCHEME)

  /** Does the scheme charge a review-only rule (the anomalies, zero-requests)? Then they are scored too. */
  const chargesReview = computed(() => REVIEW_RULE_IDS.some((id) => scheme.value.rules[id] !== undefined))

  /** The checks indexed by office and year and scored under the chosen scheme. */
  const findingsIndex = computed<FindingsByKey>(() => {
    const checks = data.checks
    const findings = chargesReview.value ? [...checks.findings, ...data.anomalies] : checks.findings
    return indexFindings({ findings, notAssessable: checks.notAssessable }, scheme.value)
  })

  /** Save (as a new scheme, or over a saved one) and choose it. Returns its id. */
  const save = (scheme: AssessmentScheme, id?: string) =>
    withStorageErrors(() => schemes.saveScheme(getDb(), scheme, { id, choose: true }))
  const remove = (id: string) => withStorageErrors(() => schemes.deleteScheme(getDb(), id))
  const choose = (id: string | null) => withStorageErrors(() => schemes.chooseScheme(getDb(), id))
  /** A scheme file the user picked: validated (SchemeError names every bad field), saved and chosen. */
  async function importScheme(text: string, fileName: string): Promise<AssessmentScheme> {
    const scheme = parseScheme(text, fileName)
    await save(scheme)
    return scheme
  }

  return {
    saved,
    unreadable,
    published,
    publishedError,
    choices,
    current,
    scheme,
    chargesReview,
    findingsIndex,
    start,
    save,
    remove,
    choose,
    importScheme,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useAssessmentStore, import.meta.hot))
