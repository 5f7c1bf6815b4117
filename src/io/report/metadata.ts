/**
 * What a report says about itself: the office and year in its title ("XX2023年政府信息公开工作
 * 年度报告") or first sentences, and its publication date ("来源：… 时间：2025-01-20",
 * "发布日期：…"; failing those, the date signed at the end).
 */
import { foldText } from '../../domain/labels'
import { MAX_YEAR, MIN_YEAR, parseDate } from '../../domain/validate'

export interface DocumentIdentity {
  office?: string
  year?: number
  publishedAt?: string
}

const TITLE_LINES = 15
const REPORT = '(?:政府信息公开|政务公开|信息公开)(?:工作)?(?:年度)?(?:报告|年报)'
// "XX2023年(度)政府信息公开工作年度报告", "XX关于2023年…", "XX政府信息公开工作2023年度报告", "XX政府信息公开工作年度报告（2023年度）"
const TITLES = [
  new RegExp(`^(.*?)(\\d{4})年度?${REPORT}`),
  // "2022年上海市政府信息公开工作年度报告": the place after the year.
  new RegExp(`^()(\\d{4})年度?(.+?)${REPORT}`),
  new RegExp(`^(.*?)(?:政府信息公开|政务公开)(?:工作)?(\\d{4})年度?(?:报告|年报)`),
  new RegExp(`^(.*?)${REPORT}\\(?(\\d{4})年?度?\\)?$`),
]
const OFFICE_END =
  /(?:人民政府|办公室|办公厅|委员会|管理局|街道办事处|办事处|局|厅|委|办|中心|院|署|部|所|站|队|会|处|室|馆|台|社|公司|集团|学校|大学|医院|政府)$/
const BODY_OFFICE = [
  /^本报告由(.{2,40}?)(?:依据|根据|按照|负责|编制|制作)/,
  /^(.{2,40}?)(?:依据|根据|按照)《(?:中华人民共和国)?政府信息公开条例》/,
]
const PLACE = /^[\u4e00-\u9fff]{1,12}[省市区县州旗盟]$/
const PERIOD = /(\d{4})年1月1日起?至\1年12月31日/
const DATE = '(\\d{4}\\s*[-/.年]\\s*\\d{1,2}\\s*[-/.月]\\s*\\d{1,2}日?)'
// Applied to NFKC text with spaces kept: "时间：2025-1-5 10:30" must not read as 2025-1-51.
const DATE_LABELS = new RegExp(
  `(?:^|[\\s|])(?:发布日期|发布时间|发文日期|成文日期|公开日期|更新时间|时间|日期)[\\s:|]*${DATE}`,
)
const SOURCE_LINE = new RegExp(`^\\s*来源\\s*:.*?${DATE}`)
const DATE_WORDS = /日期|时间|来源/
const SIGNATURE_DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/

function cleanOffice(raw: string): string | undefined {
  const s = raw
    .replace(/^.*《/, '')
    .replace(/^(?:标题|题目|【[^】]*】)[:：]?/, '')
    .replace(/^关于(?:印发|公布|发布)?/, '')
    .replace(/关于.*$/, '')
    .replace(/^[《“"「【（(]+|[》”"」】）)]+$/g, '')
    .replace(/[：:，,。]+$/, '')
    .trim()
  if (s.length < 2 || s.length > 40 || /[，。；;！!？?]/.test(s) || !/[\u4e00-\u9fff]/.test(s)) return undefined
  // A report titled by a place ("上海市", "福州市晋安区") is that place's government's report.
  return PLACE.test(s) ? `${s}人民政府` : s
}

function validYear(y: number): number | undefined {
  return y >= MIN_YEAR && y <= MAX_YEAR ? y : undefined
}

function folded(line: string): string {
  return foldText(line).replace(/^#+/, '')
}

/**
 * The first TITLE_LINES text lines, folded — each only when asked for: the title is nearly
 * always the first line, and folding (NFKC) the other fourteen of every report adds up.
 */
function headLines(lines: readonly string[]): Iterable<string> {
  const done: string[] = []
  let next = 0
  const fold = (): boolean => {
    while (next < lines.length && done.length < TITLE_LINES) {
      const line = lines[next++]
      if (line.startsWith('\t') || line.trim() === '') continue
      done.push(folded(line))
      return true
    }
    return false
  }
  // Iterable more than once: each pass reads the lines folded so far, folding more as it goes.
  return {
    *[Symbol.iterator]() {
      for (let k = 0; k < done.length || fold(); k++) yield done[k]
    },
  }
}

/** Read the identity from the first lines (title, first sentence) and dated lines anywhere. */
export function readIdentity(lines: readonly string[]): DocumentIdentity {
  const id: DocumentIdentity = {}
  const head = headLines(lines)
  for (const line of head) {
    for (const re of TITLES) {
      const m = re.exec(line)
      if (!m) continue
      id.year ??= validYear(Number(m[2]))
      const office = cleanOffice(m[1] || (m[3] ?? ''))
      if (office && !id.office) id.office = office
      break
    }
    if (id.office && id.year) break
  }
  if (!id.office) {
    for (const line of head) {
      for (const re of BODY_OFFICE) {
        const m = re.exec(line)
        const office = m ? cleanOffice(m[1]) : undefined
        if (office && OFFICE_END.test(office)) {
          id.office = office
          break
        }
      }
      if (id.office) break
    }
  }
  if (!id.year) {
    for (const line of lines) {
      const m = PERIOD.exec(line.normalize('NFKC'))
      if (m) {
        id.year = validYear(Number(m[1]))
        break
      }
    }
  }
  id.publishedAt = findPublishedAt(lines)
  return id
}

function findPublishedAt(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    if (line.length > 200 || line.startsWith('\t') || !DATE_WORDS.test(line)) continue
    const f = line.normalize('NFKC')
    const m = DATE_LABELS.exec(f) ?? SOURCE_LINE.exec(f)
    if (!m) continue
    const date = parseDate(m[1])
    if (date.ok && date.value) return date.value
  }
  // The date signed under the report, among its last lines.
  let seen = 0
  for (let i = lines.length - 1; i >= 0 && seen < 5; i--) {
    const f = folded(lines[i])
    if (f === '') continue
    seen++
    if (SIGNATURE_DATE.test(f)) {
      const date = parseDate(f)
      if (date.ok && date.value) return date.value
    }
  }
  return undefined
}
