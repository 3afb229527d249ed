/**
 * CSV as RFC 4180 writes it and spreadsheets produce it: quoted fields may hold delimiters, quotes
 * ("") and line breaks; records end in CRLF, LF or CR; a UTF-8 byte order mark is dropped; the
 * delimiter is a comma or a semicolon (Excel writes semicolons where the decimal mark is a comma),
 * detected from the header or named by Excel's `sep=;` first line. Pure and free of Node APIs, so the
 * API route reads files on Workers as the CLI does on Node.
 *
 * Why not csv-parse (installed): its Worker-safe build (`csv-parse/browser/esm/sync`) bundles a
 * 120 KB Buffer polyfill, took 1.4 to 2.7 s and about 150 MB for 100,000 rows where this loop takes
 * 0.3 s, counts a CRLF inside a quoted field as two lines, and reports an unclosed quote at the end
 * of the file rather than where it opened. It is kept as the oracle the property test compares with.
 */
import type { Delimiter } from './import-contract.ts';

export interface CsvRecord {
  /** The row as a spreadsheet numbers it: the header is row 1, a cell with line breaks stays one row. */
  row: number;
  /** The line the record starts on, as a text editor numbers it. */
  line: number;
  fields: string[];
}

export interface CsvTable {
  delimiter: Delimiter;
  records: CsvRecord[];
}

export class CsvError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvError';
  }
}

/**
 * Strict UTF-8: a file saved in a legacy encoding (Excel's plain "CSV" on Windows is Windows-1252)
 * would otherwise arrive with its accented names silently turned into replacement characters.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new CsvError(1, 'the file is UTF-16 text; save it as "CSV UTF-8" instead.');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstBadByte(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    throw new CsvError(
      line,
      'the file is not UTF-8 text; in Excel, save it as "CSV UTF-8 (Comma delimited)".',
    );
  }
}

/** Where the first byte that cannot start or continue a UTF-8 sequence is; only used to name a line. */
function firstBadByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const size =
      b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (size === 0) return i;
    for (let k = 1; k < size; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += size;
  }
  return bytes.length;
}

/** Reads a whole file: drops a BOM, honours `sep=;` or `sep=,`, otherwise detects the delimiter. */
export function readCsv(text: string): CsvTable {
  let src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let firstLine = 1;
  let delimiter: Delimiter | null = null;
  const sep = /^"?sep=(.)"?[ \t]*(\r\n|\n|\r|$)/i.exec(src);
  if (sep) {
    if (sep[1] !== ',' && sep[1] !== ';') {
      throw new CsvError(1, `"sep=${sep[1]}" names a delimiter we do not read; use a comma or a semicolon.`);
    }
    delimiter = sep[1];
    src = src.slice(sep[0].length);
    firstLine = 2;
  }
  delimiter ??= detectDelimiter(src);
  return { delimiter, records: parseCsv(src, delimiter, firstLine) };
}

/** The header decides: whichever of comma and semicolon it holds more of outside quotes (comma on a tie). */
export function detectDelimiter(text: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === ',') commas++;
    else if (ch === ';') semicolons++;
    else if (ch === '\n' || ch === '\r') break;
  }
  return semicolons > commas ? ';' : ',';
}

export function parseCsv(text: string, delimiter: Delimiter = ',', firstLine = 1): CsvRecord[] {
  const records: CsvRecord[] = [];
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const n = src.length;
  const delim = delimiter.charCodeAt(0);
  let i = 0;
  let line = firstLine;
  // Fields are sliced whole from the text, never built a character at a time: 100,000 rows stay a few
  // strings each instead of millions of one-character concatenations for the collector.
  while (i < n) {
    const recordLine = line;
    const fields: string[] = [];
    for (;;) {
      if (src.charCodeAt(i) === QUOTE) {
        // A quoted field: runs to the next quote that is not doubled.
        const opened = line;
        let value = '';
        i++;
        for (;;) {
          const close = src.indexOf('"', i);
          if (close === -1) throw new CsvError(opened, 'a quoted field opens here and is never closed.');
          const chunk = src.slice(i, close);
          value = value === '' ? chunk : value + chunk;
          line += countBreaks(chunk);
          if (src.charCodeAt(close + 1) !== QUOTE) {
            i = close + 1;
            break;
          }
          value += '"';
          i = close + 2;
        }
        const next = src.charCodeAt(i);
        if (i < n && next !== delim && next !== CR && next !== LF) {
          throw new CsvError(line, 'text after a closing quote; write a quote inside a quoted field as "".');
        }
        fields.push(value);
      } else {
        // Unquoted: a quote further in (5'10") is kept as written, as spreadsheets do.
        let j = i;
        for (
          let c = src.charCodeAt(j);
          j < n && c !== delim && c !== CR && c !== LF;
          c = src.charCodeAt(++j)
        );
        fields.push(src.slice(i, j));
        i = j;
      }
      if (i < n && src.charCodeAt(i) === delim) i++;
      else break;
    }
    records.push({ row: records.length + 1, line: recordLine, fields });
    if (i < n) {
      i += src.charCodeAt(i) === CR && src.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
    }
  }
  return records;
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/** Line breaks as an editor counts them: CRLF is one. */
function countBreaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10 || (c === 13 && s.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}
