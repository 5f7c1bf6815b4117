/**
 * A bounded memo for pure functions of short strings. Reports repeat the same cells (" 0", the
 * national labels) thousands of times across a batch; remembering them keeps the CLI fast.
 * `undefined` results are remembered too (most lines are not a heading, most labels not a typo).
 */
const NONE = Symbol('none')

export function memoize<V>(limit: number, compute: (key: string) => V): (key: string) => V {
  const cache = new Map<string, V | typeof NONE>()
  return (key: string) => {
    const hit = cache.get(key)
    if (hit !== undefined) return (hit === NONE ? undefined : hit) as V
    const value = compute(key)
    if (cache.size >= limit) cache.clear()
    cache.set(key, value === undefined ? NONE : value)
    return value
  }
}
