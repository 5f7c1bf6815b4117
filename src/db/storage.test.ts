import { describe, expect, it } from 'vitest'
import { describeStorageError, storageProblem, withStorageErrors } from './storage'

describe('storage errors', () => {
  it('say plainly when the disk is full or storage is unavailable, however deeply wrapped', () => {
    expect(storageProblem({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toContain('存储空间已满')
    expect(storageProblem({ name: 'MissingAPIError', message: 'IndexedDB API missing' })).toContain('隐私/无痕模式')
    expect(storageProblem(new Error('MissingAPIError IndexedDB API missing. Please visit …'))).toContain(
      '隐私/无痕模式',
    )
    expect(storageProblem(new Error('something else'))).toBeNull()
    expect(describeStorageError(new Error('boom'))).toBe('读写本地数据库出错：boom')
  })

  it('a store action keeps its own refusal word for word and explains the database’s failure', async () => {
    await expect(withStorageErrors(() => Promise.reject(new Error('方案名称不能为空')))).rejects.toThrow(
      /^方案名称不能为空$/,
    )
    const full = Object.assign(new Error('Transaction aborted'), { inner: { name: 'QuotaExceededError' } })
    await expect(withStorageErrors(() => Promise.reject(full))).rejects.toThrow('存储空间已满')
    expect(await withStorageErrors(async () => 7)).toBe(7)
  })
})
