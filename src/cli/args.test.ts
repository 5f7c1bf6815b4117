import { describe, expect, it } from 'vitest'
import { parseArgs, UsageError } from './args'

const usageError = (argv: string[]) => {
  try {
    parseArgs(argv)
  } catch (e) {
    if (e instanceof UsageError) return e.message
    throw e
  }
  throw new Error('expected a UsageError')
}

describe('parseArgs', () => {
  it('reads score with its scheme file, and refuses --scheme elsewhere', () => {
    expect(parseArgs(['score', '--scheme', '方案.json', '--year', '2024', 'a.csv'])).toEqual({
      command: 'score',
      options: { scheme: '方案.json', year: 2024 },
      files: ['a.csv'],
    })
    expect(parseArgs(['score', 'a.csv'])).toEqual({ command: 'score', options: {}, files: ['a.csv'] })
    expect(usageError(['check', '--scheme', 's.json', 'a.csv'])).toBe('check 命令不接受 --scheme')
    expect(usageError(['score', '--scheme', 'a.csv'])).toBe('缺少输入文件')
  })

  it('reads the commands and flags of SPEC §5, in both --flag value and --flag=value forms', () => {
    expect(parseArgs(['convert', '--office', '区国动办', '--region=某区', '--year', '2024', 'a.txt', 'b.csv'])).toEqual(
      {
        command: 'convert',
        options: { office: '区国动办', region: '某区', year: 2024 },
        files: ['a.txt', 'b.csv'],
      },
    )
    expect(parseArgs(['export', '--format', 'long-csv', '--headers', 'zh', '--encoding', 'GB18030', 'a.json'])).toEqual(
      {
        command: 'export',
        options: { format: 'long-csv', headers: 'zh', encoding: 'gb18030' },
        files: ['a.json'],
      },
    )
    expect(parseArgs(['export', '--format=csv', '--bom', '--', '--odd-name.csv'])).toMatchObject({
      options: { bom: true },
      files: ['--odd-name.csv'],
    })
    expect(parseArgs(['--help'])).toEqual({ command: 'help' })
    expect(parseArgs(['check', '-h'])).toEqual({ command: 'help' })
  })

  it('refuses what it does not know, saying what is wrong', () => {
    expect(usageError([])).toContain('缺少命令')
    expect(usageError(['import', 'a.csv'])).toContain('未知的命令“import”')
    expect(usageError(['convert', '--verbose', 'a.csv'])).toContain('未知的参数“--verbose”')
    expect(usageError(['convert', '--format', 'csv', 'a.csv'])).toContain('convert 命令不接受 --format')
    expect(usageError(['convert'])).toContain('缺少输入文件')
    expect(usageError(['convert', '--year', '24', 'a.csv'])).toContain('--year')
    expect(usageError(['convert', '--office'])).toContain('--office 缺少值')
    expect(usageError(['export', 'a.csv'])).toContain('--format')
    expect(usageError(['export', '--format', 'xlsx', 'a.csv'])).toContain('csv 或 long-csv 或 json')
    expect(usageError(['export', '--format', 'json', '--headers', 'zh', 'a.csv'])).toContain('只用于 CSV')
    expect(usageError(['export', '--format', 'csv', '--encoding', 'gb18030', '--bom', 'a.csv'])).toContain(
      '--bom 只用于 UTF-8',
    )
    expect(usageError(['convert', '--year', '2024', '--year', '2023', 'a.csv'])).toContain('只能给出一次')
  })
})
