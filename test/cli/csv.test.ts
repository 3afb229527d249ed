import { describe, expect, it } from 'vitest';
import { CsvError, csvField, formatCsv, parseCsv } from '../../server/runtime/csv.ts';

const fields = (text: string) => parseCsv(text).map((r) => r.fields);

describe('parseCsv', () => {
  it('splits plain records on commas and any line ending', () => {
    expect(fields('a,b,c\r\n1,2,3\n4,5,6\r7,8,9')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
      ['4', '5', '6'],
      ['7', '8', '9'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(fields('name,note\r\n"Ruiz, Ana","said ""hi""\r\nthen left"\r\n')).toEqual([
      ['name', 'note'],
      ['Ruiz, Ana', 'said "hi"\r\nthen left'],
    ]);
  });

  it('drops a byte order mark and adds no record for a trailing line break', () => {
    expect(fields('\uFEFFfirstName\nAna\n')).toEqual([['firstName'], ['Ana']]);
  });

  it('keeps empty fields, including a last empty one', () => {
    expect(fields('a,,c,\n,,,')).toEqual([
      ['a', '', 'c', ''],
      ['', '', '', ''],
    ]);
    expect(fields('""')).toEqual([['']]);
  });

  it('numbers records by the line they start on, counting breaks inside quotes', () => {
    const records = parseCsv('h1,h2\n"multi\nline",x\n\nlast,y\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 4, 5]);
    expect(records[2]!.fields).toEqual(['']);
  });

  it('keeps a quote inside an unquoted field as written', () => {
    expect(fields('height\n5\'10"\n')).toEqual([['height'], ['5\'10"']]);
  });

  it('refuses an unclosed quote and text after a closing quote, naming the line', () => {
    expect(() => parseCsv('a\n"open,\nstill open')).toThrow(CsvError);
    expect(() => parseCsv('a\n"open,\nstill open')).toThrow(/line 2/);
    expect(() => parseCsv('a,b\n"x"y,z')).toThrow(/line 2: text after a closing quote/);
  });

  it('returns nothing for an empty text', () => {
    expect(parseCsv('')).toEqual([]);
  });
});

describe('formatCsv', () => {
  it('quotes only fields that need it and ends every record with CRLF', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(
      formatCsv([
        ['a', 'b'],
        ['1', ''],
      ]),
    ).toBe('a,b\r\n1,\r\n');
  });

  it('round-trips through parseCsv', () => {
    const rows = [
      ['first_name', 'note'],
      ['José', 'comma, "quote"\r\nand newline'],
      ['', ' '],
    ];
    expect(fields(formatCsv(rows))).toEqual(rows);
  });
});
