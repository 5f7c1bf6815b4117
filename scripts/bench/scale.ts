/**
 * `npm run bench -- --scale`: five provinces of 100,000 reports (distinct office names) imported
 * one after another into one browser context, as a national office would fill the board. After
 * each file: the file's import (setInputFiles → overview drawn, with its preview / commit /
 * overview parts), reload → drawn, heap after GC and filter changes. At 500,000 also the time
 * until the findings are shown and until each view is usable. The four figures the issue names
 * are `import.csv500k.max_file_seconds`, `open.500k.seconds`, `heap.500k.mb`,
 * `filter.500k.median_ms`; everything else is a breakdown.
 */
import type { BrowserContext, Page } from '@playwright/test'
import { filterTimings, heapBreakdown, importCsv, openOverview } from './app'
import { emit, median, progress, within } from './util'

export const SCALE_FILES = 5
export const SCALE_FILE_REPORTS = 100_000

const thousands = (n: number) => `${n / 1000}k`

/** In the page: resolve with performance.now() once the overview's findings KPIs show numbers. */
function checkedInPage(timeoutMs: number): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const deadline = performance.now() + timeoutMs
    const poll = () => {
      const value = document.querySelector('[data-testid="kpi-errors"] .value')?.textContent?.trim()
      if (value && value !== '…') resolve(performance.now())
      else if (performance.now() > deadline)
        reject(new Error(`findings not shown: KPI 错误 is "${value ?? 'missing'}"`))
      else setTimeout(poll, 50)
    }
    poll()
  })
}

/** Open a view by its address and wait until `selector` is shown; seconds. */
async function viewSeconds(page: Page, hash: string, selector: string, timeoutSeconds: number): Promise<number> {
  return within(
    `view ${hash}`,
    timeoutSeconds + 5,
    page.evaluate(
      ({ hash, selector, timeoutMs }) =>
        new Promise<number>((resolve, reject) => {
          const t0 = performance.now()
          location.hash = hash
          const deadline = t0 + timeoutMs
          const poll = () => {
            if (document.querySelector(selector))
              requestAnimationFrame(() => requestAnimationFrame(() => resolve((performance.now() - t0) / 1000)))
            else if (performance.now() > deadline) reject(new Error(`${selector} not shown after opening ${hash}`))
            else requestAnimationFrame(poll)
          }
          poll()
        }),
      { hash, selector, timeoutMs: timeoutSeconds * 1000 },
    ),
  )
}

/** The views a user opens at 500,000 reports: each must come up (and their time is reported). */
async function viewFigures(page: Page, timeoutSeconds: number): Promise<void> {
  const regions = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLOptionElement>('[data-testid="region-filter"] option')]
      .map((o) => o.value)
      .filter(Boolean)
      .slice(0, 2),
  )
  if (regions.length < 2) throw new Error('the overview lists fewer than two regions')
  const compare = `#/compare?${regions.map((r) => `e=${encodeURIComponent(r)}`).join('&')}`
  const views: [string, string, string][] = [
    ['rankings_office', '#/rankings?level=office&metric=disclosureRate', '[data-testid="ranking-row"]'],
    ['rankings_region', '#/rankings?level=region&metric=volume', '[data-testid="ranking-row"]'],
    ['compare', compare, '[data-testid="compare-table"]'],
    ['compliance_matrix', '#/compliance?tab=matrix', '[data-testid="coverage-scroller"] .row.office'],
    ['compliance_findings', '#/compliance?tab=findings', '[data-testid="findings-count"]'],
    ['compliance_scores', '#/compliance?tab=scores', '[data-testid="score-row"]'],
  ]
  for (const [name, hash, selector] of views) {
    // From the overview each time, so every view is opened, not switched into from its neighbour.
    await page.evaluate(() => (location.hash = '#/overview'))
    await page.getByTestId('kpi-reports').waitFor({ timeout: timeoutSeconds * 1000 })
    const seconds = await viewSeconds(page, hash, selector, timeoutSeconds)
    progress(`  ${name}: ${seconds.toFixed(2)} s`)
    emit(`view.500k.${name}_seconds`, seconds, 's')
  }
  // The office page reads its reports from IndexedDB on demand.
  const office = await page.evaluate(() => {
    const link = document.querySelector<HTMLAnchorElement>('[data-testid="score-row"] a')
    return link?.textContent?.trim() ?? null
  })
  if (office) {
    await page.evaluate(() => (location.hash = '#/overview'))
    const seconds = await viewSeconds(
      page,
      `#/office/${encodeURIComponent(office)}`,
      '[data-testid="office-tables"]',
      timeoutSeconds,
    )
    progress(`  office page: ${seconds.toFixed(2)} s`)
    emit('view.500k.office_seconds', seconds, 's')
  }
}

