/**
 * The hostile corpus (issue 8): files a supervisor may receive from offices they do not control,
 * malformed or malicious, each with what the reader must do. Small hand-made files sit in
 * ./files; big and binary ones are generated at test time (nothing of 50 MB is committed).
 * Shared by the unit test (readInputFile, what the import worker runs), the CLI test and the
 * browser test, so all three hold the app to the same messages.
 */
import { DOCUMENT_CASES } from './cases-documents'
import { FILE_CASES } from './cases-files'
import { PDF_CASES } from './cases-pdf'
import { TABLE_CASES } from './cases-tables'
import type { HostileCase } from './make'

export { SCRIPT_MARKER, type HostileCase } from './make'

export const HOSTILE_CASES: HostileCase[] = [...FILE_CASES, ...TABLE_CASES, ...DOCUMENT_CASES, ...PDF_CASES]
