/**
 * The circular (通报) on one year's annual reports of a scope, built from the reports, the
 * findings and the chosen scheme: the figures (due, published, on time, late, missing, scores,
 * problems by rule) and the wording of a circular as agencies issue them (关于2024年度政府信息公开
 * 工作年度报告检查情况的通报): opening with the legal basis, 一 overall, 二 problems, 三 ranking,
 * 四 rectification, signature, and the ranking and problem list as attachments.
 */
import { compareZh } from '../../analysis/collate'
import { rectificationRows, ruleById } from '../../analysis/rectification'
import { scoreOfficeYears } from '../../analysis/schemeScores'
import type { OfficeKind } from '../../domain/model'
import { deadlineFor } from '../../domain/rules/deadline'
import { ruleRank } from '../../domain/rules/info'
import { NOT_ASSESSABLE_DEDUCTION, type AssessmentScheme, type Deduction } from '../../domain/scheme'
import type { Finding, NotAssessable, Severity } from '../../domain/types'
import { chineseDate, formatScore, type DocParagraph, type OfficialDocument } from './document'
import { translator } from '../../i18n/translate'

export interface CircularInput {
  year: number
  /** The scope as the title names it: 江州市, 鼓楼区 (may be empty). */
  scopeName: string
  /** The scope's reports (other years are ignored). */
  reports: readonly {
    office: string
    region: string | null
    officeKind: OfficeKind
    year: number
    publishedAt: string | null
  }[]
  /** The scope's findings: rule findings, and anomalies only when they are to be listed. */
  findings: readonly Finding[]
  notAssessable: readonly NotAssessable[]
  scheme: AssessmentScheme
  /** ISO dates. */
  checkDate: string
  issuedOn: string
  rectifyBy: string
  /** The issuing agency, e.g. 江州市人民政府办公室. */
  issuer: string
  documentNumber?: string
  /** The 主送 line as the user wants it; by default built from the offices. */
  recipients?: string
  /** Region of an office without a report in the year (missing): from the registry. */
  regionOf?: (office: string) => string | null
}

export interface RankingRow {
  rank: number
  office: string
  region: string | null
  score: number
  deductions: Deduction[]
}

export interface ProblemGroup {
  rule: string
  name: string
  severity: Severity
  /** Findings of the rule. */
  count: number
  /** Offices with findings of the rule, most findings first. */
  offices: { office: string; count: number }[]
}

export interface CircularFigures {
  year: number
  /** Office-years due: reports of the year and reports missing for it. */
  due: number
  published: number
  onTime: number
  late: string[]
  undated: string[]
  missing: string[]
  meanScore: number | null
  schemeName: string
  base: number
  ranking: RankingRow[]
  /** By rule, errors first; not missing-report and deadline (in late/missing). */
  problems: ProblemGroup[]
}

export interface CircularModel extends OfficialDocument {
  figures: CircularFigures
}

/** Office names printed in a paragraph before "等 N 个单位（详见附件）". */
const NAMES_IN_TEXT = 20
const RANKING_NAMES = 5

/** Rules whose name says what is checked, not what went wrong: named as the fault in a list of deductions. */
const FAULT_NAMES: Record<string, string> = {
  deadline: '逾期发布',
  complete: '填报不完整',
  integer: '非整数或负数',
  [NOT_ASSESSABLE_DEDUCTION]: '无法判定',
}

/** A deduction's name: the fault (逾期发布), the rule's name, or 无法判定 for rules that could not be assessed. */
export function deductionName(rule: string): string {
  return FAULT_NAMES[rule] ?? ruleById(rule)?.zh ?? rule
}

export function deductionsText(deductions: readonly Deduction[]): string {
  return deductions
    .filter((d) => d.points > 0)
    .map((d) => `${deductionName(d.rule)} −${formatScore(d.points)}`)
    .join('；')
}

function names(list: readonly string[], attachment: string): string {
  if (list.length <= NAMES_IN_TEXT) return list.join('、')
  return `${list.slice(0, NAMES_IN_TEXT).join('、')}等 ${list.length} 个单位（详见${attachment}）`
}

const sortNames = (list: Iterable<string>) => [...new Set(list)].sort(compareZh)

