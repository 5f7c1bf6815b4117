/**
 * Draws the installable app's PNG icons from public/icons/icon.svg with the system Chromium (run
 * once when the icon changes: `npx tsx scripts/make-icons.ts`; the PNGs are committed).
 * The maskable icon has the drawing inside the safe zone (80 %) on a full-bleed background.
 */
import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { chromiumPath } from '../playwright.config'

const svg = readFileSync('public/icons/icon.svg', 'utf8')
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] })
const page = await browser.newPage()
for (const [file, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['icon-maskable-512.png', 512, true],
] as const) {
  await page.setViewportSize({ width: size, height: size })
  const inner = maskable ? size * 0.8 : size
  await page.setContent(
    `<body style="margin:0;background:${maskable ? '#102a43' : 'transparent'};display:grid;place-items:center;height:${size}px">` +
      `<img style="width:${inner}px;height:${inner}px" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body>`,
  )
  await page.screenshot({ path: `public/icons/${file}`, omitBackground: !maskable })
}
await browser.close()