/**
 * The scale run: `files` imported one after another into `context` (fresh: its own empty
 * IndexedDB). `tries` filter changes at 500,000 reports, fewer at the smaller sizes.
 */
export async function scaleFigures(
  context: BrowserContext,
  url: string,
  files: readonly string[],
  tries: number,
): Promise<void> {
  const page = await context.newPage()
  page.on('pageerror', (e) => progress(`  page error: ${e.message}`))
  page.on('crash', () => progress('  THE PAGE CRASHED'))
  const fileSeconds: number[] = []
  for (let k = 0; k < files.length; k++) {
    const stored = SCALE_FILE_REPORTS * (k + 1)
    const size = thousands(stored)
    progress(`file ${k + 1} of ${files.length}: importing 100,000 more reports (${size} stored after it)`)
    const t = await importCsv(page, url, files[k], stored, 600)
    fileSeconds.push(t.totalSeconds)
    progress(
      `  file ${k + 1}: ${t.totalSeconds.toFixed(1)} s (preview ${t.previewSeconds.toFixed(1)}, commit ${t.commitSeconds.toFixed(1)}, overview ${t.overviewSeconds.toFixed(1)})`,
    )
    emit(`scale.file${k + 1}.seconds`, t.totalSeconds, 's')
    emit(`scale.file${k + 1}.preview_seconds`, t.previewSeconds, 's')
    emit(`scale.file${k + 1}.commit_seconds`, t.commitSeconds, 's')
    emit(`scale.file${k + 1}.overview_seconds`, t.overviewSeconds, 's')

    const open = await openOverview(page, url, stored, 300)
    const checkedAt = await within('findings shown after reload', 605, page.evaluate(checkedInPage, 600_000))
    // Once the findings are in: the heap a user's session settles at, not a moment before.
    const heap = await heapBreakdown(page)
    const filterTries = k === files.length - 1 ? tries : Math.min(tries, 8)
    const ms = await filterTimings(page, filterTries, 120)
    const kinds = ['newest year on', 'first region', 'year off', 'all regions']
    progress(
      `  filter ms per kind of change: ${kinds.map((k, i) => `${k} ${median(ms.filter((_, j) => j % 4 === i)).toFixed(0)}`).join(', ')}`,
    )
    progress(
      `  ${size}: open ${open.toFixed(2)} s, findings shown ${(checkedAt / 1000).toFixed(1)} s after navigation, heap ${heap.usedMb.toFixed(0)} MB (+ ${heap.arrayBuffersMb.toFixed(0)} MB array buffers), filter median ${median(ms).toFixed(0)} ms (${filterTries} tries)`,
    )
    emit(`scale.${size}.open_seconds`, open, 's')
    emit(`scale.${size}.heap_mb`, heap.usedMb, 'MB')
    emit(`scale.${size}.array_buffers_mb`, heap.arrayBuffersMb, 'MB')
    emit(`scale.${size}.checks_seconds`, checkedAt / 1000, 's')
    emit(`scale.${size}.filter_median_ms`, median(ms), 'ms')
    if (k === files.length - 1) {
      emit(`import.csv${size}.max_file_seconds`, Math.max(...fileSeconds), 's')
      emit(`open.${size}.seconds`, open, 's')
      // The issue's heap counts the typed arrays' bytes too (its 276 MB at 100k is heap + buffers).
      emit(`heap.${size}.mb`, heap.usedMb + heap.arrayBuffersMb, 'MB')
      emit(`filter.${size}.median_ms`, median(ms), 'ms')
      progress('opening every view with 500,000 reports')
      await viewFigures(page, 300)
    }
  }
}
