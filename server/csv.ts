/**
 * The one CSV writer (review exports, printed-card links): RFC 4180 quoting, CRLF after every record,
 * and a guard against spreadsheet formulas. Names and comments are typed by people, and a cell such as
 * `=HYPERLINK("http://evil.example","x")` would run when staff open the file, so text that starts like
 * a formula gets a leading apostrophe, which spreadsheets show as text and hide. A number-like cell
 * (a phone such as +1 312 555 0100, a change such as -0.4) cannot call anything and is kept as is.
 */

export type CsvCell = string | number | boolean | null | undefined;

const formulaStart = /^[=+\-@\t\r]/;
const numberLike = /^[+-]?[\d\s().,-]*$/;

/** One cell as text: empty for null, two decimals for fractions, quoted only when it must be. */
export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const safe = formulaStart.test(value) && !numberLike.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Rows as CSV text with CRLF after every record. `bom` starts the text with a byte order mark, so
 * spreadsheets read accented names as UTF-8.
 */
export function formatCsv(rows: readonly (readonly CsvCell[])[], options: { bom?: boolean } = {}): string {
  const body = rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
  return options.bom ? `\uFEFF${body}` : body;
}
