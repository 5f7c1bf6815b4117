/**
 * The national format's boilerplate: sentences every report may print word for word, so two
 * reports sharing them share nothing of their own. `narrative-copy` leaves a sentence out when one
 * of these patterns matches it (the whole sentence, from one 。！？； or line break to the next).
 *
 * One table, so the rule, the side-by-side view and the documentation list the same sentences.
 */
export interface BoilerplateSentence {
  readonly id: string
  /** What the sentence says, for the documentation. */
  readonly zh: string
  readonly pattern: RegExp
}

const PART_NAMES = [
  '总体情况',
  '主动公开政府信息情况',
  '收到和处理政府信息公开申请情况',
  '行政复议、行政诉讼情况',
  '存在的主要问题及改进情况',
  '其他需要报告的事项',
]

export const BOILERPLATE_SENTENCES: readonly BoilerplateSentence[] = [
  {
    id: 'legal-basis',
    zh: '编制依据：根据《中华人民共和国政府信息公开条例》（第五十条）编制本报告',
    // Only the sentence about this report: "按照《条例》要求，全年主动公开…" is the office's own.
    pattern: /(?:根据|依据|按照|遵照).{0,40}条例.{0,60}(?:编制|撰写|第五十条)|第五十条.{0,40}(?:编制|本报告)/,
  },
  {
    id: 'report-prepared',
    zh: '本报告由……编制 / 现公布本机关某年度政府信息公开工作年度报告',
    pattern:
      /^(?:特|现)?(?:向社会)?(?:公布|发布)?本(?:年度)?报告(?:由.{0,30}编制|如下)|^现(?:将|公布|发布).{0,40}年度报告/,
  },
  {
    id: 'six-parts',
    zh: '本报告包括总体情况、主动公开政府信息情况……其他需要报告的事项等部分（列出六个部分的段落）',
    // Any sentence naming three or more of the six parts is the paragraph listing them.
    pattern: new RegExp(`^(?=(?:.*?(?:${PART_NAMES.map((n) => n.replace(/[、]/g, '.?')).join('|')})){3})`),
  },
  {
    id: 'statistics-period',
    zh: '本报告中所列数据的统计期限自某年1月1日起至12月31日止',
    pattern: /统计(?:期限|时限|期间|时段|区间)|数据.{0,10}(?:自|从).{0,20}(?:起|至).{0,20}(?:止|为止)/,
  },
  {
    id: 'where-to-read',
    zh: '本报告电子版可在某网站查阅下载；如对本报告有疑问，请与某处联系（地址、电话、邮编）',
    pattern: /本报告.{0,40}(?:电子版|网站|网址|查阅|下载)|如对本报告有|联系(?:地址|电话)|邮政编码|邮编/,
  },
  {
    id: 'processing-fee',
    zh: '信息处理费：依据《政府信息公开信息处理费管理办法》，本年度发出收费通知0件、收取0元（或未收取）',
    pattern: /信息处理费|收费通知/,
  },
  {
    id: 'nothing-else',
    zh: '六、其他需要报告的事项：无 / 本年度无其他需要报告的事项',
    pattern:
      /^(?:无|暂无|没有|本(?:机关|单位|部门|局|委|办|年度?)?无其他(?:需要)?报告(?:的)?事项|无其他(?:需要)?报告(?:的)?事项)$/,
  },
]

/** Is the sentence (trimmed, final punctuation removed) one of the format's boilerplate sentences? */
export function isBoilerplate(sentence: string): boolean {
  const s = sentence.replace(/^[\s\u3000]+|[\s\u3000。！？；;!?.]+$/g, '')
  if (s === '') return true
  return BOILERPLATE_SENTENCES.some((b) => b.pattern.test(s))
}
