/**
 * The two national report formats, described once as data.
 *
 * Everything else — the TypeScript types (types.ts), flat key paths and CSV headers (cells.ts),
 * validation, rules, the text parser and the table renderer — reads these definitions.
 * Labels are the ones printed in the national format; `aliases` are variants seen in real reports
 * (they are compared after `normalizeLabel`, so spacing, bracket width and quote style never
 * need to be listed).
 */

export type TemplateId = '2019' | '2021'
export const TEMPLATES: readonly TemplateId[] = ['2019', '2021'] as const

export interface Label {
  /** Label as printed in the national format (numbering dropped). */
  readonly zh: string
  readonly en: string
  /** Other spellings seen in real reports; normalised before comparison. */
  readonly aliases?: readonly string[]
}

// ---------------------------------------------------------------------------------------------
// Table 三: applicant columns

export const APPLICANT_COLUMNS = [
  { key: 'natural', zh: '自然人', en: 'Natural persons' },
  { key: 'business', zh: '商业企业', en: 'Businesses', aliases: ['企业'] },
  { key: 'research', zh: '科研机构', en: 'Research institutions' },
  { key: 'nonprofit', zh: '社会公益组织', en: 'Non-profit organisations', aliases: ['公益组织'] },
  { key: 'legal', zh: '法律服务机构', en: 'Legal service providers' },
  { key: 'otherOrg', zh: '其他', en: 'Other organisations', aliases: ['其他组织'] },
  { key: 'total', zh: '总计', en: 'Total', aliases: ['合计'] },
] as const satisfies readonly (Label & { key: string })[]

export type ApplicantColumn = (typeof APPLICANT_COLUMNS)[number]['key']
export const APPLICANT_KEYS: readonly ApplicantColumn[] = APPLICANT_COLUMNS.map((c) => c.key)
/** The six applicant columns that add up to `total`. */
export const APPLICANT_PARTS: readonly Exclude<ApplicantColumn, 'total'>[] = APPLICANT_KEYS.filter(
  (k): k is Exclude<ApplicantColumn, 'total'> => k !== 'total',
)
/** The five columns printed under 法人或其他组织 (no subtotal column exists). */
export const ORGANISATION_LABEL: Label = { zh: '法人或其他组织', en: 'Legal persons and other organisations' }
export const APPLICANT_GROUP_LABEL: Label = { zh: '申请人情况', en: 'Applicants' }

// ---------------------------------------------------------------------------------------------
// Table 三: rows

/** Outcome groups of 三、本年度办理结果 that have sub-rows. */
export const REQUEST_GROUPS = [
  { key: 'denied', numbering: '（三）', zh: '不予公开', en: 'Denied' },
  { key: 'unavailable', numbering: '（四）', zh: '无法提供', en: 'Unavailable' },
  { key: 'notProcessed', numbering: '（五）', zh: '不予处理', en: 'Not processed' },
  { key: 'otherHandling', numbering: '（六）', zh: '其他处理', en: 'Other handling' },
] as const satisfies readonly (Label & { key: string; numbering: string })[]
export type RequestGroup = (typeof REQUEST_GROUPS)[number]['key']

export const OUTCOMES_LABEL: Label = { zh: '本年度办理结果', en: 'Outcomes this year', aliases: ['办理结果'] }

export interface RequestRowDef extends Label {
  /** Dotted key below `requests`, e.g. `denied.stateSecret`. */
  readonly key: string
  /** Outcome group, for rows printed under （三）…（六）. */
  readonly group?: RequestGroup
  /** Numbering as printed: "一、", "（一）", "1." … */
  readonly numbering: string
  /** Is this an outcome row (part of 三（七）总计)? */
  readonly outcome: boolean
  /** Templates that print this row. */
  readonly templates: readonly TemplateId[]
  /** Label used in the 2019 format when it differs. */
  readonly zh2019?: string
  /** Short label for chart legends. */
  readonly short?: string
}

const BOTH: readonly TemplateId[] = ['2019', '2021']

