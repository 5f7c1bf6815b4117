import { describe, expect, it } from 'vitest'
import type { PageContent, Ruling, TextRun } from './pdf-geometry'
import { layoutPages } from './pdf-layout'

const SIZE = 10
const run = (text: string, x: number, top: number, size = SIZE): TextRun => ({
  text,
  x0: x,
  x1: x + size * [...text].reduce((w, c) => w + (c.charCodeAt(0) < 0x80 ? 0.5 : 1), 0),
  top,
  bottom: top + size,
  size,
})
/** One glyph per run, as Chromium and WPS write text. */
const glyphs = (text: string, x: number, top: number): TextRun[] => [...text].map((c, i) => run(c, x + i * SIZE, top))

/** Borders of boxes [x0, top, x1, bottom], drawn one box at a time as Word does. */
function boxes(list: readonly [number, number, number, number][]): Ruling[] {
  return list.flatMap(([x0, t, x1, b]) => [
    { x0, y0: t, x1, y1: t },
    { x0, y0: b, x1, y1: b },
    { x0, y0: t, x1: x0, y1: b },
    { x0: x1, y0: t, x1, y1: b },
  ])
}

const page = (runs: TextRun[], rulings: Ruling[] = []): PageContent => ({ width: 600, height: 800, runs, rulings })

/** Columns: vertical label 100–120, group 120–180, row label 180–300, seven figures 300–440. */
const COLS = [100, 120, 180, 300, 320, 340, 360, 380, 400, 420, 440]
function figureBoxes(top: number, bottom: number): [number, number, number, number][] {
  return COLS.slice(3, -1).map((x, i) => [x, top, COLS[4 + i], bottom])
}
function figures(values: readonly string[], top: number): TextRun[] {
  return values.map((v, i) => run(v, COLS[3 + i] + 7, top))
}

describe('layoutPages', () => {
  it('reads a ruled table cell by cell: a label set vertically, a group label between its rows, a wrapped label around its figures', () => {
    // Rows at 100–140 (a label wrapped on two lines, the figures between them) and 140–160.
    const rulings = boxes([
      [100, 100, 120, 160], // 三、本年度办理结果, one character a line
      [120, 100, 180, 160], // （二）… group label, printed once in the middle
      [180, 100, 300, 140],
      [180, 140, 300, 160],
      ...figureBoxes(100, 140),
      ...figureBoxes(140, 160),
    ])
    const runs = [
      ...['三', '、', '本', '年', '度'].map((c, i) => run(c, 105, 102 + i * 11)),
      ...glyphs('（三）不予', 121, 118),
      ...glyphs('公开', 121, 129),
      run('1.属于国家', 182, 104),
      run('秘密', 182, 124),
      ...figures(['1', '0', '0', '0', '0', '0', '1'], 114),
      run('2.其他法律行政法规', 182, 144),
      ...figures(['0', '0', '0', '0', '0', '0', '0'], 144),
    ]
    const lines = layoutPages([page(runs, rulings)]).split('\n')
    expect(lines.slice(0, 12)).toEqual([
      '\t三、本年度',
      '\t（三）不予公开',
      '\t1.属于国家秘密',
      ...['1', '0', '0', '0', '0', '0', '1'].map((v) => `\t${v}`),
      '',
      '\t2.其他法律行政法规',
    ])
  })

  it('puts a row cut by a page break back together, but not the header repeated on the new page', () => {
    const cols = (top: number, bottom: number) => [[180, top, 300, bottom], ...figureBoxes(top, bottom)] as const
    const first = page(
      [run('5.要求行政机关确认或重新', 182, 702), run('-1-', 290, 760)],
      boxes([...cols(650, 700), ...cols(700, 720)] as [number, number, number, number][]),
    )
    const second = page(
      [
        run('出具已获取信息', 182, 52),
        ...figures(['0', '0', '0', '0', '0', '0', '0'], 52),
        run('（七）总计', 182, 72),
        ...figures(['3', '0', '0', '0', '0', '0', '3'], 72),
      ],
      boxes([...cols(50, 70), ...cols(70, 90)] as [number, number, number, number][]),
    )
    const text = layoutPages([first, second])
    expect(text).toContain('\t5.要求行政机关确认或重新出具已获取信息\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n')
    expect(text).not.toContain('-1-')
    expect(text).toContain('\t（七）总计\n\t3\n')

    const repeated = page(
      [...['商业', '科研', '社会', '法律', '其他', '总计', '自然'].map((h, i) => run(h, COLS[3 + i] + 1, 52))],
      boxes([...cols(50, 70)] as [number, number, number, number][]),
    )
    const withHeader = layoutPages([first, repeated])
    expect(withHeader).toContain('\t5.要求行政机关确认或重新\n')
  })

  it('joins a title wrapped onto two lines, drops page numbers and keeps prose and borderless rows apart', () => {
    const runs = [
      ...glyphs('某区人民政府办公室2023年政府信息公开工作年度', 100, 60).map((r) => ({ ...r, size: 16 })),
      ...glyphs('报告', 280, 82).map((r) => ({ ...r, size: 16 })),
      run('一、总体情况', 100, 120),
      run('行政许可', 100, 140),
      run('126', 300, 140),
      run('- 2 -', 290, 770),
    ]
    const lines = layoutPages([page(runs)]).split('\n')
    expect(lines[0]).toBe('某区人民政府办公室2023年政府信息公开工作年度报告')
    expect(lines).toContain('一、总体情况')
    expect(lines).toContain('行政许可\t126')
    expect(lines.join('\n')).not.toContain('2 -')
  })

  it('rebuilds a borderless table from where its figures stand: a blank cell keeps its column, a blank row its label', () => {
    const xs = [260, 300, 340, 380]
    const row = (label: string, values: (string | null)[], top: number) => [
      run(label, 100, top),
      ...values.flatMap((v, i) => (v === null ? [] : [run(v, xs[i], top)])),
    ]
    const runs = [
      ...row('1.本机关不掌握相关政府信息', ['1', '0', '2', '3'], 100),
      ...row('2.没有现成信息需要另行制作', ['4', null, null, '4'], 115),
      ...row('3.补正后申请内容仍不明确', [null, null, null, null], 130),
      ...row('1.信访举报投诉类申请', [null, '5', '6', '11'], 145),
    ]
    const rows = layoutPages([page(runs)])
      .split('\n\n')
      .map((r) => r.split('\n').map((cell) => cell.replace(/^\t/, '')))
    expect(rows.slice(0, 4)).toEqual([
      ['1.本机关不掌握相关政府信息', '1', '0', '2', '3'],
      ['2.没有现成信息需要另行制作', '4', '', '', '4'],
      ['3.补正后申请内容仍不明确', '', '', '', ''],
      ['1.信访举报投诉类申请', '', '5', '6', '11'],
    ])
  })

  it('reads a label spread across its cell (distributed alignment) as one label, figures in one box as cells', () => {
    // One box for the label, one for all seven figures (its inner borders not drawn).
    const rulings = boxes([
      [180, 100, 300, 120],
      [300, 100, 440, 120],
    ])
    const runs = [run('总', 190, 104), run('计', 280, 104), ...figures(['3', '0', '0', '0', '0', '0', '3'], 104)]
    expect(
      layoutPages([page(runs, rulings)])
        .split('\n')
        .slice(0, 8),
    ).toEqual(['\t总计', ...['3', '0', '0', '0', '0', '0', '3'].map((v) => `\t${v}`)])
  })
})
