/**
 * Hostile cases: empty files, binary files, broken and mixed encodings, sizes.
 */
import iconv from 'iconv-lite'
import { makeDocx } from '../corpus/reports/make-docx'
import {
  BIG_CSV_BYTES,
  bigCsv,
  concat,
  file,
  once,
  PNG,
  pseudoRandomBytes,
  utf8,
  wideCsv,
  type HostileCase,
} from './make'

export const FILE_CASES: HostileCase[] = [
  // Empty and near-empty
  {
    id: 'empty-csv',
    title: 'empty file (0 bytes)',
    fileName: 'empty.csv',
    bytes: () => new Uint8Array(0),
    reject: { message: /^文件是空的/ },
  },
  {
    id: 'empty-json',
    title: 'empty JSON (only spaces and line ends)',
    fileName: 'empty.json',
    bytes: () => utf8(' \r\n\t\n'),
    reject: { message: /^文件是空的/ },
  },
  {
    id: 'empty-docx',
    title: 'empty Word file',
    fileName: 'empty.docx',
    bytes: () => new Uint8Array(0),
    reject: { message: /^文件是空的/ },
  },
  {
    id: 'header-only',
    title: 'only a header (keys)',
    fileName: 'header-only.csv',
    bytes: file('header-only.csv'),
    reject: { message: /只有表头/ },
  },
  {
    id: 'header-only-zh',
    title: 'only a header (Chinese, BOM, CRLF)',
    fileName: 'header-only-zh.csv',
    bytes: file('header-only-zh.csv'),
    reject: { message: /只有表头/ },
  },

  // Binary and encodings
  {
    id: 'png-as-csv',
    title: 'PNG image renamed .csv',
    fileName: 'photo.csv',
    bytes: () => PNG,
    reject: { message: /不是文本文件（看起来是 PNG 图片）/ },
    browser: true,
  },
  {
    id: 'zip-as-csv',
    title: 'ZIP (an Excel workbook) renamed .csv',
    fileName: 'workbook.csv',
    bytes: () => makeDocx('<w:document/>'),
    reject: { message: /不是文本文件（看起来是 ZIP 压缩包/ },
  },
  {
    id: 'png-as-json',
    title: 'PNG image renamed .json',
    fileName: 'photo.json',
    bytes: () => PNG,
    reject: { message: /看起来是 PNG 图片/ },
  },
  {
    id: 'png-as-html',
    title: 'PNG image renamed .html',
    fileName: 'photo.html',
    bytes: () => PNG,
    reject: { message: /看起来是 PNG 图片/ },
  },
  {
    id: 'random-binary',
    title: 'random bytes (no known signature)',
    fileName: 'noise.csv',
    bytes: () => pseudoRandomBytes(64 * 1024, 7),
    reject: { message: /不是文本文件（含有二进制数据）/ },
  },
  {
    id: 'random-high-bytes',
    title: 'random bytes ≥ 0x80, no NUL (decodes as GB18030 noise)',
    fileName: 'noise-high.csv',
    bytes: () => pseudoRandomBytes(64 * 1024, 11, 0x80, 0xff),
    reject: { message: /编码|列名|表头/ },
  },
  {
    id: 'utf16-csv',
    title: 'UTF-16 text (Excel "Unicode text")',
    fileName: 'unicode.csv',
    bytes: () =>
      concat([Uint8Array.of(0xff, 0xfe), new Uint8Array(Buffer.from(wideCsv(['某局,某区,2024,1,1']), 'utf16le'))]),
    reject: { message: /UTF-16/ },
  },
  {
    id: 'invalid-utf8',
    title: 'UTF-8 with a byte that is neither UTF-8 nor GB18030 (0xFF)',
    fileName: 'broken-byte.csv',
    bytes: () =>
      concat([
        utf8(wideCsv(['某区教育局,某区,2024,1,1'])),
        utf8('某区司法局'),
        Uint8Array.of(0xff),
        utf8(',某区,2024,2,2\n'),
      ]),
    reject: { message: /^文件大部分是 UTF-8 编码，但有 1 行不是/, problems: [/第 3 行：这一行不是 UTF-8 编码/] },
  },
  {
    id: 'stray-byte-utf8',
    title: 'UTF-8 with one stray byte that GB18030 would accept (0x80): must not become mojibake',
    fileName: 'stray-byte.csv',
    bytes: () =>
      concat([
        utf8(wideCsv(['某区教育局,某区,2024,1,1'])),
        utf8('某区司法局'),
        Uint8Array.of(0x80),
        utf8(',某区,2024,2,2\n'),
      ]),
    reject: { message: /编码/, problems: [/第 3 行/] },
  },
  {
    id: 'mixed-encodings',
    title: 'mixed encodings: UTF-8 rows and GBK rows in one file',
    fileName: 'mixed.csv',
    bytes: () =>
      concat([
        utf8(wideCsv(['某区教育局,某区,2024,1,1', '某区卫生健康委员会,某区,2024,3,3'])),
        new Uint8Array(iconv.encode('某区司法局,某区,2024,2,2\n', 'gbk')),
      ]),
    reject: { message: /编码/, problems: [/第 4 行/] },
    browser: true,
  },
  {
    id: 'mixed-encodings-mostly-gbk',
    title: 'mixed encodings: a GBK file with one UTF-8 row pasted in',
    fileName: 'mixed-gbk.csv',
    bytes: () =>
      concat([
        new Uint8Array(
          iconv.encode(
            wideCsv(['某区教育局,某区,2024,1,1', '某区司法局,某区,2024,2,2', '某区财政局,某区,2024,3,3']),
            'gbk',
          ),
        ),
        utf8('某区卫生健康委员会,某区,2024,4,4\n'),
      ]),
    reject: {
      message: /^文件大部分是 GBK（GB18030）编码，但有 1 行是 UTF-8 编码/,
      problems: [/第 5 行：这一行是 UTF-8 编码/],
    },
  },
  {
    id: 'gbk-valid',
    title: 'control: a whole GBK file (what Chinese Excel writes) still reads',
    fileName: 'gbk.csv',
    bytes: () =>
      new Uint8Array(
        iconv.encode(
          wideCsv(
            ['某区教育局,某区,2024,1,1', '某区人力资源和社会保障局,某区,2024,2,2'],
            '机关名称,所属地区,年度,本年新收政府信息公开申请数量-自然人,本年新收政府信息公开申请数量-总计',
          ),
          'gbk',
        ),
      ),
    accept: { reports: 2 },
  },

  // Size
  {
    id: 'csv-50mb',
    title: '50 MB CSV, valid (≈25,000 reports, padded numbers)',
    fileName: 'province-50mb.csv',
    bytes: once(() => bigCsv(BIG_CSV_BYTES)),
    accept: { reports: -1 },
    browser: true,
  },
  {
    id: 'columns-100k',
    title: 'CSV with 100,000 unknown columns',
    fileName: 'columns-100k.csv',
    bytes: once(() => {
      const names = Array.from({ length: 100_000 }, (_, i) => `未知列${i + 1}`)
      return utf8(`office,year,${names.join(',')}\n某局,2024,${names.map(() => '1').join(',')}\n`)
    }),
    reject: { message: /^表头有问题（100000 处）/, problems: [/“未知列1”列：无法识别的列名/] },
  },
  {
    id: 'columns-100k-duplicate',
    title: 'CSV with the same known column 100,000 times',
    fileName: 'columns-dup.csv',
    bytes: once(() => utf8(`office,year${',requests.received.total'.repeat(100_000)}\n`)),
    reject: { message: /^表头有问题（99999 处）/, problems: [/与“requests\.received\.total”列是同一项/] },
  },
  {
    id: 'cell-10mb-name',
    title: 'a 10 MB cell (office name)',
    fileName: 'cell-10mb.csv',
    bytes: once(() => utf8(wideCsv([`${'某'.repeat((10 * 1024 * 1024) / 3)},某区,2024,1,1`]))),
    reject: { message: /有 1 处问题/, problems: [/第 2 行，“office”列：机关名称过长/] },
  },
  {
    id: 'cell-10mb-number',
    title: 'a 10 MB cell (digits in a count cell)',
    fileName: 'cell-10mb-number.csv',
    bytes: once(() => utf8(wideCsv([`某局,某区,2024,${'9'.repeat(10 * 1024 * 1024)},1`]))),
    reject: { message: /有 1 处问题/, problems: [/第 2 行，“requests\.received\.natural”列：.*超出可精确表示的范围/] },
  },
  {
    id: 'cell-10mb-header',
    title: 'a 10 MB header cell',
    fileName: 'header-10mb.csv',
    bytes: once(() => utf8(`office,year,${'列'.repeat((10 * 1024 * 1024) / 3)}\n某局,2024,1\n`)),
    reject: { message: /^表头有问题（1 处）/, problems: [/无法识别的列名/] },
  },
  {
    id: 'long-line-txt',
    title: 'a 10 MB single-line .txt',
    fileName: 'one-line.txt',
    bytes: once(() => utf8('年报'.repeat((5 * 1024 * 1024) / 3))),
    reject: { message: /^未识别出年报表格/ },
  },
  {
    id: 'many-lines-txt',
    title: 'a .txt of 1,000,000 short lines',
    fileName: 'many-lines.txt',
    bytes: once(() => utf8('一、\n2\n'.repeat(500_000))),
    reject: { message: /^未识别出年报表格/ },
  },
  {
    id: 'many-bad-rows',
    title: '200,000 rows, every one wrong (the message stays short)',
    fileName: 'bad-rows.csv',
    bytes: once(() => utf8(wideCsv(Array.from({ length: 200_000 }, (_, i) => `机关${i},某区,2024,x,1`)))),
    reject: {
      message: /^问题过多：读到第 10002 行时已有 10000 处问题，后面不再检查/,
      problems: [/第 2 行，“requests\.received\.natural”列：“x”不是数字/],
    },
  },
  {
    id: 'many-tiny-rows',
    title: '300,000 tiny valid rows (each would become a whole report in memory)',
    fileName: 'tiny-rows.csv',
    bytes: once(() => utf8(`office,year\n${Array.from({ length: 300_000 }, (_, i) => `机关${i},2024`).join('\n')}\n`)),
    reject: { message: /^文件中的报告超过 100000 份/ },
  },
  {
    id: 'repeated-rows',
    title: 'one valid row repeated 150,000 times',
    fileName: 'repeated.csv',
    bytes: once(() => utf8(wideCsv(Array.from({ length: 150_000 }, () => '某区教育局,某区,2024,1,1')))),
    reject: { message: /^文件中的报告超过 100000 份/ },
  },
  {
    id: 'label-many-numbers',
    title: 'report text: a label followed by a million numbers on one line',
    fileName: 'many-numbers.txt',
    bytes: once(() => utf8(`本年新收政府信息公开申请数量 ${'1 '.repeat(1_000_000)}`)),
    reject: { message: /^表三（收到和处理政府信息公开申请情况）不完整/ },
  },
]
