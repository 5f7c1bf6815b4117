/**
 * The rule catalogue (SPEC §3): ids, severities, names and the default scheme's weights, for the
 * UI, the README and the CLI. The ids are part of the contract — never rename them.
 */
import { DEFAULT_SCHEME } from '../scheme-builtin'
import type { Severity } from '../types'

export const RULE_IDS = [
  'row-total',
  'outcome-sum',
  'balance',
  'review-sum',
  'integer',
  'complete',
  'carry-chain',
  'deadline',
  'missing-report',
  'outdated-template',
  'in-force-chain',
  'sections-missing',
  'narrative-copy',
  'narrative-mismatch',
  'revised-after-publication',
] as const
export type RuleId = (typeof RULE_IDS)[number]

/** The content rules (SPEC §3): judged on the narrative, the document's parts and the import history. */
export const CONTENT_RULE_IDS = [
  'sections-missing',
  'narrative-copy',
  'narrative-mismatch',
  'revised-after-publication',
] as const satisfies readonly RuleId[]

/**
 * Rules listed for review only, not run by checkReports (analysis/anomalies.ts runs them): the
 * year-on-year anomalies and `zero-requests`. A scheme may still charge them.
 */
export const REVIEW_RULE_IDS = ['yoy-volume', 'yoy-identical', 'yoy-disclosure', 'zero-requests'] as const

export interface RuleInfo<Id extends string = RuleId> {
  readonly id: Id
  readonly severity: Severity
  /** Short Chinese name. */
  readonly zh: string
  readonly en: string
  /** What the rule checks, in Chinese. */
  readonly description: string
  /** `report`: judged from one report; `cross`: needs other years or other reports. */
  readonly scope: 'report' | 'cross'
  /** Score points one finding costs under the default scheme (0: listed, not scored). */
  readonly penalty: number
  /** Most this rule can cost on one report under the default scheme. */
  readonly cap: number
}

type RuleText = Omit<RuleInfo, 'penalty' | 'cap'>

