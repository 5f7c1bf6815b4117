import { describe, expect, it } from 'vitest'
import { formatProblem, InputError, MAX_KEPT_PROBLEMS, shorten } from './errors'

describe('InputError', () => {
  it('keeps the first problems, shortened, and says how many more there are', () => {
    const problems = Array.from({ length: 100_000 }, (_, i) => ({
      line: 1,
      cell: `未知列${i + 1}${'长'.repeat(1000)}`,
      message: '无法识别的列名',
      value: 'x'.repeat(10_000),
    }))
    const e = new InputError('表头有问题（100000 处），未导入任何报告', { file: 'a.csv', problems })
    expect(e.problemCount).toBe(100_000)
    expect(e.problems).toHaveLength(MAX_KEPT_PROBLEMS)
    expect(e.problems[0].cell!.length).toBeLessThanOrEqual(61)
    const text = e.describe()
    expect(text.split('\n')).toHaveLength(1 + 50 + 1)
    expect(text.endsWith('  ……另有 99950 处问题')).toBe(true)
    expect(text.length).toBeLessThan(15_000)
  })

  it('lists every problem when there are few, as before', () => {
    const e = new InputError('有 2 处问题，未导入任何报告', {
      file: 'b.csv',
      problems: [
        { line: 2, cell: 'office', message: '缺少机关名称' },
        { line: 3, message: 'x' },
      ],
    })
    expect(e.describe()).toBe('b.csv: 有 2 处问题，未导入任何报告\n  第 2 行，“office”列：缺少机关名称\n  第 3 行：x')
  })
})

describe('shorten', () => {
  it('describes objects and arrays without serialising them (they may be nested a million deep)', () => {
    let deep: unknown[] = []
    for (let i = 0; i < 1_000_000; i++) deep = [deep]
    expect(shorten(deep)).toBe('[…]（数组，1 项）')
    expect(shorten({ a: 1 })).toBe('{…}（对象）')
    expect(shorten(true)).toBe('true')
    expect(shorten('长'.repeat(100), 3)).toBe('长长长…')
  })

  it('bounds the cell and value of a problem written by hand, too', () => {
    expect(formatProblem({ cell: 'c'.repeat(1000), message: 'm', value: 'v'.repeat(1000) }).length).toBeLessThan(200)
  })
})
