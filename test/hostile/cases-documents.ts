/**
 * Hostile cases: report documents (text, HTML with scripts or absurd nesting, Word zip and XML bombs).
 */
import { renderReportText } from '../../src/io/report/render-text'
import { makeDocx } from '../corpus/reports/make-docx'
import { fixtureReport } from '../unit/sample-reports'
import { bombDocx, file, once, ONE_DOCUMENT_XML, reportPageWithScripts, utf8, type HostileCase } from './make'

export const DOCUMENT_CASES: HostileCase[] = [
  // Documents
  {
    id: 'script-only-html',
    title: 'HTML page with <script> and no report',
    fileName: 'script-only.html',
    bytes: file('script-only.html'),
    reject: { message: /^未识别出年报表格/ },
    browser: true,
  },
  {
    id: 'report-html-scripts',
    title: 'report page with <script>, <style>, handlers: scripts dropped, report read',
    fileName: 'report-with-scripts.html',
    bytes: reportPageWithScripts,
    accept: { reports: 1 },
    browser: true,
  },
  {
    id: 'report-text-control-title',
    title: 'report text whose title (where the office name is read) holds a right-to-left override',
    fileName: 'rlo-title.txt',
    bytes: () => utf8(renderReportText({ ...fixtureReport(), office: '某区\u202e局育教' }, 'row-per-line')),
    reject: { message: /^机关名称含有控制字符.*（“某区\\u202e局育教”）；可用 --office 指定/ },
  },
  {
    id: 'deep-html',
    title: 'HTML nested 100,000 <div> deep, closed by unmatched tags',
    fileName: 'deep.html',
    bytes: once(() =>
      utf8(`<html><body>${'<div><table><tr><td>'.repeat(30_000)}年报${'</span>'.repeat(100_000)}</body></html>`),
    ),
    reject: { message: /^网页的标签嵌套超过 256 层/ },
  },
  {
    id: 'html-unmatched-closes',
    title: 'HTML nested just under the limit, then 500,000 closing tags that match nothing',
    fileName: 'unmatched.htm',
    bytes: once(() => utf8(`<html><body>${'<div>'.repeat(250)}年报${'</span>'.repeat(500_000)}</body></html>`)),
    reject: { message: /^未识别出年报表格/ },
  },
  {
    id: 'zip-bomb-docx',
    title: 'Word file that is a ZIP bomb (200 MB in a few hundred KB, sizes declared)',
    fileName: 'bomb.docx',
    bytes: once(() => bombDocx((real) => real)),
    reject: { message: /压缩炸弹/ },
    browser: true,
  },
  {
    id: 'zip-bomb-docx-lying',
    title: 'Word file that is a ZIP bomb whose directory lies about the sizes',
    fileName: 'bomb-lying.docx',
    bytes: once(() => bombDocx((_real, compressed) => compressed * 2)),
    reject: { message: /压缩炸弹/ },
  },
  {
    id: 'xml-bomb-docx',
    title: 'Word file with an XML entity bomb ("billion laughs")',
    fileName: 'laughs.docx',
    bytes: () => {
      const entities = [
        '<!ENTITY a0 "哈哈哈哈哈哈哈哈哈哈">',
        ...Array.from({ length: 9 }, (_, i) => `<!ENTITY a${i + 1} "${`&a${i};`.repeat(10)}">`),
      ]
      const xml = `<?xml version="1.0"?><!DOCTYPE w:document [${entities.join('')}]>${ONE_DOCUMENT_XML('<w:p><w:r><w:t>&a9;</w:t></w:r></w:p>').replace(/^<\?xml[^>]*>/, '')}`
      return makeDocx(xml)
    },
    reject: { message: /未识别出年报表格|Word 文件/ },
  },
  {
    id: 'docx-not-zip',
    title: 'a text file renamed .docx',
    fileName: 'fake.docx',
    bytes: () => utf8('office,year\n某局,2024\n'),
    reject: { message: /不是有效的 Word 文件（\.docx）：不是 ZIP 格式/ },
  },
]