const TEXTS: readonly RuleText[] = [
  {
    id: 'row-total',
    severity: 'error',
    scope: 'report',
    zh: '行合计',
    en: 'Row total',
    description:
      '表三每一行：“总计”列等于六类申请人（自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他）之和。',
  },
  {
    id: 'outcome-sum',
    severity: 'error',
    scope: 'report',
    zh: '办理结果合计',
    en: 'Outcome sum',
    description: '表三每一列：三（七）总计等于全部办理结果行之和（2021 年格式 21 行，2019 年格式 19 行）。',
  },
  {
    id: 'balance',
    severity: 'error',
    scope: 'report',
    zh: '勾稽关系',
    en: 'Balance',
    description: '表三每一列：一、本年新收 + 二、上年结转 = 三（七）总计 + 四、结转下年度继续办理。',
  },
  {
    id: 'review-sum',
    severity: 'error',
    scope: 'report',
    zh: '复议诉讼合计',
    en: 'Review and litigation sum',
    description:
      '表四每一组（行政复议、未经复议直接起诉、复议后起诉）：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结。',
  },
  {
    id: 'integer',
    severity: 'error',
    scope: 'report',
    zh: '非负整数',
    en: 'Non-negative integer',
    description: '表三、表四的数字只能是 0 或正整数。',
  },
  {
    id: 'complete',
    severity: 'warning',
    scope: 'report',
    zh: '填报完整',
    en: 'Complete',
    description: '表三、表四没有空白单元格（空白不等于 0，确为 0 应填写 0）。',
  },
  {
    id: 'carry-chain',
    severity: 'error',
    scope: 'cross',
    zh: '结转衔接',
    en: 'Carry-over chain',
    description: '同一机关：本年“二、上年结转”每一列等于上一年度报告“四、结转下年度继续办理”的同一列。',
  },
  {
    id: 'deadline',
    severity: 'error',
    scope: 'report',
    zh: '按时发布',
    en: 'Published on time',
    description:
      '《政府信息公开条例》第四十九条：部门应于次年 1 月 31 日前、本级人民政府应于次年 3 月 31 日前发布年度报告。发布日期未知时无法判定。',
  },
  {
    id: 'missing-report',
    severity: 'error',
    scope: 'cross',
    zh: '报告缺失',
    en: 'Missing report',
    description:
      '曾报送过年度报告的机关，此后每一年度（直至数据中的最新年度）都应有报告；已标记撤销的机关自撤销年度起不再要求。',
  },
  {
    id: 'outdated-template',
    severity: 'warning',
    scope: 'report',
    zh: '格式过时',
    en: 'Outdated format',
    description: '2021 年度及以后的报告应使用国办公开办函〔2021〕30号格式，而不是 2019 年格式。',
  },
  {
    id: 'in-force-chain',
    severity: 'warning',
    scope: 'cross',
    zh: '现行有效件数衔接',
    en: 'In-force chain',
    description:
      '规章、行政规范性文件（2021 年格式）：本年现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数。',
  },
  {
    id: 'sections-missing',
    severity: 'warning',
    scope: 'report',
    zh: '报告要素缺失',
    en: 'Missing parts',
    description:
      '从年报原文读入的报告应有国家格式的六个部分（一、总体情况 … 六、其他需要报告的事项），且每部分有内容（写明“无”也算有内容）；从 CSV 或 JSON 读入、不知道原文的报告无法判断。',
  },
  {
    id: 'narrative-copy',
    severity: 'warning',
    scope: 'cross',
    zh: '正文雷同',
    en: 'Copied narrative',
    description:
      '报告正文（总体情况、存在的主要问题及改进情况、其他需要报告的事项）与本机关上一份报告或同年度其他机关的报告相似度达到 80% 以上（年份、数字、机关名称和格式套话不计）。',
  },
  {
    id: 'narrative-mismatch',
    severity: 'warning',
    scope: 'report',
    zh: '正文与表格不符',
    en: 'Narrative contradicts tables',
    description:
      '正文明确写出的数字（收到申请、办结、结转、行政复议、行政诉讼件数）与报告自己的表格不一致；含同比、比例、其他年度或约数的句子不作判断。',
  },
  {
    id: 'revised-after-publication',
    severity: 'warning',
    scope: 'cross',
    zh: '发布后修改',
    en: 'Revised after publication',
    description: '同一报告再次导入时发布日期未变，但数字与先前导入的版本不同：已发布的报告被悄悄修改。',
  },
]

function defaultCost(id: RuleId): { penalty: number; cap: number } {
  if (id === 'missing-report') return { penalty: DEFAULT_SCHEME.missingReport, cap: DEFAULT_SCHEME.missingReport }
  const cost = DEFAULT_SCHEME.rules[id]
  return { penalty: cost?.points ?? 0, cap: cost ? (cost.maxPerReport ?? cost.points) : 0 }
}

export const RULES: readonly RuleInfo[] = TEXTS.map((t) => ({ ...t, ...defaultCost(t.id) }))

const BY_ID = new Map<string, RuleInfo>(RULES.map((r) => [r.id, r]))

export function ruleInfo(id: RuleId): RuleInfo {
  return BY_ID.get(id)!
}

/** Position of a rule in the catalogue, for a stable order of findings. */
export const RULE_ORDER: ReadonlyMap<string, number> = new Map(RULES.map((r, i) => [r.id, i]))

const CATALOGUE_ORDER = new Map<string, number>([...RULE_IDS, ...REVIEW_RULE_IDS].map((id, i) => [id, i]))

/** A rule's place in the catalogue (the rules of SPEC §3, then the review-only ones); a rule not ours comes after them all. */
export const ruleRank = (id: string): number => CATALOGUE_ORDER.get(id) ?? CATALOGUE_ORDER.size