export const REQUEST_ROWS = [
  {
    key: 'received',
    numbering: '一、',
    zh: '本年新收政府信息公开申请数量',
    en: 'New requests received',
    short: '新收申请',
    outcome: false,
    templates: BOTH,
    aliases: ['本年新收申请数量', '新收政府信息公开申请数量'],
  },
  {
    key: 'carriedOver',
    numbering: '二、',
    zh: '上年结转政府信息公开申请数量',
    en: 'Carried over from last year',
    short: '上年结转',
    outcome: false,
    templates: BOTH,
    aliases: ['上年结转申请数量'],
  },
  { key: 'granted', numbering: '（一）', zh: '予以公开', en: 'Granted', outcome: true, templates: BOTH },
  {
    key: 'partiallyGranted',
    numbering: '（二）',
    zh: '部分公开',
    en: 'Partially granted',
    outcome: true,
    templates: BOTH,
    aliases: ['部分公开（区分处理的，只计这一情形，不计其他情形）', '部分公开（区分处理的,只计这一情形,不计其他情形）'],
  },
  {
    key: 'denied.stateSecret',
    group: 'denied',
    numbering: '1.',
    zh: '属于国家秘密',
    en: 'State secret',
    outcome: true,
    templates: BOTH,
  },
  {
    key: 'denied.prohibitedByLaw',
    group: 'denied',
    numbering: '2.',
    zh: '其他法律行政法规禁止公开',
    en: 'Prohibited by other laws',
    outcome: true,
    templates: BOTH,
  },
  {
    key: 'denied.threeSecurities',
    group: 'denied',
    numbering: '3.',
    zh: '危及“三安全一稳定”',
    en: 'Endangers the "three securities and one stability"',
    outcome: true,
    templates: BOTH,
    aliases: ['危及三安全一稳定'],
  },
  {
    key: 'denied.thirdPartyRights',
    group: 'denied',
    numbering: '4.',
    zh: '保护第三方合法权益',
    en: 'Protects third-party rights',
    outcome: true,
    templates: BOTH,
  },
  {
    key: 'denied.internalAffairs',
    group: 'denied',
    numbering: '5.',
    zh: '属于三类内部事务信息',
    en: 'Internal affairs',
    outcome: true,
    templates: BOTH,
  },
  {
    key: 'denied.processInfo',
    group: 'denied',
    numbering: '6.',
    zh: '属于四类过程性信息',
    en: 'Process information',
    outcome: true,
    templates: BOTH,
  },
  {
    key: 'denied.enforcementCase',
    group: 'denied',
    numbering: '7.',
    zh: '属于行政执法案卷',
    en: 'Enforcement case files',
    outcome: true,
    templates: BOTH,
  },
  {
    key: 'denied.queryMatter',
    group: 'denied',
    numbering: '8.',
    zh: '属于行政查询事项',
    en: 'Administrative query matters',
    outcome: true,
    templates: BOTH,
  },
  {
    key: 'unavailable.notHeld',
    group: 'unavailable',
    numbering: '1.',
    zh: '本机关不掌握相关政府信息',
    en: 'Not held by this office',
    outcome: true,
    templates: BOTH,
  },
  {
    key: 'unavailable.needsCreation',
    group: 'unavailable',
    numbering: '2.',
    zh: '没有现成信息需要另行制作',
    en: 'Would need to be created',
    outcome: true,
    templates: BOTH,
  },
  {
    key: 'unavailable.unclear',
    group: 'unavailable',
    numbering: '3.',
    zh: '补正后申请内容仍不明确',
    en: 'Still unclear after correction',
    outcome: true,
    templates: BOTH,
  },
  {
    key: 'notProcessed.complaint',
    group: 'notProcessed',
    numbering: '1.',
    zh: '信访举报投诉类申请',
    en: 'Petitions and complaints',
    outcome: true,
    templates: BOTH,
  },
  {
    key: 'notProcessed.repeated',
    group: 'notProcessed',
    numbering: '2.',
    zh: '重复申请',
    en: 'Repeated requests',
    outcome: true,
    templates: BOTH,
  },
  {
    key: 'notProcessed.publication',
    group: 'notProcessed',
    numbering: '3.',
    zh: '要求提供公开出版物',
    en: 'Requests for publications',
    outcome: true,
    templates: BOTH,
  },
  {
    key: 'notProcessed.excessive',
    group: 'notProcessed',
    numbering: '4.',
    zh: '无正当理由大量反复申请',
    en: 'Excessive repeated requests',
    outcome: true,
    templates: BOTH,
  },
  {
    key: 'notProcessed.confirmation',
    group: 'notProcessed',
    numbering: '5.',
    zh: '要求行政机关确认或重新出具已获取信息',
    en: 'Confirmation of information already obtained',
    outcome: true,
    templates: BOTH,
  },
  {
    key: 'otherHandling.overdueCorrection',
    group: 'otherHandling',
    numbering: '1.',
    zh: '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    en: 'Applicant did not correct in time',
    outcome: true,
    templates: ['2021'],
    short: '逾期不补正',
  },
  {
    key: 'otherHandling.overdueFee',
    group: 'otherHandling',
    numbering: '2.',
    zh: '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    en: 'Applicant did not pay fees in time',
    outcome: true,
    templates: ['2021'],
    short: '逾期未缴费',
  },
  // In the 2019 format （六）其他处理 is a single row with no sub-rows: it is stored here.
  {
    key: 'otherHandling.other',
    group: 'otherHandling',
    numbering: '3.',
    zh: '其他',
    en: 'Other',
    outcome: true,
    templates: BOTH,
  },
  {
    key: 'total',
    numbering: '（七）',
    zh: '总计',
    en: 'Total handled',
    outcome: false,
    templates: BOTH,
    aliases: ['合计'],
  },
  {
    key: 'carriedForward',
    numbering: '四、',
    zh: '结转下年度继续办理',
    en: 'Carried forward to next year',
    short: '结转下年',
    outcome: false,
    templates: BOTH,
    aliases: ['结转下年度继续办理数量'],
  },
] as const satisfies readonly RequestRowDef[]

