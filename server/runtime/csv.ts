/**
 * CSV as RFC 4180 writes it and spreadsheets produce it: quoted fields may hold commas, quotes ("")
 * and line breaks; records end in CRLF, LF or CR; a UTF-8 byte order mark is dropped. Pure, so the
 * CLI's import and export and their tests share one reading of the format.
 */

export interface CsvRecord {
  /** The line the record starts on, counting from 1, as a spreadsheet or editor shows it. */
  line: number;
  fields: string[];
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

export function parseCsv(text: string): CsvRecord[] {
  const records: CsvRecord[] = [];
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  // True once the current record has any content, so a trailing line break adds no empty record.
  let started = false;

  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push({ line: recordLine, fields });
    fields = [];
    started = false;
  };

  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '"' && field === '' && !inMiddle(src, i)) {
      // A quoted field: runs to the next quote that is not doubled.
      const opened = line;
      started = true;
      i++;
      for (;;) {
        if (i >= src.length) throw new CsvError(opened, 'a quoted field is never closed.');
        const c = src[i]!;
        if (c === '"') {
          if (src[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\r' || c === '\n') {
          line++;
          if (c === '\r' && src[i + 1] === '\n') {
            field += '\r\n';
            i += 2;
            continue;
          }
        }
        field += c;
        i++;
      }
      const next = src[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        throw new CsvError(line, 'text after a closing quote; write a quote inside a quoted field as "".');
      }
      continue;
    }
    if (ch === ',') {
      started = true;
      endField();
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
      endRecord();
      line++;
      recordLine = line;
      continue;
    }
    // A quote inside an unquoted field (5'10") is kept as written, as spreadsheets do.
    started = true;
    field += ch;
    i++;
  }
  if (started || fields.length > 0 || field !== '') endRecord();
  return records;
}

/** Whether position `i` is inside an unquoted field, where a quote is only a character. */
function inMiddle(src: string, i: number): boolean {
  const prev = src[i - 1];
  return i > 0 && prev !== ',' && prev !== '\r' && prev !== '\n';
}

/** A field quoted only when it must be: it holds a comma, quote or line break, or edge spaces. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as CSV text with CRLF after every record, as RFC 4180 specifies. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}
