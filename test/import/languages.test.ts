/**
 * A contact list's language column as people write it (issue 16): codes, English and native names,
 * any case or accents. A language we do not know is a warning on its row, in the dry run and the
 * report, and the row is kept with the partnership's fallback language: never a lost row.
 */
import { describe, expect, it } from 'vitest';
import { csvReportLines } from '../../server/runtime/contact-file.ts';
import { adminClient, makeTestApp } from '../helpers/app.ts';

const csv = [
  'Name,Phone,Preferred language',
  'Lan Tran,815-555-0101,vi',
  'Minh Le,815-555-0102,Vietnamese',
  'Thu Pham,815-555-0103,Tiếng Việt',
  'Jean Pierre,815-555-0104,kreyòl',
  'Wei Chen,815-555-0105,ZH-cn',
  'Kahless,815-555-0106,Klingon',
  'Ana Ruiz,815-555-0107,ESPAÑOL',
  'Hodan Ali,815-555-0108,Soomaali',
  'Bo Berg,815-555-0109,',
].join('\r\n');

async function setup() {
  const ctx = makeTestApp();
  const admin = await adminClient(ctx);
  const p = await admin.post('/api/partnerships', {
    name: 'P',
    sector: 'S',
    region: 'R',
    timeZone: 'UTC',
    fallbackLanguage: 'es',
  });
  const id = p.json.partnership.id as string;
  const upload = (body: string, query: string) =>
    admin.request('POST', `/api/partnerships/${id}/contacts/import?kind=worker${query}`, body, {
      'content-type': 'text/csv',
    });
  const languages = () =>
    Object.fromEntries(
      (
        ctx.raw.prepare('SELECT first_name, language FROM contacts').all() as {
          first_name: string;
          language: string;
        }[]
      ).map((r) => [r.first_name, r.language]),
    );
  return { upload, languages };
}

describe('importing languages', () => {
  it('reads codes, English and native names in any case, and warns on an unknown one, kept with the fallback', async () => {
    const { upload, languages } = await setup();
    const dry = await upload(csv, '&dryRun=1&preview=20');
    expect(dry.status, dry.text).toBe(200);
    expect(dry.json.summary).toMatchObject({ rows: 9, created: 9, rejected: 0 });
    expect(dry.json.rejected).toEqual([]);
    expect(dry.json.warnings).toEqual([
      {
        row: 7,
        column: 'Preferred language',
        field: 'language',
        message: expect.stringMatching(
          /^"Klingon" is not a language we know .*fallback language, Spanish\.$/,
        ),
        code: 'LANGUAGE_UNKNOWN',
        params: { value: 'Klingon', kept: 'fallback', lang: 'es' },
      },
    ]);
    expect(dry.json.preview.map((p: { contact: { language: string } }) => p.contact.language)).toEqual([
      'vi',
      'vi',
      'vi',
      'ht',
      'zh-Hans',
      'es',
      'es',
      'so',
      'en',
    ]);

    const done = await upload(csv, '');
    expect(done.status, done.text).toBe(201);
    expect(done.json.warnings).toHaveLength(1);
    expect(languages()).toEqual({
      Lan: 'vi',
      Minh: 'vi',
      Thu: 'vi',
      Jean: 'ht',
      Wei: 'zh-Hans',
      Kahless: 'es',
      Ana: 'es',
      Hodan: 'so',
      Bo: 'en',
    });
    expect(csvReportLines(done.json)).toContain(
      `row 7: language (Preferred language): warning: ${done.json.warnings[0].message}`,
    );
  });

  it('keeps what it knew of an existing contact when the file names a language it does not know', async () => {
    const { upload, languages } = await setup();
    await upload('Name,Phone,Language\nLan Tran,815-555-0101,vi\n', '');
    const again = await upload('Name,Phone,Language\nLan Tran,815-555-0101,Vietnamse\n', '');
    expect(again.json.summary).toMatchObject({ unchanged: 1, rejected: 0 });
    expect(again.json.warnings[0].message).toMatch(/"Vietnamse" .*the contact keeps Vietnamese\.$/);
    expect(languages()).toEqual({ Lan: 'vi' });
  });

  it('takes the last language cell of one person written twice, known or not', async () => {
    const { upload, languages } = await setup();
    const res = await upload('Name,Phone,Language\nLan,815-555-0101,vi\nLan,815-555-0101,Klingon\n', '');
    expect(res.json.summary).toMatchObject({ created: 1, merged: 1 });
    expect(res.json.warnings.map((w: { row: number }) => w.row)).toEqual([3]);
    expect(languages()).toEqual({ Lan: 'es' });
  });
});
