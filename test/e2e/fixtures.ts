/**
 * Playwright fixtures: the built app served under /board/, with every request and console error
 * of the page recorded so tests can assert none leaves the origin.
 */
import { test as base, expect, type Page } from '@playwright/test'
import { startStaticServer, type StaticServer } from './server'

/** The build under test (DIST_DIR lets several builds be tested side by side). */
export const distDir = process.env.DIST_DIR ?? 'dist'

export interface AppHandle {
  page: Page
  url: string
  origin: string
  /** Every URL the page requested. */
  requests: string[]
  consoleErrors: string[]
  /** Requests to any origin but the page's own (data: and blob: URLs are local). */
  foreignRequests: () => string[]
}

export const test = base.extend<{ app: AppHandle }, { server: StaticServer }>({
  server: [
    async ({}, use) => {
      const server = await startStaticServer(distDir, '/board/')
      await use(server)
      await server.close()
    },
    { scope: 'worker' },
  ],
  app: async ({ page, server }, use) => {
    server.overlay.clear()
    const requests: string[] = []
    const consoleErrors: string[] = []
    page.on('request', (r) => requests.push(r.url()))
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text())
    })
    page.on('pageerror', (e) => consoleErrors.push(e.message))
    await use({
      page,
      url: server.url,
      origin: server.origin,
      requests,
      consoleErrors,
      foreignRequests: () =>
        requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('data:') && !u.startsWith('blob:')),
    })
  },
})

export { expect }
