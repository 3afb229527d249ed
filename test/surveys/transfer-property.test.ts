// For random edits a translator might make, export → edit the file with another tool → import applies
// exactly those edits. The expected draft is written by a key resolver of this test's own, not by
// applyTexts, and the files are edited by a different CSV writer and XML serializer than ours.
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { draftFromDefinition, type DraftText, type SurveyDraft } from '../../surveys/draft.ts';
import { publishedTemplates } from '../../surveys/index.ts';
import { readCsvRecords } from '../../surveys/transfer/csv-read.ts';
import {
  exportCsv,
  exportXliff,
  importCsv,
  importXliff,
  surveyTexts,
  type TextImport,
} from '../../surveys/transfer/index.ts';

type Lang = 'en' | 'es';
const templates = publishedTemplates.map(draftFromDefinition);
const alphabet = [
  'a',
  'Z',
  'ñ',
  'é',
  '¿',
  '?',
  ' ',
  ',',
  ';',
  '"',
  "'",
  '<',
  '>',
  '&',
  '\n',
  '\t',
  '😀',
  '#',
  '=',
  '@',
];
const text = fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 40 });
const edits = fc.array(fc.record({ pick: fc.nat(), text }), { maxLength: 12 });

/** The text a key names, found by walking the draft by ids. */
function textAt(draft: SurveyDraft, key: string): DraftText {
  const [kind, id, field, value] = key.split('.');
  if (kind === 'title' || kind === 'intro') return draft[kind];
  if (kind === 'dimension') return draft.dimensions.find((d) => d.id === id)!.label;
  if (kind === 'section') return draft.sections.find((s) => s.id === id)![field as 'title' | 'intro']!;
  const q = draft.sections.flatMap((s) => s.questions).find((x) => x.id === id)!;
  if (field === 'sms') return q.sms!.text;
  return field === 'option' ? q.options!.find((o) => o.value === value)!.label : q[field as 'text' | 'help']!;
}

/** What an import must do with `changes`: the expected draft and which keys it updates. */
function expect_(draft: SurveyDraft, lang: Lang, changes: Map<string, string>) {
  const expected = structuredClone(draft);
  const updated: string[] = [];
  for (const [key, value] of changes) {
    const holder = textAt(expected, key);
    if (!value.trim() || holder[lang] === value) continue;
    holder[lang] = value;
    updated.push(key);
  }
  return { expected, updated };
}

function changesOf(draft: SurveyDraft, picks: { pick: number; text: string }[]): Map<string, string> {
  const keys = surveyTexts(draft).map((e) => e.key);
  return new Map(picks.map((p) => [keys[p.pick % keys.length]!, p.text]));
}

function check(result: TextImport, lang: Lang, expected: SurveyDraft, updated: string[]) {
  expect(result.refused).toBe(0);
  expect(result.draft).toEqual(expected);
  const got = result.rows.filter((r) => r.status === 'updated');
  expect(got.map((r) => r.key).sort()).toEqual([...updated].sort());
  expect(got.every((r) => r.lang === lang)).toBe(true);
}

describe('the translation round trip, for random edits', () => {
  it('CSV: a sheet rewritten by another tool applies exactly the changed cells', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...templates),
        fc.constantFrom<Lang>('en', 'es'),
        edits,
        (draft, lang, picks) => {
          const changes = changesOf(draft, picks);
          const records = parse(exportCsv(draft), { bom: true }) as string[][];
          const column = records[0]!.indexOf(lang);
          for (const record of records) {
            if (changes.has(record[0]!)) record[column] = changes.get(record[0]!)!;
          }
          // Every field quoted and LF line ends: valid CSV, written unlike ours.
          const edited = records.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(',')).join('\n');
          const { expected, updated } = expect_(draft, lang, changes);
          check(importCsv(draft, edited), lang, expected, updated);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('XLIFF: a file re-serialized by another XML writer applies exactly the changed targets', () => {
    const parser = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      trimValues: false,
      parseTagValue: false,
    });
    const builder = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, suppressEmptyNode: true });
    type Node = Record<string, any>;
    const tag = (n: Node) => Object.keys(n).find((k) => k !== ':@')!;
    fc.assert(
      fc.property(
        fc.constantFrom(...templates),
        fc.constantFrom<Lang>('en', 'es'),
        edits,
        (draft, lang, picks) => {
          const changes = changesOf(draft, picks);
          const doc = parser.parse(exportXliff(draft, lang, lang === 'es' ? 'en' : 'es')) as Node[];
          const file = doc.find((n) => tag(n) === 'xliff')!.xliff.find((n: Node) => tag(n) === 'file')
            .file as Node[];
          for (const unit of file.filter((n) => tag(n) === 'unit')) {
            const value = changes.get(unit[':@']['@_id']);
            if (value === undefined) continue;
            const segment = unit.unit.find((n: Node) => tag(n) === 'segment').segment as Node[];
            const target = { target: [{ '#text': value }], ':@': { '@_xml:space': 'preserve' } };
            const at = segment.findIndex((n) => tag(n) === 'target');
            segment.splice(at === -1 ? segment.length : at, at === -1 ? 0 : 1, target);
          }
          const { expected, updated } = expect_(draft, lang, changes);
          check(importXliff(draft, builder.build(doc)), lang, expected, updated);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('the CSV reader', () => {
  it('reads what csv-parse reads, and numbers rows as a spreadsheet does', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', ' ', '"', ',', ';', '\r', '\n'), maxLength: 6 });
    const record = fc.oneof(fc.constant(null), fc.array(cell, { minLength: 1, maxLength: 4 }));
    const file = fc.record({
      records: fc.array(record, { minLength: 1, maxLength: 8 }),
      delimiter: fc.constantFrom(',', ';'),
      eol: fc.constantFrom('\r\n', '\n', '\r'),
      quoteAll: fc.boolean(),
      trailing: fc.boolean(),
    });
    fc.assert(
      fc.property(file, ({ records, delimiter, eol, quoteAll, trailing }) => {
        // null is a blank line; a record of one empty cell is one too, as a spreadsheet writes it.
        const lines = records.map((r) =>
          (r ?? [''])
            .map((v) => (quoteAll || /["\r\n,;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v))
            .join(delimiter),
        );
        const text = lines.join(eol) + (trailing ? eol : '');
        const oracle = parse(text, {
          delimiter,
          record_delimiter: eol,
          info: true,
          relax_column_count: true,
          skip_empty_lines: true,
        }) as unknown as {
          record: string[];
          info: { records: number; empty_lines: number };
        }[];
        const blank = (r: string[]) => r.length === 1 && r[0] === '';
        const expected = oracle.filter((o) => !blank(o.record));
        const got = readCsvRecords(text, delimiter);
        expect(got.map((r) => r.fields)).toEqual(expected.map((o) => o.record));
        const rows = records.flatMap((r, i) => (r === null || blank(r) ? [] : [i + 1]));
        expect(got.map((r) => r.row)).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});
