import { describe, expect, it } from 'vitest'
import type { Ruling, TextRun } from './pdf-geometry'
import { findGrids } from './pdf-grid'

const h = (y: number, x0: number, x1: number): Ruling => ({ x0, y0: y, x1, y1: y })
const v = (x: number, y0: number, y1: number): Ruling => ({ x0: x, y0, x1: x, y1 })
const run = (text: string, x: number, top: number, size = 10): TextRun => ({
  text,
  x0: x,
  x1: x + size * text.length,
  top,
  bottom: top + size,
  size,
})

/** A 3×3 grid at x 0/100/200/300, y 0/20/40/60, drawn cell by cell, minus the borders listed. */
function grid(missing: (r: Ruling) => boolean = () => false): Ruling[] {
  const out: Ruling[] = []
  for (let r = 0; r < 3; r++)
    for (let c = 0; c < 3; c++) {
      const [x0, x1, y0, y1] = [c * 100, c * 100 + 100, r * 20, r * 20 + 20]
      out.push(h(y0, x0, x1), h(y1, x0, x1), v(x0, y0, y1), v(x1, y0, y1))
    }
  return out.filter((r) => !missing(r))
}

describe('findGrids', () => {
  it('makes one cell per box and puts each run in the cell holding its centre', () => {
    const { grids, outside } = findGrids(grid(), [run('规章', 10, 25), run('0', 150, 25), run('标题', 10, -40)])
    expect(grids).toHaveLength(1)
    expect(grids[0].cells).toHaveLength(9)
    const texts = grids[0].cells.map((c) => c.runs.map((r) => r.text).join(''))
    expect(texts[3]).toBe('规章')
    expect(texts[4]).toBe('0')
    expect(outside.map((r) => r.text)).toEqual(['标题'])
  })

  it('merges cells whose shared border is not drawn: a label spanning rows, a header spanning columns', () => {
    // No border between rows 1 and 2 in column 0 (a rowspan), none between columns 1 and 2 in row 0.
    const rulings = grid(
      (r) =>
        (r.y0 === 40 && r.y1 === 40 && r.x0 === 0 && r.x1 === 100) ||
        (r.x0 === 200 && r.x1 === 200 && r.y0 === 0 && r.y1 === 20),
    )
    const top = (text: string, x: number, y: number) => run(text, x, y, 10)
    const { grids } = findGrids(rulings, [top('三', 40, 32), top('、', 40, 44), top('行政诉讼', 150, 5)])
    const cells = grids[0].cells
    const vertical = cells.find((c) => c.row === 1 && c.col === 0)
    expect(vertical).toMatchObject({ rowSpan: 2, colSpan: 1 })
    expect(vertical?.runs.map((r) => r.text)).toEqual(['三', '、'])
    expect(cells.find((c) => c.row === 0 && c.col === 1)).toMatchObject({ rowSpan: 1, colSpan: 2 })
    expect(cells).toHaveLength(7)
  })

  it('keeps two tables apart when their columns sit a hair from each other', () => {
    // Table A above (x 0..300), table B below with a border at 199.3 instead of 200.
    const b = grid().map((r) => ({
      x0: r.x0 === 200 ? 199.3 : r.x0,
      x1: r.x1 === 200 ? 199.3 : r.x1,
      y0: r.y0 + 100,
      y1: r.y1 + 100,
    }))
    const { grids } = findGrids([...grid(), ...b], [run('a', 10, 5), run('b', 10, 105)])
    expect(grids).toHaveLength(2)
    for (const g of grids) expect(g.xs).toHaveLength(4)
  })

  it('takes a box around the page or a heading for no table', () => {
    const frame = [h(0, 0, 500), h(800, 0, 500), v(0, 0, 800), v(500, 0, 800), h(50, 0, 500)]
    const { grids, outside } = findGrids(frame, [run('一、总体情况', 20, 20)])
    expect(grids).toHaveLength(0)
    expect(outside).toHaveLength(1)
  })
})