export type RequestRowKey = (typeof REQUEST_ROWS)[number]['key']

export function requestRowsFor(template: TemplateId): readonly RequestRowDef[] {
  return REQUEST_ROWS.filter((r) => (r.templates as readonly TemplateId[]).includes(template))
}

export function outcomeRowsFor(template: TemplateId): readonly RequestRowDef[] {
  return requestRowsFor(template).filter((r) => r.outcome)
}

// ---------------------------------------------------------------------------------------------
// Table 四: administrative review and litigation

export const DISPUTE_COLUMNS = [
  { key: 'upheld', zh: '结果维持', en: 'Upheld', aliases: ['维持'] },
  { key: 'corrected', zh: '结果纠正', en: 'Corrected', aliases: ['纠正'] },
  { key: 'other', zh: '其他结果', en: 'Other result' },
  { key: 'pending', zh: '尚未审结', en: 'Pending', aliases: ['未审结'] },
  { key: 'total', zh: '总计', en: 'Total', aliases: ['合计'] },
] as const satisfies readonly (Label & { key: string })[]
export type DisputeColumn = (typeof DISPUTE_COLUMNS)[number]['key']
export const DISPUTE_KEYS: readonly DisputeColumn[] = DISPUTE_COLUMNS.map((c) => c.key)
export const DISPUTE_PARTS: readonly Exclude<DisputeColumn, 'total'>[] = ['upheld', 'corrected', 'other', 'pending']

export const DISPUTE_GROUPS = [
  { key: 'review', zh: '行政复议', en: 'Administrative review', aliases: ['行政法复议'] },
  {
    key: 'litigationDirect',
    zh: '行政诉讼-未经复议直接起诉',
    en: 'Litigation without prior review',
    aliases: ['未经复议直接起诉'],
  },
  { key: 'litigationAfterReview', zh: '行政诉讼-复议后起诉', en: 'Litigation after review', aliases: ['复议后起诉'] },
] as const satisfies readonly (Label & { key: string })[]
export type DisputeGroup = (typeof DISPUTE_GROUPS)[number]['key']
export const LITIGATION_LABEL: Label = { zh: '行政诉讼', en: 'Administrative litigation', aliases: ['行政讼诉'] }

// ---------------------------------------------------------------------------------------------
// Table 二: proactive disclosure. The two formats have different rows and columns.

/** A numeric cell's kind decides what values are valid. */
export type CellKind = 'count' | 'signed' | 'amount'

