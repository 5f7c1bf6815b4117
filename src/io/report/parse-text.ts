/**
 * The core of the report reader, on decoded text (HTML and Word files arrive here converted to
 * the one-cell-per-line layout): template, tables, identity, narrative, findings.
 *
 * Identity decisions: the year the document states wins over hints.year (a title is rarely
 * wrong about its own year); hints.office wins over the office guessed from the title (the user
 * knows the canonical name, titles abbreviate); region comes from hints only.
 */
import { buildRecord } from '../../domain/build'
import { InputError, type InputProblem } from '../../domain/errors'
import { FORMAT_2021_FIRST_YEAR, requestRowsFor, type TemplateId } from '../../domain/model'
import type { ReportRecord } from '../../domain/record'
import type { Finding } from '../../domain/types'
import { asNested, nested, said, type Said } from '../../i18n/said'
import { DocumentCells, writeDisputes, writeProactive, writeRequests } from './assemble'
import { readIdentity } from './metadata'
import { findSections, readNarrative, sectionSizes, type SectionKey } from './narrative'
import { findRequestsStart, walkDisputes, walkProactive, walkRequests, type TableWalk } from './tables'
import { splitLines, tokenize, type Token } from './tokens'
import { markerScores } from './vocabulary'

export interface ReportHints {
  office?: string
  region?: string
  year?: number
}

export interface ParsedReport {
  record: ReportRecord
  findings: Finding[]
}

/** The refusal of a document without the report's tables (index.ts says which kind of file it was). */
export const NO_TABLES = said('document.noTables')

interface WalkedRequests {
  template: TemplateId
  start: number
  walk: TableWalk
}

function walkTemplate(tokens: readonly Token[], template: TemplateId): WalkedRequests | undefined {
  const start = findRequestsStart(tokens, template)
  return start < 0 ? undefined : { template, start, walk: walkRequests(tokens, template, start) }
}

/** Markers decide (SPEC §1); when they tie, or the chosen format leaves rows missing, table 三's own rows decide. */
function chooseTemplate(tokens: readonly Token[], year: number | undefined): WalkedRequests | undefined {
  const scores = markerScores(tokens)
  const byYear: TemplateId = year !== undefined && year < FORMAT_2021_FIRST_YEAR ? '2019' : '2021'
  const first: TemplateId =
    scores['2019'] === scores['2021'] ? byYear : scores['2019'] > scores['2021'] ? '2019' : '2021'
  const chosen = walkTemplate(tokens, first)
  if (chosen && chosen.walk.missing.length === 0) return chosen
  const other = walkTemplate(tokens, first === '2019' ? '2021' : '2019')
  if (!chosen) return other
  if (
    other &&
    other.walk.missing.length < chosen.walk.missing.length &&
    (other.walk.missing.length === 0 || scores['2019'] === scores['2021'])
  )
    return other
  return chosen
}

/** First token at or after a 0-based line. */
function tokenAtLine(tokens: readonly Token[], line: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid].line - 1 < line) lo = mid + 1
    else hi = mid
  }
  return lo
}

export function parseDocumentText(
  text: string,
  hints: ReportHints,
  fileName: string | undefined,
  kind: 'text' | 'html',
): ParsedReport {
  const file = fileName
  const lines = splitLines(text)
  const tokens = tokenize(lines)
  const identity = readIdentity(lines)

  const requests = chooseTemplate(tokens, identity.year ?? hints.year)
  if (!requests) throw new InputError(NO_TABLES, { file })
  const { template, start, walk } = requests
  if (walk.missing.length > 0) {
    throw new InputError(said('document.requestsIncomplete', { count: walk.missing.length }), {
      file,
      problems: walk.missing.map((key) => ({ cell: `requests.${key}`, ...said('document.rowMissing', { row: key }) })),
    })
  }
  const again = walkTemplate(tokens.slice(walk.end), template)
  if (again && again.walk.missing.length < requestRowsFor(template).length / 2) {
    const second = tokens[walk.end + again.start]
    // Lines mean something in a text file only; HTML, Word and PDF arrive as one cell per line.
    const message =
      kind === 'text'
        ? said('document.twoReportsAt', { first: tokens[start].line, second: second.line })
        : said('document.twoReports')
    throw new InputError(message, { file })
  }

  const sections = findSections(lines)
  const sectionToken = (key: SectionKey) => {
    const s = sections.find((h) => h.key === key)
    return s ? tokenAtLine(tokens, s.line) : undefined
  }
  const proactiveFrom = sectionToken('proactive')
  const proactive = walkProactive(
    tokens,
    template,
    proactiveFrom !== undefined && proactiveFrom < start ? proactiveFrom : 0,
    start,
  )
  const problemsAt = sectionToken('problems')
  const disputes = walkDisputes(
    tokens,
    walk.end,
    problemsAt !== undefined && problemsAt > walk.end ? problemsAt : tokens.length,
  )
  if (!disputes) {
    throw new InputError(said('document.noDisputes'), { file })
  }

  const office = hints.office?.trim() || identity.office
  const year = identity.year ?? hints.year
  const cells = new DocumentCells(template)
  const findings: Finding[] = []
  const emit = (f: Omit<Finding, 'severity' | 'office' | 'year'>) =>
    findings.push({ ...f, severity: 'warning', office: office ?? '', year: year ?? 0 })
  writeProactive(cells, emit, proactive, template)
  writeRequests(cells, emit, walk, template)
  writeDisputes(cells, emit, disputes)
  const narrative = readNarrative(lines, sections)
  const identityGiven = {
    office,
    region: hints.region?.trim() || undefined,
    year: year === undefined ? undefined : String(year),
    template,
    publishedAt: identity.publishedAt,
  }
  const { record, problems } = buildRecord(identityGiven, cells.defs, cells.values, {
    narrative,
    sections: sectionSizes(lines, sections),
  })
  // One problem is the headline itself; several are listed under it.
  if (!record) throw new InputError(documentHeadline(problems), { file, problems: problems.length > 1 ? problems : [] })
  return { record, findings }
}

/** What the user can give when the document does not state it (the import asks; the CLI has flags). */
const HINT_FLAG: Record<string, string> = { office: '--office', region: '--region', year: '--year' }

/** Problems that say something is missing: the report did not state it. */
const NOT_STATED = new Set<string>(['identity.noOffice', 'identity.noYear'])

/** The error's headline: the builder's message (as every reader words it), with what the user can do. */
function documentHeadline(problems: readonly InputProblem[]): Said {
  if (problems.length !== 1) return said('document.problems', { count: problems.length })
  const [p] = problems
  const flag = p.cell === undefined ? undefined : HINT_FLAG[p.cell]
  const empty = nested('empty')
  return said('document.headline', {
    problem: asNested(p),
    missing: p.messageId !== undefined && NOT_STATED.has(p.messageId) ? nested('document.notStated') : empty,
    value: p.value === undefined ? empty : nested('document.value', { value: p.value }),
    hint: flag ? nested('document.flag', { flag }) : empty,
  })
}
