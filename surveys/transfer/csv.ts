// The survey's texts as a spreadsheet: one row per text, one column per language, and a context column
// for the translator. It begins with a UTF-8 byte order mark, without which Excel reads the file as the
// computer's legacy code page and shows Spanish accents as mojibake; and a `#survey=<id>@<version>`
// row, so a sheet meant for another survey or an older draft is refused whole.
import type { SurveyDraft } from '../draft.js';
import { langs, type Lang } from '../schema.js';
import { importCells, languageOf, type ImportCell, type TextImport } from './apply.js';
import { readCsvRecords } from './csv-read.js';
import { TransferError } from './errors.js';
import { surveyTexts } from './texts.js';

const surveyRow = '#survey=';

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Every text of `draft` as CSV (RFC 4180, CRLF, UTF-8 with a byte order mark): `key`, a column per
 * language of the survey (`en,es,...`), `context`. A language is added to the survey first, then
 * exported: its column comes out empty for the translator.
 */
export function exportCsv(draft: SurveyDraft): string {
  const columns = langs.filter((l) => draft.languages.includes(l));
  const records = [
    ['key', ...columns, 'context'],
    [
      `${surveyRow}${draft.id}@${draft.version}`,
      ...columns.map(() => ''),
      'The survey and version this file is for: leave this row as it is.',
    ],
    ...surveyTexts(draft).map((e) => [e.key, ...columns.map((l) => e.texts[l] ?? ''), e.context]),
  ];
  return `\uFEFF${records.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}

// Excel saves with the list separator of the computer's locale, a semicolon in Spain and much of Latin
// America, and may name it in a `sep=` first line; the header row, which is ours, tells which.
function delimiterOf(body: string): { delimiter: string; skip: number } {
  const sep = /^sep=(.)\r?\n/.exec(body);
  if (sep) return { delimiter: sep[1]!, skip: sep[0].length };
  const header = body.slice(0, body.search(/\r|\n|$/));
  return { delimiter: !header.includes(',') && header.includes(';') ? ';' : ',', skip: 0 };
}

function readCsv(text: string): { row: number; cells: string[] }[] {
  const body = text.replace(/^\uFEFF/, '');
  const { delimiter, skip } = delimiterOf(body);
  // A `sep=` line is a row in the spreadsheet too.
  return readCsvRecords(body.slice(skip), delimiter, skip ? 2 : 1).map((r) => ({
    row: r.row,
    cells: r.fields,
  }));
}

/**
 * Reads a translator's CSV back into `draft`: every language column of every row, refused or applied
 * cell by cell. A file that is not CSV, has no `key` column, or is for another survey or version
 * throws a TransferError. Placeholders are checked against the English text.
 */
export function importCsv(draft: SurveyDraft, text: string): TextImport {
  const [header, ...rows] = readCsv(text);
  const names = (header?.cells ?? []).map((h) => h.trim().toLowerCase());
  const keyColumn = names.indexOf('key');
  if (keyColumn === -1)
    throw new TransferError('BAD_CSV', 'The first row must name the columns, one of them "key".');
  const duplicate = names.find((n, i) => n && names.indexOf(n) !== i);
  if (duplicate) throw new TransferError('BAD_CSV', `The column "${duplicate}" appears twice.`);

  const survey = rows.find((r) => r.cells[keyColumn]?.trim().startsWith(surveyRow));
  const said = survey?.cells[keyColumn]!.trim().slice(surveyRow.length) ?? '';
  const at = said.lastIndexOf('@');
  if (!survey || at === -1) {
    throw new TransferError(
      'SURVEY_MISMATCH',
      `The file does not say which survey it is for (its ${surveyRow} row is missing): export the texts again.`,
    );
  }
  if (said.slice(0, at) !== draft.id || said.slice(at + 1) !== String(draft.version)) {
    throw new TransferError(
      'SURVEY_MISMATCH',
      `The file is for survey ${said.slice(0, at)} version ${said.slice(at + 1)}, not ${draft.id} version ${draft.version}.`,
    );
  }

  const columns = names.flatMap((name, i) =>
    i === keyColumn || name === 'context' || !name ? [] : [{ name, i }],
  );
  const known = (name: string) => languageOf(name) !== undefined;
  const cells: ImportCell[] = [];
  for (const { row, cells: values } of rows) {
    if (row === survey.row || values.every((v) => !v.trim())) continue;
    const key = values[keyColumn]?.trim() ?? '';
    const extra =
      values.length > names.length
        ? `the row has ${values.length} cells where the header has ${names.length}: a text with a comma lost its quotes`
        : undefined;
    for (const { name, i } of columns) {
      const value = values[i] ?? '';
      if (!known(name) && !value.trim()) continue;
      // U+FFFD is what a file saved in a legacy code page (Excel's plain "CSV") turns accents into.
      const mojibake = value.includes('\uFFFD')
        ? 'the text has characters lost to another encoding: save the file as "CSV UTF-8"'
        : undefined;
      cells.push({
        row,
        key,
        lang: name,
        text: value,
        ...((extra ?? mojibake) && { refused: extra ?? mojibake }),
      });
    }
  }
  const reference: Lang = draft.languages.includes('en') ? 'en' : draft.languages[0]!;
  return importCells(draft, cells, reference);
}
