/**
 * Test helpers: the InputError a reader throws, or a clear test failure when it throws nothing
 * (or something else — any other error type is a bug, and is rethrown).
 */
import { InputError } from '../../src/domain/errors'

export function inputErrorOf(fn: () => unknown): InputError {
  try {
    fn()
  } catch (e) {
    if (e instanceof InputError) return e
    throw e
  }
  throw new Error('expected an InputError')
}

export async function inputRejectionOf(work: Promise<unknown> | (() => unknown)): Promise<InputError> {
  try {
    await (typeof work === 'function' ? work() : work)
  } catch (e) {
    if (e instanceof InputError) return e
    throw e
  }
  throw new Error('expected an InputError')
}
