/**
 * Storage health: clear messages for quota and unavailable storage, persistence and usage.
 */

export function describeStorageError(e: unknown): string {
  const name = e && typeof e === 'object' && 'name' in e ? String((e as { name: unknown }).name) : ''
  const inner = e && typeof e === 'object' && 'inner' in e ? (e as { inner: unknown }).inner : undefined
  const innerName = inner && typeof inner === 'object' && 'name' in inner ? String((inner as { name: unknown }).name) : ''
  if (name === 'QuotaExceededError' || innerName === 'QuotaExceededError') {
    return '浏览器存储空间已满，本次写入未完成，已有数据没有丢失。请清理浏览器存储或删除不需要的数据后重试。'
  }
  if (name === 'MissingAPIError' || name === 'InvalidStateError' || name === 'SecurityError' || name === 'OpenFailedError') {
    return '无法使用浏览器本地存储（可能处于隐私/无痕模式或存储被禁用），数据无法保存。请使用普通窗口打开本页面。'
  }
  const message = e instanceof Error ? e.message : String(e)
  return `读写本地数据库出错：${message}`
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
