/**
 * Entry point of `npm run cli` (bundled and run by scripts/cli.mjs). All logic lives in run.ts; this file only
 * connects it to the process: files from disk, one write to stdout, the exit code.
 */
import { readFile } from 'node:fs/promises'
import { runCli } from './run'

// A closed pipe (`… | head`) is not an error worth a stack trace; nothing else is either.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  process.stderr.write(`内部错误：无法写出结果（${error.message}）\n`)
  process.exit(2)
})

runCli(process.argv.slice(2), {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  stdout: (data) => process.stdout.write(data),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`内部错误：${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 2
  },
)