export interface ProactiveFieldDef extends Label {
  readonly key: string
  readonly kind: CellKind
}
export interface ProactiveItemDef extends Label {
  readonly key: string
  /** Article 20 item that prints it, e.g. "第二十条第（一）项". */
  readonly article: string
  readonly fields: readonly ProactiveFieldDef[]
}

const ISSUED_2021: readonly ProactiveFieldDef[] = [
  { key: 'issued', zh: '本年制发件数', en: 'Issued this year', kind: 'count', aliases: ['本年新制发件数'] },
  { key: 'repealed', zh: '本年废止件数', en: 'Repealed this year', kind: 'count' },
  { key: 'inForce', zh: '现行有效件数', en: 'In force', kind: 'count' },
]
const DECISIONS_2021: readonly ProactiveFieldDef[] = [
  { key: 'decisions', zh: '本年处理决定数量', en: 'Decisions this year', kind: 'count', aliases: ['处理决定数量'] },
]
const CREATED_2019: readonly ProactiveFieldDef[] = [
  { key: 'created', zh: '本年新制作数量', en: 'Created this year', kind: 'count' },
  { key: 'published', zh: '本年新公开数量', en: 'Published this year', kind: 'count' },
  { key: 'totalPublished', zh: '对外公开总数量', en: 'Total published', kind: 'count' },
]
const ITEMS_2019: readonly ProactiveFieldDef[] = [
  { key: 'previousItems', zh: '上一年项目数量', en: 'Items last year', kind: 'count' },
  { key: 'change', zh: '本年增/减', en: 'Change this year', kind: 'signed', aliases: ['本年增减', '本年增（减）'] },
  { key: 'decisions', zh: '处理决定数量', en: 'Decisions', kind: 'count', aliases: ['本年处理决定数量'] },
]

export const PROACTIVE_ITEMS: Record<TemplateId, readonly ProactiveItemDef[]> = {
  '2021': [
    { key: 'regulations', article: '第二十条第（一）项', zh: '规章', en: 'Regulations', fields: ISSUED_2021 },
    {
      key: 'normativeDocuments',
      article: '第二十条第（一）项',
      zh: '行政规范性文件',
      en: 'Normative documents',
      fields: ISSUED_2021,
      aliases: ['规范性文件'],
    },
    { key: 'licensing', article: '第二十条第（五）项', zh: '行政许可', en: 'Licensing', fields: DECISIONS_2021 },
    { key: 'penalty', article: '第二十条第（六）项', zh: '行政处罚', en: 'Penalties', fields: DECISIONS_2021 },
    { key: 'coercion', article: '第二十条第（六）项', zh: '行政强制', en: 'Coercive measures', fields: DECISIONS_2021 },
    {
      key: 'fees',
      article: '第二十条第（八）项',
      zh: '行政事业性收费',
      en: 'Administrative fees',
      fields: [
        {
          key: 'amountWanYuan',
          zh: '本年收费金额（万元）',
          en: 'Fees this year (10k yuan)',
          kind: 'amount',
          aliases: ['本年收费金额（单位：万元）', '本年收费金额'],
        },
      ],
    },
  ],
  '2019': [
    { key: 'regulations', article: '第二十条第（一）项', zh: '规章', en: 'Regulations', fields: CREATED_2019 },
    {
      key: 'normativeDocuments',
      article: '第二十条第（一）项',
      zh: '规范性文件',
      en: 'Normative documents',
      fields: CREATED_2019,
      aliases: ['行政规范性文件'],
    },
    { key: 'licensing', article: '第二十条第（五）项', zh: '行政许可', en: 'Licensing', fields: ITEMS_2019 },
    {
      key: 'otherServices',
      article: '第二十条第（五）项',
      zh: '其他对外管理服务事项',
      en: 'Other public services',
      fields: ITEMS_2019,
    },
    { key: 'penalty', article: '第二十条第（六）项', zh: '行政处罚', en: 'Penalties', fields: ITEMS_2019 },
    { key: 'coercion', article: '第二十条第（六）项', zh: '行政强制', en: 'Coercive measures', fields: ITEMS_2019 },
    {
      key: 'fees',
      article: '第二十条第（八）项',
      zh: '行政事业性收费',
      en: 'Administrative fees',
      fields: ITEMS_2019.slice(0, 2),
    },
    {
      key: 'procurement',
      article: '第二十条第（九）项',
      zh: '政府集中采购',
      en: 'Central government procurement',
      fields: [
        { key: 'projects', zh: '采购项目数量', en: 'Procurement projects', kind: 'count' },
        {
          key: 'amountWanYuan',
          zh: '采购总金额（万元）',
          en: 'Procurement total (10k yuan)',
          kind: 'amount',
          aliases: ['采购总金额'],
        },
      ],
    },
  ],
}