/** The figures of a circular (see CircularFigures). */
export function circularFigures(input: CircularInput): CircularFigures {
  const { year, scheme } = input
  const reports = input.reports.filter((r) => r.year === year)
  const findings = input.findings.filter((f) => f.year === year)
  const notAssessable = input.notAssessable.filter((n) => n.year === year)
  const late: string[] = []
  const undated: string[] = []
  let onTime = 0
  for (const r of reports) {
    if (r.publishedAt === null) undated.push(r.office)
    else if (r.publishedAt > deadlineFor(r.year, r.officeKind)) late.push(r.office)
    else onTime++
  }
  const missing = sortNames(findings.filter((f) => f.rule === 'missing-report').map((f) => f.office ?? ''))
  const regionOf = new Map(reports.map((r) => [r.office, r.region]))
  const scores = scoreOfficeYears(scheme, reports, findings, notAssessable)
  const sorted = [...scores].sort((a, b) => b.score - a.score || compareZh(a.office, b.office))
  const ranking: RankingRow[] = []
  sorted.forEach((s, i) => {
    const rank = i > 0 && s.score === sorted[i - 1].score ? ranking[i - 1].rank : i + 1
    const region = regionOf.get(s.office) ?? input.regionOf?.(s.office) ?? null
    ranking.push({ rank, office: s.office, region, score: s.score, deductions: s.deductions })
  })
  const groups = new Map<string, Map<string, number>>()
  for (const f of findings) {
    if (f.rule === 'missing-report' || f.rule === 'deadline') continue
    let offices = groups.get(f.rule)
    if (!offices) groups.set(f.rule, (offices = new Map()))
    offices.set(f.office ?? '', (offices.get(f.office ?? '') ?? 0) + 1)
  }
  const problems: ProblemGroup[] = [...groups]
    .map(([rule, offices]) => {
      const info = ruleById(rule)
      return {
        rule,
        name: info?.zh ?? rule,
        severity: info?.severity ?? 'warning',
        count: [...offices.values()].reduce((s, n) => s + n, 0),
        offices: [...offices]
          .map(([office, count]) => ({ office, count }))
          .sort((a, b) => b.count - a.count || compareZh(a.office, b.office)),
      }
    })
    .sort(
      (a, b) =>
        (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || ruleRank(a.rule) - ruleRank(b.rule),
    )
  return {
    year,
    due: reports.length + missing.length,
    published: reports.length,
    onTime,
    late: sortNames(late),
    undated: sortNames(undated),
    missing,
    meanScore: scores.length ? scores.reduce((s, x) => s + x.score, 0) / scores.length : null,
    schemeName: scheme.name,
    base: scheme.base,
    ranking,
    problems,
  }
}

/** 主送: the offices themselves when few, else their kinds. */
function recipientsLine(input: CircularInput, figures: CircularFigures): string {
  if (input.recipients) return input.recipients
  const offices = figures.ranking.map((r) => r.office)
  if (offices.length <= 8) return `${sortNames(offices).join('，')}：`
  const kinds = new Set(input.reports.map((r) => r.officeKind))
  const parts = [
    kinds.has('government') ? '各区（县）人民政府' : '',
    kinds.has('department') ? '各有关部门' : '',
  ].filter(Boolean)
  return `${parts.join('，') || '各有关单位'}：`
}

function problemParagraphs(f: CircularFigures, input: CircularInput): DocParagraph[] {
  const out: DocParagraph[] = []
  let n = 0
  const numbering = () => `（${'一二三四五六七八九十'[n++] ?? String(n)}）`
  const checkDay = chineseDate(input.checkDate)
  if (f.missing.length || f.late.length || f.undated.length) {
    out.push({ kind: 'heading2', text: `${numbering()}未按时发布年度报告` })
    if (f.missing.length)
      out.push({
        kind: 'body',
        text: `截至${checkDay}，${f.missing.length} 个单位仍未发布${f.year}年度报告：${names(f.missing, '附件2')}。`,
      })
    if (f.late.length)
      out.push({
        kind: 'body',
        text: `${f.late.length} 个单位未在法定期限内（部门为次年1月31日前、本级人民政府为次年3月31日前）发布：${names(f.late, '附件2')}。`,
      })
    if (f.undated.length)
      out.push({
        kind: 'body',
        text: `${f.undated.length} 个单位的报告未标明发布日期，无法判断是否按时发布：${names(f.undated, '附件2')}。`,
      })
  }
  for (const g of f.problems) {
    out.push({
      kind: 'heading2',
      text: `${numbering()}${g.name}（${g.offices.length} 个单位，${g.count} 处）`,
    })
    const description = ruleById(g.rule)?.description ?? ''
    const offices = g.offices.map((o) => (o.count > 1 ? `${o.office}（${o.count} 处）` : o.office))
    out.push({ kind: 'body', text: `${description}涉及单位：${names(offices, '附件2')}。` })
  }
  if (out.length === 0) out.push({ kind: 'body', text: '本次检查未发现问题。' })
  return out
}

function rankingParagraphs(f: CircularFigures): DocParagraph[] {
  const scheme = `按照《${f.schemeName}》（满分 ${formatScore(f.base)} 分）评分`
  if (f.ranking.length === 0) return [{ kind: 'body', text: `${scheme}，本次检查范围内没有应发布的年度报告。` }]
  const show = (rows: readonly RankingRow[]) => rows.map((r) => `${r.office}（${formatScore(r.score)} 分）`).join('、')
  const mean = `${f.ranking.length} 个单位平均得分 ${formatScore(f.meanScore ?? 0)} 分`
  if (f.ranking.length <= 2 * RANKING_NAMES)
    return [{ kind: 'body', text: `${scheme}，${mean}。得分由高到低依次为：${show(f.ranking)}。完整排名见附件1。` }]
  return [
    {
      kind: 'body',
      text:
        `${scheme}，${mean}。得分前 ${RANKING_NAMES} 名：${show(f.ranking.slice(0, RANKING_NAMES))}；` +
        `得分后 ${RANKING_NAMES} 名：${show(f.ranking.slice(-RANKING_NAMES))}。完整排名见附件1。`,
    },
  ]
}

function rectificationParagraphs(f: CircularFigures, input: CircularInput): DocParagraph[] {
  const items: string[] = [`各单位要对照附件2所列问题逐项整改，于${chineseDate(input.rectifyBy)}前完成。`]
  if (f.missing.length || f.late.length || f.undated.length)
    items.push(
      '尚未发布年度报告的单位要立即发布；逾期发布的单位要严格执行《中华人民共和国政府信息公开条例》第四十九条规定的发布时限；报告应标明发布日期。',
    )
  const rules = new Set(f.problems.map((g) => g.rule))
  if (
    ['row-total', 'outcome-sum', 'balance', 'review-sum', 'integer', 'complete', 'carry-chain', 'in-force-chain'].some(
      (r) => rules.has(r),
    )
  )
    items.push('表格数据有误或不衔接的，要逐项核实更正，并在更正后的报告中注明更正内容和日期。')
  if (rules.has('narrative-mismatch')) items.push('正文所述数字与表格不一致的，要核对原始台账，使正文与表格一致。')
  if (rules.has('narrative-copy'))
    items.push('正文与往年或其他单位报告雷同的，要按本单位本年度工作实际重新撰写，如实反映存在的问题和改进措施。')
  if (rules.has('sections-missing')) items.push('报告要素不全的，要按国家规定的格式补齐六个部分的内容。')
  if (rules.has('revised-after-publication'))
    items.push('已发布的报告确需修改的，要重新发布并注明更正日期和更正内容，不得直接替换。')
  items.push(`整改完成后，请将整改情况书面报送${input.issuer}。`)
  return items.map((text, i) => ({ kind: 'body', text: `${'一二三四五六七八九十'[i] ?? i + 1}是${text}` }))
}

/** The circular for the input's scope and year. */
export function buildCircularModel(input: CircularInput): CircularModel {
  const f = circularFigures(input)
  const scope = input.scopeName
  const yearReports = `${f.year}年度政府信息公开工作年度报告`
  const overall =
    `本次检查应发布年度报告 ${f.due} 份，已发布 ${f.published} 份，其中按时发布 ${f.onTime} 份、逾期发布 ${f.late.length} 份` +
    `${f.undated.length ? `、未标明发布日期 ${f.undated.length} 份` : ''}；截至检查日仍未发布 ${f.missing.length} 份。` +
    (f.meanScore === null
      ? ''
      : `按照《${f.schemeName}》评分，平均得分 ${formatScore(f.meanScore)} 分（满分 ${formatScore(f.base)} 分）。`)
  const regions = new Map(f.ranking.map((r) => [r.office, r.region]))
  // The 通报 is an official Chinese document whatever the screen's language: its rows are Chinese.
  const rows = rectificationRows(
    input.findings.filter((x) => x.year === f.year),
    {},
    (office) => regions.get(office) ?? input.regionOf?.(office) ?? null,
    translator('zh'),
  )
  return {
    figures: f,
    title: `关于${scope}${yearReports}检查情况的通报`,
    documentNumber: input.documentNumber,
    recipients: recipientsLine(input, f),
    body: [
      {
        kind: 'body',
        text:
          `根据《中华人民共和国政府信息公开条例》第四十九条、第五十条规定，${input.issuer}于${chineseDate(input.checkDate)}` +
          `对${scope}${f.due} 个单位的${yearReports}进行了检查，检查内容包括报告是否按时发布、是否包括规定的全部内容、` +
          '表格数据是否准确衔接、正文所述数字与表格是否一致、是否照搬往年或其他单位报告等。现将检查情况通报如下：',
      },
      { kind: 'heading1', text: '一、总体情况' },
      { kind: 'body', text: overall },
      { kind: 'heading1', text: '二、存在的问题' },
      ...problemParagraphs(f, input),
      { kind: 'heading1', text: '三、得分排名' },
      ...rankingParagraphs(f),
      { kind: 'heading1', text: '四、整改要求' },
      ...rectificationParagraphs(f, input),
    ],
    signature: { issuer: input.issuer, date: chineseDate(input.issuedOn) },
    attachments: [
      {
        title: `${scope}${yearReports}得分排名（${f.schemeName}）`,
        columns: ['排名', '单位', '所属地区', '得分', '扣分情况'],
        rows: f.ranking.map((r) => [
          String(r.rank),
          r.office,
          r.region ?? '',
          formatScore(r.score),
          deductionsText(r.deductions) || '—',
        ]),
        widths: [8, 30, 14, 10, 38],
      },
      {
        title: `${scope}${yearReports}问题清单`,
        columns: ['序号', '单位', '问题类型', '涉及内容', '问题说明'],
        rows: rows.map((r, i) => [String(i + 1), r.office, r.ruleName, r.cell, r.message]),
        widths: [7, 18, 13, 17, 45],
      },
    ],
  }
}
