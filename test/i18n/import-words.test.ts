/**
 * The contacts import's report in the dashboard's words: every code a refused or warned row, or a
 * note on the file, can carry (import-contract.ts) has a message in every locale; a file that raises
 * every row code is worded from the params alone, in English as the server wrote it (except where the
 * dashboard says more, listed below) and in Spanish with every placeholder filled.
 */
import { describe, expect, it } from 'vitest';
import { importKey, importText } from '../../client/admin/contacts/import-text.ts';
import en from '../../client/shared/i18n/messages/en/contacts.ts';
import es from '../../client/shared/i18n/messages/es/contacts.ts';
import { serverWords } from '../../client/shared/i18n/server-words.ts';
import { addContacts } from '../../server/partnerships/contacts/people.ts';
import { importNoteCodes, rowIssueCodes } from '../../server/partnerships/import-contract.ts';
import { importContacts } from '../../server/partnerships/import.ts';
import { createPartnership } from '../../server/partnerships/partnerships.ts';
import { makeTestApp } from '../helpers/app.ts';

// The dashboard's sentence differs from the server's English on purpose: plural forms where the
// server writes "cell(s)", a language named with its own name too, a name's problem in plain words.
const saysMore = new Set(['EXTRA_CELLS', 'UNNAMED_COLUMN', 'LANGUAGE_UNKNOWN', 'NAME_INVALID']);

async function report() {
  const { deps } = makeTestApp();
  const p = await createPartnership(deps, {
    name: 'River Valley',
    sector: 'Advanced manufacturing',
    region: 'River Valley',
    timeZone: 'America/Chicago',
    reviewYear: 'program',
    minGroupSize: 5,
  });
  await addContacts(deps, p.id, [
    { firstName: 'Eve', email: 'eve@x.org', kind: 'worker' },
    { firstName: 'Fay', phone: '815-555-0199', kind: 'worker' },
    { firstName: 'Gus', email: 'gus@x.org', phone: '815-555-0188', kind: 'worker' },
    { firstName: 'Hana', email: 'hana@x.org', kind: 'worker', language: 'vi' },
  ]);
  const csv = [
    'name,email,phone,kind,organization,smsConsent,language,shift',
    'Ana Ruiz,ana@x.org,815-555-0101,worker,,yes,es,',
    'Bo,not-an-email,815-555-0102,worker,,yes,es,',
    'Cy,,12,worker,,yes,es,',
    'Di,di@x.org,,boss,,yes,es,',
    'Ed,ed@x.org,,worker,Nowhere Inc,yes,es,',
    'Flo,flo@x.org,,worker,,maybe,es,',
    ',gil@x.org,,worker,,yes,es,',
    'Hal,,,worker,,yes,es,',
    'Ivy,ivy@x.org,815-555-0103,worker,,yes,es,,extra',
    'Ana,ana2@x.org,815-555-0101,worker,,yes,es,',
    'Ann,ana@x.org,815-555-0104,worker,,yes,es,',
    'Iva,iva@x.org,815-555-0105,worker,,yes,es,',
    'Jo,iva@x.org,815-555-0101,worker,,yes,es,',
    'Kim,kim@x.org,,,,yes,es,',
    'Kim,kim@x.org,,,,yes,es,',
    'Eva,eve@x.org,815-555-0199,worker,,yes,es,',
    'Hana,hana@x.org,,worker,,yes,Klingon,',
    'Lu,lu@x.org,,worker,,yes,Elvish,',
    `${'y'.repeat(81)},y@x.org,,worker,,yes,es,`,
    '\u0007,z@x.org,,worker,,yes,es,',
    `Tia,tia@x.org,,worker,,yes,es,${'x'.repeat(101)}`,
    'Gus,gus@x.org,,worker,,yes,es,',
    'Gus,,815-555-0188,worker,,yes,es,',
  ].join('\n');
  const attrs = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`a${i}`, 'v']));
  await addContacts(deps, p.id, [
    { firstName: 'Max', email: 'max@x.org', kind: 'worker', attributes: attrs },
  ]);
  const more = await importContacts(deps, p.id, 'name,email,extra_one\nMax,max@x.org,v\n', {
    dryRun: true,
    defaultKind: 'worker',
  });
  const main = await importContacts(deps, p.id, csv, { dryRun: true });
  return [...main.rejected, ...main.warnings, ...more.rejected];
}

describe('the import report in the dashboard words', () => {
  it('has a message for every row and note code in every locale', () => {
    for (const code of rowIssueCodes) {
      expect(en[`issue_${code}`], code).toBeTruthy();
      expect(es[`issue_${code}`], code).toBeTruthy();
    }
    for (const code of importNoteCodes) {
      expect(en[`note_${code}`], code).toBeTruthy();
      expect(es[`note_${code}`], code).toBeTruthy();
    }
    expect(importKey('issue', 'SOMETHING_NEW')).toBeNull();
  });

  it('words every row code from its params, in English as the server wrote it and in Spanish', async () => {
    const issues = await report();
    expect(
      rowIssueCodes.filter((c) => !issues.some((i) => i.code === c)),
      JSON.stringify(issues.map((i) => [i.row, i.code])),
    ).toEqual([]);
    const english = serverWords('en', 'contacts');
    const spanish = serverWords('es', 'contacts');
    for (const i of issues) {
      const inEnglish = importText(english, 'issue', i);
      expect(inEnglish.worded, i.code).toBe(true);
      if (!saysMore.has(i.code)) expect(inEnglish.text, i.code).toBe(i.message);
      const inSpanish = importText(spanish, 'issue', i);
      expect(inSpanish.worded, i.code).toBe(true);
      expect(inSpanish.text, i.code).not.toMatch(/[{}]|undefined/);
      expect(inSpanish.text, i.code).not.toBe(i.message);
    }
    const klingon = issues.find((i) => i.params.value === 'Klingon')!;
    expect(importText(spanish, 'issue', klingon).text).toMatch(
      /el contacto conserva su idioma, vietnamita \(Tiếng Việt\)\.$/,
    );
  });

  it('words the notes, and shows the English of a code it does not know', () => {
    const spanish = serverWords('es', 'contacts');
    const note = importText(spanish, 'note', {
      code: 'UNNAMED_COLUMN',
      params: { column: 3, rows: 1 },
      message: 'Column 3 has no header, so its values in 1 row(s) were not imported.',
    });
    expect(note).toEqual({
      text: 'La columna 3 no tiene encabezado, así que sus valores en 1 fila no se importaron.',
      worded: true,
    });
    for (const code of importNoteCodes)
      expect(importText(spanish, 'note', { code, params: { column: 2, rows: 4 }, message: 'x' }).worded).toBe(
        true,
      );
    expect(importText(spanish, 'issue', { code: 'NEWER', params: {}, message: 'In English.' })).toEqual({
      text: 'In English.',
      worded: false,
    });
  });
});
