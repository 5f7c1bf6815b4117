/**
 * The rule catalogue (SPEC §3): ids, severities, names and score weights, for the UI, the README
 * and the CLI. The ids are part of the contract — never rename them.
 */
import { capFor, penaltyFor } from '../score'
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
] as const
export type RuleId = (typeof RULE_IDS)[number]

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
  /** Score points one finding costs (see score.ts). */
  readonly penalty: number
  /** Most this rule can cost on one report. */
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
]

export const RULES: readonly RuleInfo[] = TEXTS.map((t) => ({
  ...t,
  penalty: penaltyFor(t.id, t.severity),
  cap: capFor(t.id, t.severity),
}))

const BY_ID = new Map<string, RuleInfo>(RULES.map((r) => [r.id, r]))

export function ruleInfo(id: RuleId): RuleInfo {
  return BY_ID.get(id)!
}

/** Position of a rule in the catalogue, for a stable order of findings. */
export const RULE_ORDER: ReadonlyMap<string, number> = new Map(RULES.map((r, i) => [r.id, i]))
