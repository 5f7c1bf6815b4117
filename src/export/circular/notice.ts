/**
 * The rectification notice (整改通知) to one office: its score under the scheme, every problem
 * found in its report of the year (rule, cell, message), and what to do by when. Built from the
 * same input as the circular, so the two never disagree.
 */
import { rectificationRows } from '../../analysis/rectification'
import { chineseDate, formatScore, type DocParagraph, type OfficialDocument } from './document'
import { circularFigures, deductionsText, type CircularInput } from './model'
import { translator } from '../../i18n/translate'
import type { Finding } from '../../domain/types'

export interface NoticeModel extends OfficialDocument {
  office: string
  year: number
  score: number | null
  problemCount: number
}

/**
 * One notice per office of the year that has something to rectify (a finding, or no report),
 * offices in ranking order (lowest score first — those most in need). `offices` narrows to some.
 */
export function buildNoticeModels(input: CircularInput, offices?: readonly string[]): NoticeModel[] {
  const f = circularFigures(input)
  const wanted = offices ? new Set(offices) : undefined
  const byOffice = new Map<string, Finding[]>()
  for (const x of input.findings) {
    if (x.year !== f.year || x.office === undefined) continue
    let list = byOffice.get(x.office)
    if (!list) byOffice.set(x.office, (list = []))
    list.push(x)
  }
  // The 整改通知 is an official Chinese document whatever the screen's language: its rows are Chinese.
  const zh = translator('zh')
  const out: NoticeModel[] = []
  for (const row of [...f.ranking].reverse()) {
    if (wanted && !wanted.has(row.office)) continue
    const own = rectificationRows(byOffice.get(row.office) ?? [], {}, () => row.region, zh)
    if (own.length === 0) continue
    const scheme = `按照《${f.schemeName}》评分，你单位得分 ${formatScore(row.score)} 分（满分 ${formatScore(f.base)} 分）`
    const deducted = deductionsText(row.deductions)
    const problems: DocParagraph[] = own.map((r, i) => ({
      kind: 'body',
      text: `${i + 1}. 【${r.ruleName}】${r.cell === '整份年度报告' ? '' : `${r.cell}：`}${r.message}`,
    }))
    out.push({
      office: row.office,
      year: f.year,
      score: row.score,
      problemCount: own.length,
      title: `关于${row.office}${f.year}年度政府信息公开工作年度报告存在问题的整改通知`,
      documentNumber: undefined,
      recipients: `${row.office}：`,
      body: [
        {
          kind: 'body',
          text:
            `根据《中华人民共和国政府信息公开条例》第四十九条、第五十条规定，${input.issuer}于${chineseDate(input.checkDate)}` +
            `对你单位${f.year}年度政府信息公开工作年度报告进行了检查。${scheme}${deducted ? `（${deducted}）` : ''}。` +
            `检查发现以下 ${own.length} 个问题，现通知你单位整改。`,
        },
        { kind: 'heading1', text: '一、存在的问题' },
        ...problems,
        { kind: 'heading1', text: '二、整改要求' },
        {
          kind: 'body',
          text:
            `请于${chineseDate(input.rectifyBy)}前逐项完成整改：未发布报告的立即发布；数据有误的核实更正，并在更正后的报告中注明更正内容和日期；` +
            '正文与表格不一致或照搬往年、其他单位报告的，按本单位本年度工作实际重新撰写。',
        },
        {
          kind: 'body',
          text: `整改完成后，请将整改情况及更正后的报告书面报送${input.issuer}。`,
        },
      ],
      signature: { issuer: input.issuer, date: chineseDate(input.issuedOn) },
      attachments: [],
    })
  }
  return out
}
