/**
 * Inflating a stream of unknown honesty (a ZIP entry of a Word file, a PDF stream) without ever
 * holding more than `limit` bytes of it: the data is fed in small pieces so the inflater never
 * runs far ahead of the count (one piece of a bomb inflates to at most ~1,000 times its size), and
 * reading stops just past the limit. A damaged stream gives what inflated before the damage.
 */

export interface Inflated {
  /** Bytes inflated, counting no further than just past the limit. */
  size: number
  /** The inflated bytes, when asked for and within the limit. */
  bytes?: Uint8Array
}

const PIECE = 16 * 1024

export async function inflateCapped(
  data: Uint8Array,
  format: 'deflate' | 'deflate-raw',
  limit: number,
  keep = false,
): Promise<Inflated> {
  let at = 0
  const source = new ReadableStream<BufferSource>(
    {
      pull(controller) {
        if (at >= data.length) controller.close()
        else {
          controller.enqueue(data.slice(at, at + PIECE))
          at += PIECE
        }
      },
    },
    { highWaterMark: 0 },
  )
  const reader = source.pipeThrough(new DecompressionStream(format)).getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > limit) {
        reader.cancel().catch(() => {})
        return { size }
      }
      if (keep) chunks.push(value)
    }
  } catch {
    // Damaged (or no deflate data at all): what inflated so far counts.
  }
  if (!keep) return { size }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const c of chunks) {
    bytes.set(c, offset)
    offset += c.length
  }
  return { size, bytes }
}
