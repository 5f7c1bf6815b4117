/**
 * Driving the built app as a user would, by data-testid: import a CSV on the data page, open the
 * overview, change filters. Every wait has a timeout that names what it was waiting for.
 * "Drawn" means: KPI 报告数 shows the expected count, every ECharts instance on the page has its
 * canvas (zrender creates it on its first paint), then two animation frames have passed (the
 * frame is on screen). ECharts' entry/update animations that continue afterwards are not counted.
 */
import type { Page } from '@playwright/test'
import { BenchTimeout, progress, within } from './util'

export interface ImportTiming {
  /** setInputFiles → the preview's commit button is enabled (read, validated, planned). */
  previewSeconds: number
  /** click 确认导入 → the import summary is shown. */
  commitSeconds: number
  /** click 总览 → KPI and charts drawn. */
  overviewSeconds: number
  totalSeconds: number
  summaryText: string
}

export interface PhaseMarks {
  /** Called at each phase boundary (the profiler marks them in the trace). */
  mark?: (name: string) => Promise<void>
}

/** In the page: resolve with performance.now() once the overview shows `count` reports and every chart is painted. */
function drawnInPage({ count, timeoutMs }: { count: number; timeoutMs: number }): Promise<number> {
  const want = count.toLocaleString('zh-CN')
  const exact = new RegExp(`(^|[^\\d,])${want}($|[^\\d,])`)
  const frame = () => new Promise<number>((r) => requestAnimationFrame(r))
  const ready = () => {
    const kpi = document.querySelector('[data-testid="kpi-reports"]')
    if (!kpi || !exact.test(kpi.textContent ?? '')) return false
    const charts = [...document.querySelectorAll('[_echarts_instance_]')]
    return charts.length > 0 && charts.every((c) => (c.querySelector('canvas')?.width ?? 0) > 0)
  }
  return new Promise<number>((resolve, reject) => {
    const deadline = performance.now() + timeoutMs
    const poll = async () => {
      if (ready()) {
        await frame()
        await frame()
        resolve(performance.now())
      } else if (performance.now() > deadline) {
        const kpi = document.querySelector('[data-testid="kpi-reports"]')?.textContent?.trim()
        const charts = document.querySelectorAll('[_echarts_instance_]').length
        reject(new Error(`overview not drawn: KPI 报告数 is "${kpi ?? 'missing'}" (want ${want}), ${charts} chart(s)`))
      } else requestAnimationFrame(() => void poll())
    }
    void poll()
  })
}

/** Resolve with the page's performance.now() when the overview is drawn with `count` reports. */
export async function waitOverviewDrawn(page: Page, count: number, timeoutSeconds: number): Promise<number> {
  return within(
    `overview drawn with ${count} reports`,
    timeoutSeconds + 5,
    page.evaluate(drawnInPage, { count, timeoutMs: timeoutSeconds * 1000 }),
  )
}

/** In the page: wait until the preview can be committed, or report the file's error. */
function previewInPage(timeoutMs: number): Promise<string> {
  return new Promise<string>((resolve) => {
    const deadline = performance.now() + timeoutMs
    const poll = () => {
      const commit = document.querySelector<HTMLButtonElement>('[data-testid="import-commit"]')
      const error = document.querySelector('[data-testid="file-error"]')
      if (error) resolve(`error: ${error.textContent?.trim()}`)
      else if (commit && !commit.disabled) resolve('ready')
      else if (performance.now() > deadline)
        resolve(commit ? 'timeout: 确认导入 stayed disabled' : 'timeout: no import preview')
      else requestAnimationFrame(poll)
    }
    poll()
  })
}

/** Import `file` through the data page and wait for the overview: the user's whole wait. */
export async function importCsv(
  page: Page,
  url: string,
  file: string,
  count: number,
  timeoutSeconds: number,
  marks: PhaseMarks = {},
): Promise<ImportTiming> {
  await page.goto(`${url}#/data`)
  await page.getByTestId('file-input').waitFor({ state: 'attached', timeout: 30_000 })
  await marks.mark?.('bench:import:start')
  const t0 = performance.now()
  await page.getByTestId('file-input').setInputFiles(file)
  const preview = await within(
    'import preview',
    timeoutSeconds + 5,
    page.evaluate(previewInPage, timeoutSeconds * 1000),
  )
  if (preview !== 'ready') throw new Error(`import preview of ${file}: ${preview}`)
  const t1 = performance.now()
  progress(`  preview ready after ${((t1 - t0) / 1000).toFixed(1)} s; committing`)
  await marks.mark?.('bench:import:commit')
  await page.getByTestId('import-commit').click()
  const summary = page.getByTestId('import-summary')
  await summary.waitFor({ state: 'visible', timeout: timeoutSeconds * 1000 }).catch(() => {
    throw new BenchTimeout(`timed out after ${timeoutSeconds} s: import summary after 确认导入`)
  })
  const t2 = performance.now()
  const summaryText = ((await summary.textContent()) ?? '').trim()
  progress(`  stored after ${((t2 - t0) / 1000).toFixed(1)} s: ${summaryText}`)
  await marks.mark?.('bench:import:overview')
  await page.getByRole('link', { name: '总览', exact: true }).click()
  await waitOverviewDrawn(page, count, timeoutSeconds)
  const t3 = performance.now()
  await marks.mark?.('bench:import:end')
  return {
    previewSeconds: (t1 - t0) / 1000,
    commitSeconds: (t2 - t1) / 1000,
    overviewSeconds: (t3 - t2) / 1000,
    totalSeconds: (t3 - t0) / 1000,
    summaryText,
  }
}

