/**
 * Writing CSV for the CLI (links for printed cards). Reading lives in the core
 * (server/partnerships/import-csv.ts) so the API route can read files on Workers too; it is
 * re-exported here for the CLI and its tests, which read what they write with the same parser.
 */
export { CsvError, parseCsv, type CsvRecord } from '../partnerships/import-csv.ts';

/** A field quoted only when it must be: it holds a comma, quote or line break, or edge spaces. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as CSV text with CRLF after every record, as RFC 4180 specifies. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}
