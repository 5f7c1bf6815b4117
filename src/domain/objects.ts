/** Telling data objects apart in values that came from a file (parsed JSON, a backup). */

/** A plain object: not null, not an array. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

/** Does the object have this key itself (not through its prototype, whatever the key is)? */
export function own(o: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, key)
}
