import { describe, expect, it } from 'vitest'
import { rulingsOf, type PathOps } from './pdf-graphics'

// PDF.js's operator codes (OPS) for what rulingsOf reads.
const OPS: PathOps = {
  save: 10,
  restore: 11,
  transform: 12,
  constructPath: 91,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  stroke: 20,
  closeStroke: 21,
  fill: 22,
  eoFill: 23,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
}
const MOVE = 0
const LINE = 1
const CURVE = 2
const CLOSE = 4
/** A4 portrait: PDF user space (y up) to top-left page coordinates. */
const VIEWPORT = [1, 0, 0, -1, 0, 842]

const path = (paint: number, ...ops: number[]) => [paint, [Float32Array.from(ops)], null]
const rect = (x: number, y: number, w: number, h: number) => [
  MOVE,
  x,
  y,
  LINE,
  x + w,
  y,
  LINE,
  x + w,
  y + h,
  LINE,
  x,
  y + h,
  CLOSE,
]

describe('rulingsOf', () => {
  it('reads stroked lines (WPS) and thin filled rectangles (Word, Chromium) as borders, in page coordinates', () => {
    const list = {
      fnArray: [OPS.constructPath, OPS.constructPath],
      argsArray: [path(OPS.stroke, MOVE, 72, 700, LINE, 500, 700), path(OPS.fill, ...rect(72, 600, 0.5, 100))],
    }
    expect(rulingsOf(list, OPS, VIEWPORT)).toEqual([
      { x0: 72, y0: 142, x1: 500, y1: 142 },
      { x0: 72.25, y0: 142, x1: 72.25, y1: 242 },
    ])
  })

  it('applies the transformation matrix through save/restore and form XObjects', () => {
    const list = {
      fnArray: [
        OPS.save,
        OPS.transform,
        OPS.constructPath,
        OPS.restore,
        OPS.paintFormXObjectBegin,
        OPS.constructPath,
        OPS.paintFormXObjectEnd,
        OPS.constructPath,
      ],
      argsArray: [
        null,
        [0.75, 0, 0, 0.75, 0, 0],
        path(OPS.fill, ...rect(100, 100, 200, 1)),
        null,
        [[1, 0, 0, 1, 10, 0], null],
        path(OPS.stroke, MOVE, 0, 0, LINE, 0, 50),
        null,
        path(OPS.stroke, MOVE, 0, 0, LINE, 0, 50),
      ],
    }
    const [scaled, inForm, after] = rulingsOf(list, OPS, VIEWPORT)
    expect(scaled).toMatchObject({ x0: 75, x1: 225 })
    expect(inForm).toMatchObject({ x0: 10, x1: 10 })
    expect(after).toMatchObject({ x0: 0, x1: 0 })
  })

  it('takes no curve, no shaded area and no clipping path for a border', () => {
    const list = {
      fnArray: [OPS.constructPath, OPS.constructPath, OPS.constructPath],
      argsArray: [
        path(OPS.stroke, MOVE, 0, 0, CURVE, 10, 10, 20, 10, 30, 0),
        path(OPS.fill, ...rect(72, 100, 300, 40)),
        path(28 /* endPath: a clip */, ...rect(72, 100, 300, 0.5)),
      ],
    }
    expect(rulingsOf(list, OPS, VIEWPORT)).toEqual([])
  })
})
