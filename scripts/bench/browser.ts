/**
 * The browser side of the bench: the built app served under /board/ by the e2e tests' static
 * server, the floor page overlaid on the same origin at /board/bench-floor/, and Debian's
 * Chromium launched with the flags of playwright.config.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { chromium, type Browser, type BrowserContext } from '@playwright/test'
import playwrightConfig, { chromiumPath } from '../../playwright.config'
import { startStaticServer, type StaticServer } from '../../test/e2e/server'

export const FLOOR_PATH = 'bench-floor/'

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/** The app from `distDir` at <origin>/board/, the floor page from `floorDir` at <origin>/board/bench-floor/. */
export async function serveApp(distDir: string, floorDir: string): Promise<StaticServer> {
  const server = await startStaticServer(distDir, '/board/')
  for (const file of filesUnder(floorDir))
    server.overlay.set(`${FLOOR_PATH}${relative(floorDir, file).split('\\').join('/')}`, readFileSync(file))
  return server
}

export async function launchChromium(): Promise<Browser> {
  const args = playwrightConfig.use?.launchOptions?.args ?? []
  return chromium.launch({ executablePath: chromiumPath, args: [...args], headless: true })
}

/** A fresh context (its own empty IndexedDB) with the tests' locale and viewport. */
export async function freshContext(browser: Browser): Promise<BrowserContext> {
  const use = playwrightConfig.use ?? {}
  const context = await browser.newContext({
    locale: use.locale ?? 'zh-CN',
    viewport: use.viewport ?? { width: 1366, height: 900 },
  })
  // tsx compiles with esbuild's keepNames, which wraps named functions in __name(); the functions
  // the bench passes to page.evaluate carry those calls into the page, so define it there.
  await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn' })
  return context
}
