import { defineConfig } from '@playwright/test'

// Drive Debian's Chromium (never download a browser). The flags keep it from reaching out to the
// network on start (this machine has no internet, and the app must make no foreign request).
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI_REPORT_DIR
    ? [['line'], ['json', { outputFile: `${process.env.CI_REPORT_DIR}/playwright.json` }]]
    : process.env.CI
      ? 'line'
      : 'list',
  use: {
    browserName: 'chromium',
    locale: 'zh-CN',
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  globalSetup: './test/e2e/global-setup.ts',
})
