/**
 * Spreadsheet formula injection: Excel and WPS run a cell that starts with = + - @ (or a tab or
 * carriage return before one) as a formula. Exports prefix such cells with an apostrophe, which
 * Excel hides and keeps the text as typed. Plain numbers ("-12", "3.5") stay numbers.
 */

const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r'])
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/

export function neutralizeFormula(cell: string): string {
  if (cell === '' || !TRIGGERS.has(cell[0])) return cell
  if (PLAIN_NUMBER.test(cell)) return cell
  return `'${cell}`
}

/** The reverse, for reading back our own exports: "'=x" → "=x". Other apostrophes are kept. */
export function restoreFormula(cell: string): string {
  return cell.length > 1 && cell.charCodeAt(0) === 39 && TRIGGERS.has(cell[1]) ? cell.slice(1) : cell
}
