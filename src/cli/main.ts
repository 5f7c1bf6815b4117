/**
 * Entry point of `npm run cli` (bundled and run by scripts/cli.mjs). All logic lives in run.ts; this file only
 * connects it to the process: files from disk, one write to stdout, the exit code.
 */
import { readFileSync } from 'node:fs'
import { translator } from '../i18n/translate'
import { languageOf } from './args'
import { writeDirectory } from './out-dir'
import { runCli } from './run'

const lang = translator(languageOf(process.argv.slice(2)))

// A closed pipe (`… | head`) is not an error worth a stack trace; nothing else is either.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  process.stderr.write(`${lang.t('cli.internalWrite', { message: error.message })}\n`)
  process.exit(2)
})

runCli(process.argv.slice(2), {
  // Synchronous on purpose: fs/promises' readFile costs ~0.25 ms of main-thread work per file (a
  // FileHandle, four round trips), readFileSync ~0.02 ms; a thousand small reports add up.
  readFile: async (path) => new Uint8Array(readFileSync(path)),
  stdout: (data) => process.stdout.write(data),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTerminal: process.stdout.isTTY === true,
  writeDirectory,
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(
      `${lang.t('cli.internalShort', { message: error instanceof Error ? error.message : String(error) })}\n`,
    )
    process.exitCode = 2
  },
)
