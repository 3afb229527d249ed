import { parse as csvParse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CsvError,
  decodeUtf8,
  detectDelimiter,
  parseCsv,
  readCsv,
} from '../../server/partnerships/import-csv.ts';

const fields = (text: string) => readCsv(text).records.map((r) => r.fields);

describe('readCsv', () => {
  it('detects a semicolon header and keeps commas inside its cells', () => {
    const table = readCsv('firstName;phone;note\r\nAna;815 555 0101;"yes, she agreed"\r\n');
    expect(table.delimiter).toBe(';');
    expect(table.records.map((r) => r.fields)).toEqual([
      ['firstName', 'phone', 'note'],
      ['Ana', '815 555 0101', 'yes, she agreed'],
    ]);
  });

  it('takes comma on a tie and ignores delimiters inside quoted header cells', () => {
    expect(detectDelimiter('a;b,c\n')).toBe(',');
    expect(detectDelimiter('"last, first";email;phone\n1,2,3,4,5\n')).toBe(';');
  });

  it("honours Excel's sep= first line and numbers rows from the header after it", () => {
    const table = readCsv('sep=,\r\nname;with;semicolons,email\r\nAna;R,a@x.org\r\n');
    expect(table.delimiter).toBe(',');
    expect(table.records.map((r) => [r.row, r.line, r.fields])).toEqual([
      [1, 2, ['name;with;semicolons', 'email']],
      [2, 3, ['Ana;R', 'a@x.org']],
    ]);
    expect(() => readCsv('sep=|\na|b\n')).toThrow(/sep=\|/);
  });

  it('drops a byte order mark before the header or before sep=', () => {
    expect(fields('\uFEFFfirstName,email\nAna,a@x.org\n')[0]).toEqual(['firstName', 'email']);
    expect(readCsv('\uFEFFsep=;\na;b\n').delimiter).toBe(';');
  });

  it('counts a quoted cell with line breaks as one spreadsheet row, and its lines for an editor', () => {
    const records = readCsv('h1,h2\r\n"two\r\nlines",x\r\n"three\nmore\rlines",y\r\nlast,z\r\n').records;
    expect(records.map((r) => r.row)).toEqual([1, 2, 3, 4]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 4, 7]);
    expect(records[1]!.fields[0]).toBe('two\r\nlines');
  });

  it('keeps blank lines as empty rows, so row numbers match the spreadsheet, and adds none at the end', () => {
    const records = readCsv('a,b\n1,2\n\n3,4\n\n\n').records;
    expect(records.map((r) => [r.row, r.fields])).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
      [3, ['']],
      [4, ['3', '4']],
      [5, ['']],
      [6, ['']],
    ]);
  });

  it('keeps ragged rows as written, for the import to judge', () => {
    expect(fields('a,b,c\n1\n1,2,3,4\n')).toEqual([['a', 'b', 'c'], ['1'], ['1', '2', '3', '4']]);
  });

  it('names the line where an unclosed quote opens, not the end of the file', () => {
    const bad = 'a,b\n1,2\n"open,3\n4,5\n6,7\n';
    expect(() => readCsv(bad)).toThrow(CsvError);
    expect(() => readCsv(bad)).toThrow(/^line 3: a quoted field opens here/);
  });
});

describe('parseCsv against csv-parse', () => {
  // Any table written the RFC 4180 way reads back the same through both parsers.
  const cell = fc.string({
    unit: fc.constantFrom(',', ';', '"', '\r', '\n', '\r\n', 'a', 'é', ' ', '😀'),
    maxLength: 6,
  });
  const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 });

  it('agrees on every generated table, for both delimiters and line endings', () => {
    fc.assert(
      fc.property(table, fc.constantFrom(',', ';'), fc.constantFrom('\r\n', '\n'), (rows, delimiter, eol) => {
        const quote = (v: string) => (/[,;"\r\n]/.test(v) || v === '' ? `"${v.replace(/"/g, '""')}"` : v);
        const text = rows.map((r) => r.map(quote).join(delimiter)).join(eol) + eol;
        const ours = parseCsv(text, delimiter as ',' | ';').map((r) => r.fields);
        expect(ours).toEqual(rows);
        expect(csvParse(text, { delimiter, relax_column_count: true })).toEqual(ours);
      }),
      { numRuns: 300 },
    );
  });
});

describe('decodeUtf8', () => {
  it('reads UTF-8 with or without a byte order mark', () => {
    const bytes = new TextEncoder().encode('José,Peña\n');
    expect(decodeUtf8(bytes)).toBe('José,Peña\n');
    expect(readCsv(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).records[0]!.fields).toEqual([
      'José',
      'Peña',
    ]);
  });

  it('refuses Windows-1252 text and names the line of the first bad byte', () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode('name\nAna\nJos'), 0xe9, 0x0a]);
    expect(() => decodeUtf8(latin1)).toThrow(
      /^line 3: the file is not UTF-8 text; in Excel, save it as "CSV UTF-8/,
    );
  });

  it('recognises UTF-16 by its byte order mark', () => {
    expect(() => decodeUtf8(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toThrow(/UTF-16/);
  });
});
