#!/usr/bin/env node
// End-to-end tests drive Debian's Chromium (never a downloaded browser). Install it when we can
// (root with apt), otherwise stop with one sentence saying what to install.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)
const found = () => candidates.find((p) => existsSync(p))
const hasCjkFont = () => {
  try {
    return (
      execSync('fc-list :lang=zh family', { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim().length > 0
    )
  } catch {
    return false
  }
}

if (found() && hasCjkFont()) process.exit(0)

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
let hasApt = false
try {
  execSync('command -v apt-get', { stdio: 'ignore' })
  hasApt = true
} catch {
  hasApt = false
}
if (isRoot && hasApt) {
  console.error('Installing Debian packages chromium and fonts-noto-cjk for the browser tests…')
  execSync(
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null',
    {
      stdio: 'inherit',
      shell: '/bin/bash',
    },
  )
}
if (!found()) {
  console.error(
    'The browser tests need Chromium: install Debian\'s "chromium" and "fonts-noto-cjk" packages (sudo apt-get install chromium fonts-noto-cjk), or set CHROMIUM_PATH.',
  )
  process.exit(1)
}
