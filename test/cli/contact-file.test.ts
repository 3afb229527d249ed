import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPartnership } from '../../server/partnerships/partnerships.ts';
import { contactsFromJson, csvReportLines, importCsvFile } from '../../server/runtime/contact-file.ts';
import { makeTestApp } from '../helpers/app.ts';

const dir = mkdtempSync(join(tmpdir(), 'sector-voice-contact-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('importCsvFile and csvReportLines', () => {
  it('imports a file from disk and prints the summary, the note, and merged and refused rows in row order', async () => {
    const { deps } = makeTestApp();
    const p = await createPartnership(deps, {
      name: 'P',
      sector: 'S',
      region: 'R',
      timeZone: 'UTC',
      reviewYear: 'program',
      minGroupSize: 5,
    });
    const path = join(dir, 'roster.csv');
    writeFileSync(
      path,
      'name,phone,,shift\nAna Ruiz,815-555-0101,,night\nBo,12,x,\nAnn Ruiz,(815) 555-0101,,\n',
    );
    const report = await importCsvFile(deps, p.id, path, { defaultKind: 'worker', dryRun: true }, false);
    expect(csvReportLines(report)).toEqual([
      'dry run: nothing was written',
      'columns: name → name, phone → phone, (column 3) → ignore, shift → attributes.shift',
      'added 1, updated 0, unchanged 0, merged 1, rejected 1 (3 rows)',
      expect.stringMatching(/^note: The file has no SMS consent column/),
      'note: Column 3 has no header, so its values in 1 row(s) were not imported.',
      'row 3: phone: "12" is not a valid phone number.',
      'row 4: same phone as row 2, merged into it',
    ]);
    await expect(importCsvFile(deps, p.id, join(dir, 'missing.csv'), {}, false)).rejects.toThrow(
      /^No such file: /,
    );
  });
});

describe('contactsFromJson', () => {
  it('numbers items by their index and accepts { contacts: [...] }', () => {
    expect(contactsFromJson('[{"firstName":"A"},{"firstName":"B"}]').map((r) => r.row)).toEqual([0, 1]);
    expect(contactsFromJson('{"contacts":[{"firstName":"A","kind":"partner"}]}', { kind: 'worker' })).toEqual(
      [{ row: 0, item: { firstName: 'A', kind: 'partner' } }],
    );
    expect(contactsFromJson('\uFEFF[{"firstName":"A"}]', { kind: 'worker' })).toEqual([
      { row: 0, item: { firstName: 'A', kind: 'worker' } },
    ]);
  });

  it('explains bad JSON and a body that is not a list', () => {
    expect(() => contactsFromJson('{nope')).toThrow(/not valid JSON/);
    expect(() => contactsFromJson('{"a":1}')).toThrow(/array of contacts/);
  });
});
