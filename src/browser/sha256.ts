/**
 * SHA-256 as lowercase hex, through Web Crypto (the page, the import worker, and Node ≥ 20 all
 * have it): the fingerprint of an imported file and of the published data's manifest.
 */
export async function sha256Hex(data: ArrayBuffer | Uint8Array<ArrayBuffer> | string): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
  const digest = await crypto.subtle.digest('SHA-256', bytes)
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}
