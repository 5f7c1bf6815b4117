/**
 * Table borders from a page's drawing operators (PDF.js's operator list): stroked straight lines
 * (what WPS draws) and thin filled rectangles (what Word and Chromium draw), through the current
 * transformation matrix and into top-left page coordinates. Curves, fills that are areas (cell
 * shading, a page background) and clipping paths are no borders.
 */
import type { Ruling } from './pdf-geometry'

/** The operator codes used here (PDF.js's OPS; passed in so this file needs no PDF.js). */
export interface PathOps {
  save: number
  restore: number
  transform: number
  constructPath: number
  paintFormXObjectBegin: number
  paintFormXObjectEnd: number
  stroke: number
  closeStroke: number
  fill: number
  eoFill: number
  fillStroke: number
  eoFillStroke: number
  closeFillStroke: number
  closeEOFillStroke: number
}

export interface OperatorList {
  fnArray: ArrayLike<number>
  argsArray: ArrayLike<unknown>
}

type Matrix = [number, number, number, number, number, number]

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]
/** PDF.js's path commands inside a constructPath's buffer. */
const MOVE = 0
const LINE = 1
const CURVE = 2
const QUADRATIC = 3
const CLOSE = 4
/** A filled shape this thin (points) is a line. */
const THIN = 3
/** At most this many borders per page: a hostile page drawing millions of lines is cut short. */
const MAX_RULINGS = 20_000

function multiply(m: Matrix, n: readonly number[]): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ]
}

const isMatrix = (v: unknown): v is number[] =>
  Array.isArray(v) && v.length === 6 && v.every((x) => typeof x === 'number' && Number.isFinite(x))

/** The straight subpaths of a path buffer, each a list of points (curved subpaths are dropped). */
function subpaths(buffer: ArrayLike<number>, m: Matrix): { points: [number, number][]; closed: boolean }[] {
  const out: { points: [number, number][]; closed: boolean }[] = []
  let current: { points: [number, number][]; closed: boolean; curved: boolean } | undefined
  const at = (x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]
  const finish = () => {
    if (current && !current.curved && current.points.length >= 2) out.push(current)
    current = undefined
  }
  for (let k = 0; k < buffer.length;) {
    const op = buffer[k++]
    if (op === MOVE) {
      finish()
      current = { points: [at(buffer[k], buffer[k + 1])], closed: false, curved: false }
      k += 2
    } else if (op === LINE) {
      current?.points.push(at(buffer[k], buffer[k + 1]))
      k += 2
    } else if (op === CURVE || op === QUADRATIC) {
      if (current) current.curved = true
      k += op === CURVE ? 6 : 4
    } else if (op === CLOSE) {
      if (current) current.closed = true
      finish()
    } else break // not a path buffer PDF.js writes: stop reading it
  }
  finish()
  return out
}

function strokedRulings(points: [number, number][], closed: boolean, out: Ruling[]): void {
  const n = points.length
  for (let i = 0; i < (closed ? n : n - 1); i++) {
    const [x0, y0] = points[i]
    const [x1, y1] = points[(i + 1) % n]
    if (Math.abs(x1 - x0) <= 1 || Math.abs(y1 - y0) <= 1) out.push({ x0, y0, x1, y1 })
  }
}

function filledRuling(points: [number, number][], out: Ruling[]): void {
  const xs = points.map((p) => p[0])
  const ys = points.map((p) => p[1])
  const x0 = Math.min(...xs)
  const x1 = Math.max(...xs)
  const y0 = Math.min(...ys)
  const y1 = Math.max(...ys)
  if (y1 - y0 <= THIN && x1 - x0 > THIN) out.push({ x0, y0: (y0 + y1) / 2, x1, y1: (y0 + y1) / 2 })
  else if (x1 - x0 <= THIN && y1 - y0 > THIN) out.push({ x0: (x0 + x1) / 2, y0, x1: (x0 + x1) / 2, y1 })
}

/** The page's borders; `viewport` maps PDF user space to top-left page coordinates. */
export function rulingsOf(list: OperatorList, ops: PathOps, viewport: readonly number[]): Ruling[] {
  const stroking = new Set([
    ops.stroke,
    ops.closeStroke,
    ops.fillStroke,
    ops.eoFillStroke,
    ops.closeFillStroke,
    ops.closeEOFillStroke,
  ])
  const filling = new Set([ops.fill, ops.eoFill])
  const out: Ruling[] = []
  const stack: Matrix[] = []
  let ctm: Matrix = isMatrix(viewport) ? (viewport.slice() as Matrix) : IDENTITY
  for (let i = 0; i < list.fnArray.length && out.length < MAX_RULINGS; i++) {
    const fn = list.fnArray[i]
    const args = list.argsArray[i]
    if (fn === ops.save) stack.push(ctm)
    else if (fn === ops.restore) ctm = stack.pop() ?? ctm
    else if (fn === ops.transform) {
      if (isMatrix(args)) ctm = multiply(ctm, args)
    } else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm)
      const matrix = Array.isArray(args) ? args[0] : undefined
      if (isMatrix(matrix)) ctm = multiply(ctm, matrix)
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm
    else if (fn === ops.constructPath && Array.isArray(args)) {
      const [paint, buffers] = args as [number, unknown]
      const buffer = Array.isArray(buffers) ? buffers[0] : undefined
      if (!(buffer instanceof Float32Array)) continue
      const stroked = stroking.has(paint)
      if (!stroked && !filling.has(paint)) continue
      for (const { points, closed } of subpaths(buffer, ctm)) {
        if (stroked) strokedRulings(points, closed, out)
        else filledRuling(points, out)
      }
    }
  }
  return out
}
