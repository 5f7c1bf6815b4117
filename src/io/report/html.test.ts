import { describe, expect, it } from 'vitest'
import { withReport } from '../../../test/unit/sample-reports'
import { InputError } from '../../domain/errors'
import { htmlToCellText, MAX_HTML_DEPTH } from './html'
import { parseReportHtml } from './index'

describe('htmlToCellText', () => {
  it('writes one cell per line, spans once, blank cells (&nbsp;) in place, rows ended by an empty line', () => {
    const html =
      '<table><tr><td rowspan="2">（三）不予公开</td><td>1.属于国家秘密</td><td>&nbsp;</td><td><p><span>1</span></p></td></tr><tr><td>2.其他</td><td colspan="2">0</td></tr></table>'
    expect(htmlToCellText(html).split('\n')).toEqual([
      '\t（三）不予公开',
      '\t1.属于国家秘密',
      '\t',
      '\t1',
      '',
      '\t2.其他',
      '\t0',
      '',
      '',
    ])
  })

  it('joins a cell broken by <br> or <p>, and keeps paragraphs outside tables as lines', () => {
    const html =
      '<p>一、总体情况</p><p>&nbsp;&nbsp;2023年，我局\n  持续推进<span>政务公开</span>。</p><table><tr><td>商业<br>企业</td><td><p>结果</p><p>维持</p></td></tr></table>'
    expect(htmlToCellText(html).split('\n')).toEqual([
      '一、总体情况',
      '2023年，我局持续推进政务公开。',
      '\t商业企业',
      '\t结果维持',
      '',
      '',
    ])
  })

  it('reads Word-exported HTML (MsoNormal, <o:p>) and skips scripts, styles and conditional comments', () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><title>标题</title><style>p.MsoNormal{margin:0}</style>
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>x</o:Author></o:DocumentProperties></xml><![endif]--></head>
<body><p class=MsoNormal><span lang=EN-US>2020</span><span>年报告<o:p></o:p></span></p><script>document.write("<td>9</td>")</script>
<table class=MsoNormalTable><tr><td width=80><p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p></td><td><p class=MsoNormal><span lang=EN-US>12<o:p></o:p></span></p></td></tr></table></body></html>`
    expect(htmlToCellText(html).split('\n')).toEqual(['标题', '2020年报告', '\t', '\t12', '', ''])
  })

  it('reads a layout table that holds the report tables as plain blocks', () => {
    const html = '<table><tr><td><h1>标题</h1><table><tr><td>规章</td><td>0</td></tr></table></td></tr></table>'
    expect(htmlToCellText(html).split('\n')).toEqual(['标题', '\t规章', '\t0', '', ''])
  })
})

describe('parseReportHtml', () => {
  it('reads a table 三 split into two <table>s with the header repeated in the second', async () => {
    const { report, findings } = withReport(await parseReportHtml(splitTablePage(), { office: '某区司法局' }))
    expect(report).toMatchObject({ office: '某区司法局', year: 2023, template: '2021' })
    expect(report.requests.received).toEqual({
      natural: 5,
      business: 1,
      research: null,
      nonprofit: 0,
      legal: 0,
      otherOrg: 0,
      total: 6,
    })
    expect(report.requests.total?.total).toBe(0)
    expect(report.requests.carriedForward?.total).toBe(7)
    expect(report.review.total).toBe(0)
    // The page prints no table 二: every item is reported missing, none silently left blank.
    expect(findings.map((f) => [f.rule, f.field])).toEqual(
      ['regulations', 'normativeDocuments', 'licensing', 'penalty', 'coercion', 'fees'].map((k) => [
        'parse-incomplete',
        `proactive.${k}`,
      ]),
    )
  })

  function splitTablePage(): string {
    const head =
      '<tr><td colspan="3" rowspan="3">（本列数据的勾稽关系为：…）</td><td colspan="7">申请人情况</td></tr><tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr><tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>'
    const row = (label: string, vals: string[]) =>
      `<tr><td>${label}</td>${vals.map((v) => `<td>${v}</td>`).join('')}</tr>`
    const z = ['0', '0', '0', '0', '0', '0', '0']
    const rows1 = [
      row('一、本年新收政府信息公开申请数量', ['5', '1', '', '0', '0', '0', '6']),
      row('二、上年结转政府信息公开申请数量', z),
      row('（一）予以公开', z),
      row('（二）部分公开', z),
      ...[
        '1.属于国家秘密',
        '2.其他法律行政法规禁止公开',
        '3.危及“三安全一稳定”',
        '4.保护第三方合法权益',
        '5.属于三类内部事务信息',
        '6.属于四类过程性信息',
        '7.属于行政执法案卷',
        '8.属于行政查询事项',
      ].map((l) => row(l, z)),
    ]
    const rows2 = [
      ...[
        '1.本机关不掌握相关政府信息',
        '2.没有现成信息需要另行制作',
        '3.补正后申请内容仍不明确',
        '1.信访举报投诉类申请',
        '2.重复申请',
        '3.要求提供公开出版物',
        '4.无正当理由大量反复申请',
        '5.要求行政机关确认或重新出具已获取信息',
      ].map((l) => row(l, z)),
      row('1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', z),
      row('2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', z),
      row('3.其他', z),
      row('（七）总计', z),
      row('四、结转下年度继续办理', ['5', '1', '', '0', '0', '0', '7']),
    ]
    const disputes =
      '<table><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr><tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr><tr>' +
      '<td>0</td>'.repeat(15) +
      '</tr></table>'
    return `<h1>某区司法局2023年政府信息公开工作年度报告</h1><p>三、收到和处理政府信息公开申请情况</p><table>${head}${rows1.join('')}</table><p>&nbsp;</p><table>${head}${rows2.join('')}</table><p>四、政府信息公开行政复议、行政诉讼情况</p>${disputes}`
  }

  it('refuses a page nested deeper than any real one (htmlparser2 would take minutes), naming the file', () => {
    const deep = `${'<div>'.repeat(100_000)}年报`
    let error: unknown
    try {
      htmlToCellText(deep, '恶意.html')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(InputError)
    expect((error as InputError).describe()).toBe(
      `恶意.html: 网页的标签嵌套超过 ${MAX_HTML_DEPTH} 层，不像正常的年报网页（文件可能已损坏或是恶意构造的），未导入`,
    )
    // Just under the limit still reads.
    expect(htmlToCellText(`${'<div>'.repeat(MAX_HTML_DEPTH - 10)}年报`)).toBe('年报')
  })
})