/** Text cells kept beside numbers: the amount exactly as printed before unit conversion. */
export const PROACTIVE_TEXT_FIELDS = [
  {
    item: 'procurement',
    key: 'amountText',
    zh: '采购总金额（原文）',
    en: 'Procurement total as printed',
    templates: ['2019'] as readonly TemplateId[],
  },
] as const

// ---------------------------------------------------------------------------------------------
// Identity columns and report sections

export const IDENTITY_FIELDS = [
  { key: 'office', zh: '机关名称', en: 'Office', aliases: ['单位名称', '机关', '单位', '部门名称', '名称'] },
  { key: 'region', zh: '所属地区', en: 'Region', aliases: ['地区', '所属区县', '区县', '区域'] },
  { key: 'officeKind', zh: '机关类型', en: 'Office kind', aliases: ['类型'] },
  { key: 'year', zh: '年度', en: 'Year', aliases: ['年份', '报告年度'] },
  { key: 'template', zh: '报告格式', en: 'Template', aliases: ['格式', '模板'] },
  { key: 'publishedAt', zh: '发布日期', en: 'Published', aliases: ['发布时间', '公开日期', '发布'] },
] as const satisfies readonly (Label & { key: string })[]
export type IdentityField = (typeof IDENTITY_FIELDS)[number]['key']

export const OFFICE_KINDS = [
  { key: 'department', zh: '部门', en: 'Department' },
  { key: 'government', zh: '政府', en: 'Government' },
] as const
export type OfficeKind = (typeof OFFICE_KINDS)[number]['key']

export const SECTIONS = [
  { key: 'overview', numbering: '一、', zh: '总体情况', en: 'Overview', aliases: ['总体概况', '基本情况'] },
  {
    key: 'proactive',
    numbering: '二、',
    zh: '主动公开政府信息情况',
    en: 'Proactive disclosure',
    aliases: ['主动公开政府信息'],
  },
  {
    key: 'requests',
    numbering: '三、',
    zh: '收到和处理政府信息公开申请情况',
    en: 'Requests received and handled',
    aliases: ['收到和处理政府信息公开申请', '依申请公开政府信息情况'],
  },
  {
    key: 'disputes',
    numbering: '四、',
    zh: '政府信息公开行政复议、行政诉讼情况',
    en: 'Administrative review and litigation',
    aliases: ['行政复议、行政诉讼情况', '因政府信息公开工作被申请行政复议、提起行政诉讼情况'],
  },
  {
    key: 'problems',
    numbering: '五、',
    zh: '存在的主要问题及改进情况',
    en: 'Main problems and improvements',
    aliases: [
      '存在的主要问题和改进情况',
      '存在的主要问题及改进措施',
      '主要问题及改进情况',
      '政府信息公开工作存在的主要问题及改进情况',
    ],
  },
  { key: 'other', numbering: '六、', zh: '其他需要报告的事项', en: 'Other matters', aliases: ['其它需要报告的事项'] },
] as const satisfies readonly (Label & { key: string; numbering: string })[]
/** One of the six parts of a report (一 overview … 六 other). */
export type SectionKey = (typeof SECTIONS)[number]['key']
export const SECTION_KEYS: readonly SectionKey[] = SECTIONS.map((s) => s.key)

/** Phrases that identify each format (SPEC §1). */
export const TEMPLATE_MARKERS: Record<TemplateId, readonly string[]> = {
  '2021': ['本年制发件数', '行政规范性文件', '本年收费金额', '逾期不补正', '逾期未按收费通知要求缴纳费用'],
  '2019': ['本年新制作数量', '上一年项目数量', '第二十条第（九）项', '政府集中采购', '对外公开总数量'],
}

/** First year whose report must use the 2021 format. */
export const FORMAT_2021_FIRST_YEAR = 2021
