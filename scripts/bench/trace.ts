/**
 * Reading a Chromium trace (category disabled-by-default-v8.cpu_profiler) into per-thread CPU
 * samples, and summarising self time per function and per source module inside time windows
 * marked with performance.mark() (category blink.user_timing). Pure: no browser, no files.
 */

interface CallFrame {
  functionName: string
  url?: string
  lineNumber?: number
  columnNumber?: number
}

interface TraceEvent {
  name: string
  cat?: string
  ph: string
  pid: number
  tid: number
  ts: number
  id?: string
  args?: {
    name?: string
    data?: {
      startTime?: number
      cpuProfile?: { nodes?: { id: number; callFrame: CallFrame; parent?: number }[]; samples?: number[] }
      timeDeltas?: number[]
    }
  }
}

/** One thread's samples: the frame each sample was in and how long it stood for (µs). */
export interface ThreadSamples {
  pid: number
  tid: number
  thread: string
  frames: CallFrame[]
  times: number[]
  weights: number[]
}

export interface ParsedTrace {
  threads: ThreadSamples[]
  /** performance.mark names → trace time (µs), first occurrence. */
  marks: Map<string, { ts: number; pid: number }>
}

export function parseTrace(json: string): ParsedTrace {
  const doc = JSON.parse(json) as { traceEvents?: TraceEvent[] } | TraceEvent[]
  const events = Array.isArray(doc) ? doc : (doc.traceEvents ?? [])
  const threadNames = new Map<string, string>()
  const marks = new Map<string, { ts: number; pid: number }>()
  // Chunks are written by the profiler's own thread: group them by (pid, profile id).
  const profiles = new Map<
    string,
    { pid: number; tid: number; start: number; nodes: Map<number, CallFrame>; samples: number[]; deltas: number[] }
  >()
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '')
    else if (e.cat?.includes('blink.user_timing') && !marks.has(e.name)) marks.set(e.name, { ts: e.ts, pid: e.pid })
    else if (e.name === 'Profile' && e.id) {
      profiles.set(`${e.pid}:${e.id}`, {
        pid: e.pid,
        tid: e.tid,
        start: e.args?.data?.startTime ?? e.ts,
        nodes: new Map(),
        samples: [],
        deltas: [],
      })
    } else if (e.name === 'ProfileChunk' && e.id) {
      const p = profiles.get(`${e.pid}:${e.id}`)
      const data = e.args?.data
      if (!p || !data) continue
      for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n.callFrame)
      p.samples.push(...(data.cpuProfile?.samples ?? []))
      p.deltas.push(...(data.timeDeltas ?? []))
    }
  }
  const threads = [...profiles.values()].map((p): ThreadSamples => {
    const times: number[] = []
    let t = p.start
    for (const d of p.deltas) times.push((t += d))
    // A sample stands for the time until the next one (the last one: the median interval).
    const intervals = times.slice(1).map((x, i) => Math.max(0, x - times[i]))
    const typical = intervals.length ? [...intervals].sort((a, b) => a - b)[Math.floor(intervals.length / 2)] : 0
    return {
      pid: p.pid,
      tid: p.tid,
      thread: threadNames.get(`${p.pid}:${p.tid}`) ?? `thread ${p.tid}`,
      frames: p.samples.map((id) => p.nodes.get(id) ?? { functionName: '(unknown)' }),
      times: times.slice(0, p.samples.length),
      weights: [...intervals, typical].slice(0, p.samples.length),
    }
  })
  return { threads, marks }
}

export interface FunctionTime {
  name: string
  /** Source module and line, e.g. "src/domain/rules/table.ts:1234" (line in the built chunk). */
  where: string
  ms: number
}

export interface ThreadSummary {
  thread: string
  /** Sampled time that was not idle. */
  busyMs: number
  gcMs: number
  topFunctions: FunctionTime[]
  topModules: { module: string; ms: number }[]
}

/** Maps a frame's script URL and line to the source module it came from. */
export type ModuleLookup = (url: string, line: number) => string

const IDLE = new Set(['(idle)', '(root)'])

/** Self time per function and module of the samples of `threads` that fall in any of `windows`. */
export function summarise(
  threads: readonly ThreadSamples[],
  windows: readonly [number, number][],
  lookup: ModuleLookup,
  top = 12,
): ThreadSummary | null {
  const perFunction = new Map<string, FunctionTime>()
  const perModule = new Map<string, number>()
  let busy = 0
  let gc = 0
  for (const th of threads) {
    for (let i = 0; i < th.frames.length; i++) {
      const t = th.times[i]
      if (!windows.some(([a, b]) => t >= a && t < b)) continue
      const f = th.frames[i]
      if (IDLE.has(f.functionName)) continue
      const ms = th.weights[i] / 1000
      busy += ms
      if (f.functionName === '(garbage collector)') gc += ms
      const module = f.url ? lookup(f.url, f.lineNumber ?? 0) : f.functionName || '(native)'
      const name = f.functionName || (f.url ? '(anonymous)' : '(native)')
      const where = f.url ? `${module}:${(f.lineNumber ?? 0) + 1}` : ''
      const key = `${name}\u0000${where}`
      const entry = perFunction.get(key) ?? { name, where, ms: 0 }
      entry.ms += ms
      perFunction.set(key, entry)
      perModule.set(module, (perModule.get(module) ?? 0) + ms)
    }
  }
  if (busy === 0) return null
  const round = (x: number) => Math.round(x)
  return {
    thread: threads[0]?.thread ?? '',
    busyMs: round(busy),
    gcMs: round(gc),
    topFunctions: [...perFunction.values()]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top)
      .map((f) => ({ ...f, ms: round(f.ms) })),
    topModules: [...perModule.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([module, ms]) => ({ module, ms: round(ms) })),
  }
}

/**
 * Module boundaries of an unminified Vite/rolldown chunk: it starts each bundled module with a
 * comment line holding the module's path ("// src/io/csv-wide.ts"), and wraps a CommonJS package
 * in "var import_papaparse_min = … __commonJSMin(" up to the next line starting with "}" (then
 * the module around it resumes). node_modules paths are cut to the package name. Returns a
 * lookup from 0-based line to module.
 */
export function chunkModules(source: string): (line: number) => string {
  const starts: { line: number; module: string }[] = []
  let current = '(chunk)'
  let resume: string | null = null
  source.split('\n').forEach((text, i) => {
    const comment = /^\/\/ (\S+\.(?:[cm]?js|ts|vue)(?:\?\S*)?)$/.exec(text)
    const commonJs = /^var (?:import|require)_([\w$]+) = .*__commonJSMin\(/.exec(text)
    if (comment) {
      current = packageOrPath(comment[1])
      resume = null
      starts.push({ line: i, module: current })
    } else if (commonJs) {
      resume = current
      starts.push({ line: i, module: commonJs[1].replace(/\$\d+$/, '').replace(/_(?:min|js)$/, '') })
    } else if (resume !== null && text.startsWith('}')) {
      starts.push({ line: i + 1, module: resume })
      resume = null
    }
  })
  return (line) => {
    let lo = 0
    let hi = starts.length - 1
    let found = '(chunk)'
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (starts[mid].line <= line) {
        found = starts[mid].module
        lo = mid + 1
      } else hi = mid - 1
    }
    return found
  }
}

function packageOrPath(path: string): string {
  const clean = path.replace(/\?.*$/, '').replace(/^\\0/, '')
  const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(clean)
  return m ? m[1] : clean
}
