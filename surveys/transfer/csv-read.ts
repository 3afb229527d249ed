// RFC 4180 as spreadsheets write it: a quoted field may hold delimiters, doubled quotes and line
// breaks; records end in CRLF, LF or CR. Ours rather than csv-parse: csv-parse's Worker-safe entry
// (`csv-parse/browser/esm/sync`) declares `/// <reference types="node" />`, which hands Node's
// `Buffer` and `process` back to the core's type check (test/runtime/core-typecheck.test.ts fails),
// and bundles a 120 KB Buffer polyfill into the dashboard. csv-parse stays the tests' oracle.
import { TransferError } from './errors.js';

export interface CsvRecord {
  /** The row a spreadsheet shows: every record counts, a blank line too; a cell with line breaks is one row. */
  row: number;
  fields: string[];
}

const breaks = (s: string) => s.match(/\r\n|\r|\n/g)?.length ?? 0;

/** The records of `text` split on `delimiter`; blank lines are left out but counted as rows. */
export function readCsvRecords(text: string, delimiter: string, firstRow = 1): CsvRecord[] {
  const records: CsvRecord[] = [];
  let i = 0;
  let row = firstRow;
  let line = 1;
  while (i < text.length) {
    const fields: string[] = [];
    for (;;) {
      let value: string;
      if (text[i] === '"') {
        const opened = line;
        value = '';
        for (i++; ;) {
          const close = text.indexOf('"', i);
          if (close === -1)
            throw new TransferError('BAD_CSV', `A quoted cell opens at line ${opened} and is never closed.`);
          value += text.slice(i, close);
          i = close + 1;
          if (text[i] !== '"') break;
          value += '"';
          i++;
        }
        line += breaks(value);
        if (i < text.length && !/[\r\n]/.test(text[i]!) && text[i] !== delimiter) {
          throw new TransferError(
            'BAD_CSV',
            `Text after a closing quote at line ${line}: write a quote inside a quoted cell as "".`,
          );
        }
      } else {
        // A quote inside an unquoted cell is not RFC 4180, but its meaning is plain: keep it.
        let end = i;
        while (end < text.length && text[end] !== delimiter && text[end] !== '\n' && text[end] !== '\r')
          end++;
        value = text.slice(i, end);
        i = end;
      }
      fields.push(value);
      if (text[i] !== delimiter) break;
      i++;
    }
    const eol = text.startsWith('\r\n', i) ? 2 : i < text.length ? 1 : 0;
    i += eol;
    if (fields.length > 1 || fields[0] !== '') records.push({ row, fields });
    row++;
    line++;
  }
  return records;
}
