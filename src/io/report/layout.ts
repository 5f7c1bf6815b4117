/**
 * The national tables' printed layout (header rows, spans, label cells, value cells with their
 * flat key paths), built from model.ts for either format. The text and HTML renderers draw it.
 */
import {
  APPLICANT_COLUMNS,
  APPLICANT_GROUP_LABEL,
  DISPUTE_COLUMNS,
  DISPUTE_GROUPS,
  LITIGATION_LABEL,
  ORGANISATION_LABEL,
  OUTCOMES_LABEL,
  PROACTIVE_ITEMS,
  REQUEST_GROUPS,
  requestRowsFor,
  type Label,
  type ProactiveItemDef,
  type TemplateId,
} from '../../domain/model'
import { numberingEn } from '../../domain/requestRows'

export interface LayoutCell {
  text: string
  /** The same text in English, for the board's tables on an English screen (the model's `en` labels). */
  en?: string
  colspan?: number
  rowspan?: number
  /** Flat key path of a value cell. */
  path?: string
  kind: 'header' | 'label' | 'value'
}

export type LayoutRow = LayoutCell[]

export interface LayoutTable {
  key: 'proactive' | 'requests' | 'disputes'
  rows: LayoutRow[]
}

// Display-only texts of the national forms (the parser does not need them).
const BALANCE_NOTE: Text = {
  zh: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  en: '(In each column: item I plus item II equals item III plus item IV)',
}
const CONTENT_HEADER: Text = { zh: '信息内容', en: 'Information' }
const OUTCOMES_NUMBERING = '三、'
const PROACTIVE_WIDTH = 3

interface Text {
  zh: string
  en: string
}
type Span = { colspan?: number; rowspan?: number }

/** A label with its printed numbering, in both languages (`三（三）不予公开` / `III(3) Denied`). */
const numbered = (numbering: string, l: Label): Text => ({
  zh: `${numbering}${l.zh}`,
  en: `${numberingEn(numbering)} ${l.en}`,
})

/** 第二十条第（一）项 → Article 20(1). */
const articleEn = (article: string): string =>
  article.replace(/^第二十条第[（(](.+?)[)）]项$/, (_, n: string) => `Article 20${numberingEn(`（${n}）`)}`)

const header = (text: Text, span: Span = {}): LayoutCell => ({ text: text.zh, en: text.en, kind: 'header', ...span })
const label = (text: Text, span: Span = {}): LayoutCell => ({ text: text.zh, en: text.en, kind: 'label', ...span })
const value = (path: string, colspan?: number): LayoutCell => ({
  text: '',
  en: '',
  kind: 'value',
  path,
  ...(colspan ? { colspan } : {}),
})

export function proactiveLayout(template: TemplateId): LayoutTable {
  const rows: LayoutRow[] = []
  const items = PROACTIVE_ITEMS[template]
  let i = 0
  while (i < items.length) {
    const group: ProactiveItemDef[] = [items[i]]
    while (i + group.length < items.length && items[i + group.length].article === items[i].article)
      group.push(items[i + group.length])
    i += group.length
    const fields = group[0].fields
    const lastSpan = PROACTIVE_WIDTH - fields.length + 1
    const span = (j: number) => (j === fields.length - 1 && lastSpan > 1 ? lastSpan : undefined)
    const article = group[0].article
    rows.push([header({ zh: article, en: articleEn(article) }, { colspan: PROACTIVE_WIDTH + 1 })])
    rows.push([header(CONTENT_HEADER), ...fields.map((f, j) => header(f, span(j) ? { colspan: span(j) } : {}))])
    for (const item of group)
      rows.push([label(item), ...item.fields.map((f, j) => value(`proactive.${item.key}.${f.key}`, span(j)))])
  }
  return { key: 'proactive', rows }
}

export function requestsLayout(template: TemplateId): LayoutTable {
  const parts = APPLICANT_COLUMNS.slice(1, -1)
  const rows: LayoutRow[] = [
    [
      header(BALANCE_NOTE, { colspan: 3, rowspan: 3 }),
      header(APPLICANT_GROUP_LABEL, { colspan: APPLICANT_COLUMNS.length }),
    ],
    [
      header(APPLICANT_COLUMNS[0], { rowspan: 2 }),
      header(ORGANISATION_LABEL, { colspan: parts.length }),
      header(APPLICANT_COLUMNS[APPLICANT_COLUMNS.length - 1], { rowspan: 2 }),
    ],
    parts.map((c) => header(c)),
  ]
  const defs = requestRowsFor(template)
  const inOutcomes = defs.filter((r) => r.outcome || r.key === 'total')
  const singleOther = template === '2019'
  defs.forEach((r) => {
    const cells: LayoutRow = []
    if (!r.outcome && r.key !== 'total') {
      cells.push(label(numbered(r.numbering, r), { colspan: 3 }))
    } else {
      if (r === inOutcomes[0])
        cells.push(label(numbered(OUTCOMES_NUMBERING, OUTCOMES_LABEL), { rowspan: inOutcomes.length }))
      const group = r.group ? REQUEST_GROUPS.find((g) => g.key === r.group) : undefined
      if (group && !(singleOther && group.key === 'otherHandling')) {
        const members = defs.filter((d) => d.group === r.group)
        if (members[0] === r) cells.push(label(numbered(group.numbering, group), { rowspan: members.length }))
        cells.push(label(numbered(r.numbering, r)))
      } else if (group) {
        // 2019 format: （六）其他处理 is one row.
        cells.push(label(numbered(group.numbering, group), { colspan: 2 }))
      } else {
        cells.push(label(numbered(r.numbering, r), { colspan: 2 }))
      }
    }
    for (const c of APPLICANT_COLUMNS) cells.push(value(`requests.${r.key}.${c.key}`))
    rows.push(cells)
  })
  return { key: 'requests', rows }
}

export function disputesLayout(): LayoutTable {
  const width = DISPUTE_COLUMNS.length
  const [review, ...litigation] = DISPUTE_GROUPS
  // 行政诉讼-复议后起诉 under the header 行政诉讼 reads 复议后起诉.
  const shortName = (g: Label): Text => ({ zh: g.zh.split('-').pop() ?? g.zh, en: g.en })
  return {
    key: 'disputes',
    rows: [
      [header(review, { colspan: width }), header(LITIGATION_LABEL, { colspan: width * litigation.length })],
      [
        ...DISPUTE_COLUMNS.map((c) => header(c, { rowspan: 2 })),
        ...litigation.map((g) => header(shortName(g), { colspan: width })),
      ],
      litigation.flatMap(() => DISPUTE_COLUMNS.map((c) => header(c))),
      DISPUTE_GROUPS.flatMap((g) => DISPUTE_COLUMNS.map((c) => value(`${g.key}.${c.key}`))),
    ],
  }
}

export function nationalTables(template: TemplateId): LayoutTable[] {
  return [proactiveLayout(template), requestsLayout(template), disputesLayout()]
}
