/**
 * Figures a narrative states clearly about the report's own tables, for `narrative-mismatch`:
 * "共收到政府信息公开申请154件", "办结148件", "结转下年度继续办理6件", "上年结转3件",
 * "行政复议36起", "行政诉讼9起", "行政复议、行政诉讼案件共5件", and the statements without a
 * number that still fix one: "未收到政府信息公开申请" (0), "已全部办结" (nothing carried forward),
 * "未发生行政复议、行政诉讼" (0).
 *
 * Only clear statements count; when in doubt the sentence is left alone. A sentence is skipped
 * when it compares (同比, 较上年, 增长, %, 率…), mentions another year (2023年, 上一年度, 去年),
 * estimates or accumulates (约, 预计, 累计, 以来). A clause (between commas) is read only when it
 * holds exactly one whole number with the unit 件/起/宗/例, no approximation (余, 多, 以上, 近…),
 * no subset (其中, 通过, 自然人, 涉及…), and words of exactly one figure.
 */

/** What a statement is about (the table side is in mismatch.ts). */
export type FigureKey =
  'received' | 'carriedOver' | 'handled' | 'carriedForward' | 'allHandled' | 'review' | 'litigation' | 'disputes'

export interface NarrativeFigure {
  figure: FigureKey
  value: number
  /** The sentence as printed (trimmed), to quote. */
  sentence: string
  /** "新收" was said: the figure is this year's new requests only, not with those carried over. */
  newOnly?: boolean
}

const SENTENCES = /[^。！？!?\n；;]+/g
// A comma between digits is a thousands separator (1,204), not the end of a clause.
const CLAUSES = /(?:[^，,：:]|(?<=\d),(?=\d{3}))+/g

const COMPARES =
  /同比|环比|较上|比上|较去年|比去年|与上一?年|上年同期|较\d{4}|比\d{4}|增长|下降|增加|减少|上升|回落|持平|翻番|倍|%|％|百分|率|预计|计划|目标|约|累计|历年|以来|截至目前|平均/
const OTHER_YEAR_WORDS = /上一?年度?|去年|前年|往年|近\s*\d+\s*年|近[两三四五]年/
const CARRIED_OVER_WORDS = /(?:上一?年度?|去年)结转/g
const APPROXIMATE = /\d\s*(?:余|多)|(?:近|超过|不足|不到|逾|达|约)\s*\d|\d\s*[件起宗例]?\s*(?:以上|以下|左右|上下)/
const SUBSET =
  /其中|通过|自然人|法人|企业|组织|律师|个人|信函|网络|网上|在线|当面|现场|传真|邮件|邮寄|电话|平台|窗口|分别|各|占|涉及|关于|有关|类|按时|按期|及时|逾期|超期|法定|当场|延期/
const NUMBER = /\d[\d,]*(?:\.\d+)?/g
const UNIT_AFTER = /^\s*(?:件|起|宗|例)/

/** The figure a clause speaks of, by its words; undefined when none or more than one. */
function figureOf(clause: string): { figure: FigureKey; newOnly?: boolean } | undefined {
  const found: { figure: FigureKey; newOnly?: boolean }[] = []
  const review = /复议/.test(clause)
  const litigation = /诉讼|起诉/.test(clause)
  if (review && litigation) {
    if (/行政复议[、和及与或]\s*行政诉讼|复议[、和及与或]诉讼|行政诉讼[、和及与或]\s*行政复议/.test(clause))
      found.push({ figure: 'disputes' })
    else return undefined // "复议后起诉" and the like: a part of the figures, not one of them
  } else if (review) found.push({ figure: 'review' })
  else if (litigation) found.push({ figure: 'litigation' })
  if (/(?:上一?年度?|去年)结转/.test(clause)) found.push({ figure: 'carriedOver' })
  else if (/结转/.test(clause)) found.push({ figure: 'carriedForward' })
  if (/办结/.test(clause)) found.push({ figure: 'handled' })
  if (/收到|新收|受理|接收|接到/.test(clause) && /申请/.test(clause))
    found.push({ figure: 'received', newOnly: /新收/.test(clause) })
  return found.length === 1 ? found[0] : undefined
}

/** "未收到政府信息公开申请", "已全部办结", "未发生行政复议和行政诉讼": statements of 0 without a digit. */
function zeroStatement(clause: string): { figure: FigureKey; value: number } | undefined {
  if (/(?:未|没有)(?:收到|接到|受理)(?:过)?(?:任何)?(?:政府信息公开|依申请公开)?申请/.test(clause))
    return { figure: 'received', value: 0 }
  if (/(?:已?全部|均已)办结/.test(clause) && !/未|结转|上年/.test(clause)) return { figure: 'allHandled', value: 0 }
  const none =
    /(?:未发生|没有发生|未出现|没有出现|未产生|未收到|没有收到|无)(?:因|涉及)?(?:政府信息公开(?:工作)?)?(?:而)?(?:(?:引起|引发|导致)的?)?(?:被申请|被提起)?(行政复议|行政诉讼)(?:(?:案件)?[、和及与或]\s*(?:行政)?(诉讼|复议))?/.exec(
      clause,
    )
  if (!none) return undefined
  if (none[2]) return { figure: 'disputes', value: 0 }
  return { figure: none[1] === '行政复议' ? 'review' : 'litigation', value: 0 }
}

/** Does the sentence mention a year other than the report's own? */
function mentionsOtherYear(sentence: string, year: number): boolean {
  for (const m of sentence.matchAll(/(\d{4})\s*年/g)) if (Number(m[1]) !== year) return true
  return OTHER_YEAR_WORDS.test(sentence.replace(CARRIED_OVER_WORDS, ''))
}

/** The clear statements of a narrative about its report's figures, in the order written. */
export function readNarrativeFigures(text: string, year: number): NarrativeFigure[] {
  const out: NarrativeFigure[] = []
  for (const m of text.matchAll(SENTENCES)) {
    const sentence = m[0].replace(/^[\s\u3000]+|[\s\u3000]+$/g, '')
    // Read with full-width digits and punctuation folded; quoted as printed.
    const folded = sentence.normalize('NFKC')
    if (!folded || COMPARES.test(folded) || mentionsOtherYear(folded, year)) continue
    // The report's own year is no figure of the tables: "2024年共收到申请154件" holds one number.
    const withoutYear = folded.replace(new RegExp(`${year}\\s*年度?`, 'g'), '')
    for (const c of withoutYear.matchAll(CLAUSES)) {
      const clause = c[0].replace(/\s+/g, '')
      if (SUBSET.test(clause)) continue
      const numbers = [...clause.matchAll(NUMBER)]
      if (numbers.length === 0) {
        const zero = zeroStatement(clause)
        if (zero) out.push({ ...zero, sentence })
        continue
      }
      if (numbers.length !== 1 || APPROXIMATE.test(clause)) continue
      const n = numbers[0]
      if (n[0].includes('.') || !UNIT_AFTER.test(clause.slice(n.index + n[0].length))) continue
      const value = Number(n[0].replace(/,/g, ''))
      if (!Number.isSafeInteger(value)) continue
      const about = figureOf(clause)
      if (about) out.push({ ...about, value, sentence })
    }
  }
  return out
}
