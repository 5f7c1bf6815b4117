/**
 * Writers of the canonical formats (SPEC §2): JSON document, wide CSV, long CSV. Strings only;
 * encoding to GB18030 or adding a BOM for Excel is the caller's choice (`bom` option, CLI).
 * Narrative text is not part of either CSV format.
 */
export { writeJson } from './json'
export { writeWideCsv } from './csv-wide'
export { writeLongCsv } from './csv-long'
