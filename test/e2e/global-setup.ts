import { existsSync } from 'node:fs'

export default function globalSetup() {
  const dist = process.env.DIST_DIR ?? 'dist'
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error(`${dist}/ is missing: run "npm run build" before the browser tests (npm test does it for you).`)
  }
}