/** Reload the overview; seconds from navigation start to drawn (the page's own clock). */
export async function openOverview(page: Page, url: string, count: number, timeoutSeconds: number): Promise<number> {
  await page.goto(`${url}#/overview`, { waitUntil: 'commit' })
  await page.reload({ waitUntil: 'commit' })
  const drawnAt = await waitOverviewDrawn(page, count, timeoutSeconds)
  return drawnAt / 1000
}

export type FilterAction = { kind: 'year'; testId: string } | { kind: 'region'; value: string }

/** In the page: apply one filter change, wait until KPI 报告数 changes, then two frames. */
function filterInPage({ action, timeoutMs }: { action: FilterAction; timeoutMs: number }): Promise<number> {
  const kpiText = () => document.querySelector('[data-testid="kpi-reports"]')?.textContent ?? ''
  const before = kpiText()
  return new Promise<number>((resolve, reject) => {
    let t0 = 0
    const timer = setTimeout(() => {
      observer.disconnect()
      reject(new Error(`filter ${JSON.stringify(action)}: KPI 报告数 stayed "${before.trim()}"`))
    }, timeoutMs)
    const observer = new MutationObserver(() => {
      if (kpiText() === before) return
      observer.disconnect()
      clearTimeout(timer)
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)))
    })
    observer.observe(document.body, { subtree: true, childList: true, characterData: true })
    t0 = performance.now()
    if (action.kind === 'year') {
      document.querySelector<HTMLInputElement>(`[data-testid="${action.testId}"]`)!.click()
    } else {
      const select = document.querySelector<HTMLSelectElement>('[data-testid="region-filter"]')!
      select.value = action.value
      select.dispatchEvent(new Event('change', { bubbles: true }))
    }
  })
}

/**
 * `tries` filter changes on the overview, cycling: newest year on, first region, year off, all
 * regions — each changes the report count. Returns each change's milliseconds.
 */
export async function filterTimings(
  page: Page,
  tries: number,
  timeoutSeconds: number,
  marks: PhaseMarks = {},
): Promise<number[]> {
  const setup = await page.evaluate(() => {
    const years = [...document.querySelectorAll('[data-testid^="year-"]')]
      .map((e) => e.getAttribute('data-testid')!)
      .sort()
    const regions = [...document.querySelectorAll<HTMLOptionElement>('[data-testid="region-filter"] option')]
      .map((o) => o.value)
      .filter(Boolean)
    return { year: years.at(-1), region: regions[0] }
  })
  if (!setup.year || !setup.region)
    throw new Error('overview has no year checkbox (year-YYYY) or no region in region-filter')
  const cycle: FilterAction[] = [
    { kind: 'year', testId: setup.year },
    { kind: 'region', value: setup.region },
    { kind: 'year', testId: setup.year },
    { kind: 'region', value: '' },
  ]
  const times: number[] = []
  for (let i = 0; i < tries; i++) {
    await marks.mark?.(`bench:filter:${i}`)
    const ms = await within(
      `filter change ${i + 1}`,
      timeoutSeconds + 5,
      page.evaluate(filterInPage, { action: cycle[i % cycle.length], timeoutMs: timeoutSeconds * 1000 }),
    )
    times.push(ms)
    await marks.mark?.(`bench:filter:${i}:done`)
    // Let the charts' update animation end, as it would before a user's next click.
    await page.waitForTimeout(500)
  }
  return times
}

/**
 * After a full GC (CDP): the page's JS heap, and beside it the backing stores of its array buffers
 * and external strings (typed arrays' bytes live outside the heap, so `usedSize` alone would not
 * see a column store at all). MB = 10⁶ bytes.
 */
export async function heapBreakdown(page: Page): Promise<{ usedMb: number; arrayBuffersMb: number }> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('HeapProfiler.collectGarbage')
    const { usedSize, backingStorageSize } = await cdp.send('Runtime.getHeapUsage')
    return { usedMb: usedSize / 1e6, arrayBuffersMb: (backingStorageSize ?? 0) / 1e6 }
  } finally {
    await cdp.detach()
  }
}
