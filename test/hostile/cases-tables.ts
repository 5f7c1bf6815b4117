/**
 * Hostile cases: CSV structure (quotes, line ends, duplicates, numbers, years, names) and JSON.
 */
import { file, once, utf8, wideCsv, type HostileCase } from './make'

export const TABLE_CASES: HostileCase[] = [
  // CSV structure
  {
    id: 'unclosed-quote',
    title: 'quotes never closed',
    fileName: 'unclosed-quote.csv',
    bytes: file('unclosed-quote.csv'),
    reject: { message: /CSV 格式有误/, problems: [/第 3 行：引号没有闭合/] },
    browser: true,
  },
  {
    id: 'cr-only',
    title: 'CR-only line ends (old Mac Excel)',
    fileName: 'cr-only.csv',
    bytes: () => utf8(wideCsv(['某区教育局,某区,2024,1,1', '某区司法局,某区,2024,2,2']).replace(/\n/g, '\r')),
    accept: { reports: 2 },
  },
  {
    id: 'cr-only-error-line',
    title: 'CR-only line ends: an error still names the right line',
    fileName: 'cr-only-bad.csv',
    bytes: () => utf8(wideCsv(['某区教育局,某区,2024,1,1', '某区司法局,某区,2024,x,2']).replace(/\n/g, '\r')),
    reject: { message: /有 1 处问题/, problems: [/第 3 行/] },
  },
  {
    id: 'duplicate-rows',
    title: 'the same (office, year) twice in one file with different numbers',
    fileName: 'duplicate-rows.csv',
    bytes: file('duplicate-rows.csv'),
    reject: {
      message: /有 1 处问题/,
      problems: [/第 4 行：与第 2 行是同一机关同一年度（某区教育局 2024 年），但数据不同/],
    },
    browser: true,
  },
  {
    id: 'duplicate-rows-long',
    title: 'the same cell twice in a long CSV with different values',
    fileName: 'duplicate-long.csv',
    bytes: () => utf8('office,year,field,value\n某局,2024,review.total,1\n某局,2024,review.total,2\n'),
    reject: { message: /有 1 处问题/, problems: [/第 3 行.*与第 2 行是同一机关、同一年度的同一项，但值不同/] },
  },
  {
    id: 'duplicate-reports-json',
    title: 'the same (office, year) twice in one JSON with different numbers',
    fileName: 'duplicate.json',
    bytes: () =>
      utf8(
        JSON.stringify([
          { office: '某局', year: 2024, review: { total: 1 } },
          { office: '某局', year: 2024, review: { total: 2 } },
        ]),
      ),
    reject: { message: /有 1 处问题/, problems: [/与第 1 份报告是同一机关同一年度（某局 2024 年），但数据不同/] },
  },
  {
    id: 'numbers',
    title: 'negative, fractional, exponent (1e9), hex and huge numbers in count cells',
    fileName: 'numbers.csv',
    bytes: file('numbers.csv'),
    reject: {
      message: /有 6 处问题/,
      problems: [
        /第 2 行.*“-5”为负数/,
        /第 3 行.*“1\.5”不是整数/,
        /第 4 行.*“1e9”不是数字/,
        /第 5 行.*“0x1F”不是数字/,
        /第 6 行.*超出可精确表示的范围/,
      ],
    },
  },
  {
    id: 'years',
    title: 'years 0, 1900 and 3000',
    fileName: 'years.csv',
    bytes: file('years.csv'),
    reject: {
      message: /有 3 处问题/,
      problems: [
        /第 2 行，“year”列：年度应为四位整数（值：0）/,
        /第 3 行，“year”列：年度超出范围（2008–2100）（值：1900）/,
        /第 4 行，“year”列：年度超出范围.*3000/,
      ],
    },
  },
  {
    id: 'control-characters',
    title: 'control and right-to-left override characters in an office name',
    fileName: 'control.csv',
    bytes: () => utf8(wideCsv(['某区\u202e局育教,某区,2024,1,1', '某区\u0007司法局,某区,2024,1,1'])),
    reject: {
      message: /有 2 处问题/,
      problems: [/第 2 行，“office”列：机关名称含有控制字符/, /第 3 行，“office”列：机关名称含有控制字符/],
    },
  },
  {
    id: 'nul-in-long-key',
    title: 'a NUL inside an office name of a long CSV (after the first 8 KB) cannot move data to another year',
    fileName: 'nul-long.csv',
    bytes: () => {
      const filler = Array.from({ length: 400 }, (_, i) => `填充机关${i},2024,review.total,1`).join('\n')
      return utf8(`office,year,field,value\n${filler}\n某局\u00002023,2024,review.total,5\n`)
    },
    reject: { message: /有 1 处问题/, problems: [/第 402 行.*机关名称含有控制字符/] },
  },

  // JSON
  {
    id: 'proto-json',
    title: 'JSON with __proto__ and constructor keys (in reports)',
    fileName: 'proto.json',
    bytes: file('proto.json'),
    reject: {
      message: /处问题/,
      problems: [/“__proto__”列：.*未知的字段/, /“constructor”列：.*未知的字段/, /“requests\.__proto__\.natural”列/],
    },
    browser: true,
  },
  {
    id: 'proto-json-document',
    title: 'JSON with __proto__ and constructor keys (document level, ignored)',
    fileName: 'proto-document.json',
    bytes: file('proto-document.json'),
    accept: { reports: 1 },
  },
  {
    id: 'deep-json',
    title: 'JSON nested 10,000 deep inside a report',
    fileName: 'deep.json',
    bytes: () =>
      utf8(
        `{"format":"disclosure-report","version":1,"reports":[{"office":"某局","year":2024,"requests":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}]}`,
      ),
    reject: { message: /有 1 处问题/, problems: [/嵌套层级超出报告格式/] },
  },
  {
    id: 'deep-json-root',
    title: 'JSON nested 1,000,000 deep (arrays at the root)',
    fileName: 'deep-root.json',
    bytes: once(() => utf8(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`)),
    reject: { message: /^JSON 的括号嵌套超过 20000 层/ },
  },
  {
    id: 'deep-json-value',
    title: 'JSON nested 1,000,000 deep as a field value',
    fileName: 'deep-value.json',
    bytes: once(() =>
      utf8(`{"reports":[{"office":"某局","year":2024,"officeKind":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}]}`),
    ),
    reject: { message: /^JSON 的括号嵌套超过 20000 层/ },
  },
  {
    id: 'json-wrong-types',
    title: 'objects, arrays and booleans where identity text belongs (not taken as blank)',
    fileName: 'wrong-types.json',
    bytes: () =>
      utf8(
        JSON.stringify({
          office: '某局',
          year: 2024,
          region: { 名称: '某区' },
          officeKind: ['部门'],
          publishedAt: true,
        }),
      ),
    reject: {
      message: /有 3 处问题/,
      problems: [
        /“region”列：.*所属地区应为文字（值：\{…\}（对象））/,
        /“officeKind”列：.*机关类型应为文字（值：\[…\]（数组，1 项））/,
        /“publishedAt”列：.*发布日期应为文字（值：true）/,
      ],
    },
  },
  {
    id: 'json-many-reports-bad',
    title: '100,000 reports in a JSON, every one wrong',
    fileName: 'bad-reports.json',
    bytes: once(() =>
      utf8(JSON.stringify(Array.from({ length: 100_000 }, (_, i) => ({ office: `机关${i}`, year: 1999 })))),
    ),
    reject: {
      message: /^问题过多：读到第 10001 份报告时已有 10000 处问题，后面不再检查/,
      problems: [/“year”列：第 1 份报告（机关0 1999）：年度超出范围（2008–2100）（值：1999）/],
    },
  },
  {
    id: 'numbers-as-strings',
    title: 'numbers as strings ("12") in count cells: read as numbers, like CSV',
    fileName: 'numbers-as-strings.json',
    bytes: file('numbers-as-strings.json'),
    accept: { reports: 1 },
  },
  {
    id: 'number-strings-bad',
    title: 'non-numbers as strings ("1e9", "0x10", "-3") in JSON count cells',
    fileName: 'strings-bad.json',
    bytes: () =>
      utf8(
        JSON.stringify({
          office: '某局',
          year: 2024,
          review: { upheld: '1e9', corrected: '0x10', other: '-3', pending: 1.5, total: 99999999999999999999 },
        }),
      ),
    reject: { message: /有 5 处问题/ },
  },
  {
    id: 'json-bom',
    title: 'JSON with a BOM (and a second BOM)',
    fileName: 'bom.json',
    bytes: () =>
      utf8(
        `\ufeff\ufeff${JSON.stringify({ format: 'disclosure-report', version: 1, reports: [{ office: '某局', year: 2024 }] })}`,
      ),
    accept: { reports: 1 },
  },
  {
    id: 'json-truncated',
    title: 'JSON cut off in the middle',
    fileName: 'truncated.json',
    bytes: () => utf8('{"format":"disclosure-report","version":1,"reports":[{"office":"某局","year":20'),
    reject: { message: /不是有效的 JSON 文件/, problems: [/文件在这里意外结束/] },
  },
]
