import { defineConfig } from 'vitest/config'

// CI_REPORT_DIR: .ci/run collects machine-readable results to print one closing summary line.
const reportDir = process.env.CI_REPORT_DIR

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30000,
    reporters: reportDir ? ['default', 'json'] : ['default'],
    outputFile: reportDir ? { json: `${reportDir}/vitest.json` } : undefined,
  },
})
