/**
 * Shared by the parts of `npm run bench`: progress to stderr, figures to stdout (one JSON line
 * each, nothing else on stdout), timeouts that say what was being waited for, child processes.
 */
import { spawn } from 'node:child_process'

const started = performance.now()

/** One line of progress on stderr, stamped with seconds since the bench started. */
export function progress(message: string): void {
  process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(6)}s] ${message}\n`)
}

export interface Figure {
  metric: string
  /** null when the figure could not be measured (then `error` says why). */
  value: number | null
  unit: string
  error?: string
}

export const figures: Figure[] = []

/** Print a figure as one JSON line on stdout and keep it for the closing summary. */
export function emit(metric: string, value: number | null, unit: string, error?: string): void {
  const rounded = value === null ? null : Number(value.toPrecision(4))
  const figure: Figure =
    error === undefined ? { metric, value: rounded, unit } : { metric, value: rounded, unit, error }
  figures.push(figure)
  process.stdout.write(`${JSON.stringify(figure)}\n`)
}

export class BenchTimeout extends Error {
  override name = 'BenchTimeout'
}

/** Run `work`, failing with a message naming `what` after `seconds`. */
export async function within<T>(what: string, seconds: number, work: Promise<T> | (() => Promise<T>)): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BenchTimeout(`timed out after ${seconds} s: ${what}`)), seconds * 1000)
  })
  try {
    return await Promise.race([typeof work === 'function' ? work() : work, timeout])
  } finally {
    clearTimeout(timer)
  }
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0] : String(error)
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5)
}

/** Nearest-rank quantile (p95 of 30 values is the 29th smallest). */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return NaN
  if (q === 0.5 && sorted.length % 2 === 0) return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]
}

export interface ProcessResult {
  code: number | null
  stdout: Buffer
  stderr: string
  seconds: number
}

/** Run a command to completion (killed after `timeoutSeconds`), timing it from spawn to exit. */
export function runProcess(
  command: string,
  args: readonly string[],
  timeoutSeconds: number,
  cwd = process.cwd(),
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now()
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    let err = ''
    child.stdout.on('data', (b: Buffer) => out.push(b))
    child.stderr.on('data', (b: Buffer) => (err += b.toString()))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new BenchTimeout(`timed out after ${timeoutSeconds} s: ${command} ${args.slice(0, 4).join(' ')} …`))
    }, timeoutSeconds * 1000)
    child.on('error', (e) => {
      clearTimeout(timer)
      reject(e)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout: Buffer.concat(out), stderr: err, seconds: (performance.now() - t0) / 1000 })
    })
  })
}
