/**
 * A saved web page or Word-exported HTML → the one-cell-per-line text layout the core reads:
 * every <td> becomes "\t" + its text on one line (a blank <td> stays a blank cell at its place),
 * every row ends with an empty line, every block outside tables becomes one line.
 * Uses htmlparser2's streaming parser (no DOM: runs in Node and in Web Workers).
 */
import { Parser } from 'htmlparser2'
import { InputError } from '../../domain/errors'
import { said } from '../../i18n/said'

interface HtmlElement {
  tag: string
  children: HtmlNode[]
}
type HtmlNode = HtmlElement | string

// <title> is written first by htmlToCellText; <head> itself is not skipped, an unclosed one would swallow the page.
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'object',
  'iframe',
  'select',
  'button',
  'xml',
  'title',
])
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'nav',
  'center',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'form',
  'fieldset',
  'address',
  'hr',
  'tr',
  'td',
  'th',
  'tbody',
  'thead',
  'tfoot',
  'caption',
  'figure',
  'figcaption',
  'title',
  'body',
  'html',
])
const CELL = new Set(['td', 'th'])

/**
 * Deepest element nesting read. Real pages (CMS templates, Word's "save as web page") stay well
 * under 100; htmlparser2's time grows with depth × tags, so a page nested 100,000 deep would run
 * for minutes (and overflow the stack of the tree walks below).
 */
export const MAX_HTML_DEPTH = 256

/** A light element tree; htmlparser2 closes implied tags (</td>, </tr>, </p>) for us. */
function parseTree(html: string, fileName?: string): { root: HtmlElement; title: string } {
  const root: HtmlElement = { tag: '#root', children: [] }
  const stack: HtmlElement[] = [root]
  let title = ''
  let inTitle = false
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'title') inTitle = true
        const el: HtmlElement = { tag: name, children: [] }
        stack[stack.length - 1].children.push(el)
        stack.push(el)
        if (stack.length > MAX_HTML_DEPTH) {
          // Thrown out of parser.write(): parsing stops here.
          throw new InputError(said('html.tooDeep', { max: MAX_HTML_DEPTH }), { file: fileName })
        }
      },
      ontext(text) {
        if (inTitle) title += text
        // Source indentation between tags is one space at most.
        stack[stack.length - 1].children.push(/^[ \t\r\n\f]+$/.test(text) ? ' ' : text)
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false
        for (let i = stack.length - 1; i > 0; i--) {
          if (stack[i].tag === name) {
            stack.length = i
            break
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  )
  parser.write(html)
  parser.end()
  return { root, title }
}

const CJK_BREAK =
  /([\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])[ \t\r\n]*\n[ \t\r\n]*(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])/g

/** Collapse source whitespace; a line break in the HTML source between two Chinese characters is no space. */
function collapse(text: string): string {
  const joined = text.includes('\n') ? text.replace(CJK_BREAK, '$1') : text
  return joined.replace(/[ \t\r\n\f]+/g, ' ')
}

function hasTable(el: HtmlElement): boolean {
  return el.children.some((c) => typeof c !== 'string' && (c.tag === 'table' || hasTable(c)))
}

/** A cell's text on one line: parts separated by <br>/<p> are joined (a space only between digits or letters). */
function cellText(el: HtmlElement): string {
  const parts: string[] = []
  let current = ''
  const walk = (node: HtmlNode) => {
    if (typeof node === 'string') {
      current += collapse(node)
      return
    }
    if (SKIP.has(node.tag)) return
    const block = BLOCK.has(node.tag) || node.tag === 'br'
    if (block) {
      parts.push(current)
      current = ''
    }
    node.children.forEach(walk)
    if (block) {
      parts.push(current)
      current = ''
    }
  }
  el.children.forEach(walk)
  parts.push(current)
  let out = ''
  for (const raw of parts) {
    const p = raw.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '')
    if (!p) continue
    out = out && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(p) ? `${out} ${p}` : out + p
  }
  return out.replace(/\t/g, ' ')
}

/** Rows of a data table in order (through thead/tbody/tfoot), not those of nested tables. */
function tableRows(table: HtmlElement): HtmlElement[] {
  const rows: HtmlElement[] = []
  const walk = (el: HtmlElement) => {
    for (const c of el.children) {
      if (typeof c === 'string' || c.tag === 'table') continue
      if (c.tag === 'tr') rows.push(c)
      else walk(c)
    }
  }
  walk(table)
  return rows
}

function rowCells(row: HtmlElement): HtmlElement[] {
  const cells: HtmlElement[] = []
  const walk = (el: HtmlElement) => {
    for (const c of el.children) {
      if (typeof c === 'string' || c.tag === 'table' || c.tag === 'tr') continue
      if (CELL.has(c.tag)) cells.push(c)
      else walk(c)
    }
  }
  walk(row)
  return cells
}

class Lines {
  readonly out: string[] = []
  private current = ''
  text(s: string): void {
    this.current += collapse(s)
  }
  flush(): void {
    const line = this.current.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/g, '')
    if (line) this.out.push(line)
    this.current = ''
  }
  raw(line: string): void {
    this.flush()
    this.out.push(line)
  }
}

function render(node: HtmlNode, lines: Lines): void {
  if (typeof node === 'string') {
    lines.text(node)
    return
  }
  if (SKIP.has(node.tag)) return
  if (node.tag === 'br') {
    lines.flush()
    return
  }
  if (node.tag === 'table' && !hasTable(node)) {
    lines.flush()
    for (const row of tableRows(node)) {
      for (const cell of rowCells(row)) lines.raw(`\t${cellText(cell)}`)
      lines.raw('')
    }
    lines.raw('')
    return
  }
  // A layout table (one that holds tables) is read like any other block.
  const block = BLOCK.has(node.tag) || node.tag === 'table'
  if (block) lines.flush()
  for (const c of node.children) render(c, lines)
  if (block) lines.flush()
}

/** The page as text in the one-cell-per-line layout; the <title> first (it often holds the office name). */
export function htmlToCellText(html: string, fileName?: string): string {
  const { root, title } = parseTree(html, fileName)
  const lines = new Lines()
  const t = collapse(title).trim()
  if (t) lines.raw(t)
  for (const c of root.children) render(c, lines)
  lines.flush()
  return lines.out.join('\n')
}
