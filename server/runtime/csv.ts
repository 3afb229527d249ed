/**
 * CSV for the CLI: writing is the project's one writer (server/csv.ts, with its formula guard);
 * reading lives in the core (server/partnerships/import-csv.ts) so the API route can read files on
 * Workers too. Both are re-exported here for the CLI and its tests, which read what they write.
 */
export { CsvError, parseCsv, type CsvRecord } from '../partnerships/import-csv.ts';
export { csvField, formatCsv } from '../csv.ts';
