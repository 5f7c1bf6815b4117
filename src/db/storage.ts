/**
 * Storage health: clear messages for quota and unavailable storage, persistence and usage.
 */

export function describeStorageError(e: unknown): string {
  const known = storageProblem(e)
  if (known) return known
  const message = e instanceof Error ? e.message : String(e)
  return `读写本地数据库出错：${message}`
}

/** A clear sentence for quota and unavailable-storage errors; null for any other error. */
export function storageProblem(e: unknown): string | null {
  // Dexie wraps the browser's errors (sometimes twice, e.g. in liveQuery): look at the whole chain.
  const names: string[] = []
  let node: unknown = e
  for (let depth = 0; node && typeof node === 'object' && depth < 4; depth++) {
    const o = node as { name?: unknown; message?: unknown; inner?: unknown }
    names.push(String(o.name ?? ''), String(o.message ?? ''))
    node = o.inner
  }
  const text = names.join(' ')
  if (/QuotaExceeded/.test(text)) {
    return '浏览器存储空间已满，本次写入未完成，已有数据没有丢失。请清理浏览器存储或删除不需要的数据后重试。'
  }
  if (/MissingAPIError|IndexedDB API missing|InvalidStateError|SecurityError|OpenFailedError/.test(text)) {
    return '无法使用浏览器本地存储（可能处于隐私/无痕模式或存储被禁用），数据无法保存。请使用普通窗口打开本页面。'
  }
  return null
}

/** Ask the browser to keep our data (not evict it under storage pressure). */
export async function requestPersistence(): Promise<boolean | null> {
  if (!navigator.storage?.persist) return null
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist())
  } catch {
    return null
  }
}

export async function storageUsage(): Promise<{ usage: number; quota: number } | null> {
  if (!navigator.storage?.estimate) return null
  try {
    const { usage = 0, quota = 0 } = await navigator.storage.estimate()
    return { usage, quota }
  } catch {
    return null
  }
}

/**
 * Run work on the database for a store's action: our own refusals (plain Errors) keep their words,
 * IndexedDB's and Dexie's failures are explained (storage full, unavailable, …) with the cause kept.
 */
export async function withStorageErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (e) {
    throw e instanceof Error && !('inner' in e) ? e : new Error(describeStorageError(e), { cause: e })
  }
}
