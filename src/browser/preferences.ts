/**
 * Small settings remembered on this computer (localStorage), never data: the last comparison, the
 * issuing agency's name. In private mode or with storage blocked, nothing is remembered and nothing fails.
 */

/** The value stored under `key` if it parses and passes `valid`, else `fallback`. */
export function readPreference<T>(key: string, fallback: T, valid: (v: unknown) => v is T): T {
  try {
    const text = localStorage.getItem(key)
    if (text === null) return fallback
    const value: unknown = JSON.parse(text)
    return valid(value) ? value : fallback
  } catch {
    return fallback
  }
}

export function writePreference(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value))
  } catch {
    // private mode: nothing remembered
  }
}
