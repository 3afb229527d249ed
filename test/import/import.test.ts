/** importContacts on a real migrated SQLite database: what is written, merged, refused and reported. */
import { describe, expect, it } from 'vitest';
import type { Deps } from '../../server/deps.ts';
import { addContacts } from '../../server/partnerships/contacts/people.ts';
import { importContacts, type ImportOptions } from '../../server/partnerships/import.ts';
import { createOrganization } from '../../server/partnerships/organizations.ts';
import { createPartnership } from '../../server/partnerships/partnerships.ts';
import { makeTestApp } from '../helpers/app.ts';
import { refusal } from './refusal.ts';

async function setup(config: Partial<Deps['config']> = {}) {
  const ctx = makeTestApp();
  const deps: Deps = { ...ctx.deps, config: { ...ctx.deps.config, ...config } };
  const p = await createPartnership(deps, {
    name: 'River Valley',
    sector: 'Advanced manufacturing',
    region: 'River Valley',
    timeZone: 'America/Chicago',
    reviewYear: 'program',
    minGroupSize: 5,
  });
  const org = await createOrganization(deps, p.id, { name: 'Smith, Jones & Co', kind: 'employer' });
  const run = (csv: string | Uint8Array, options: ImportOptions = { defaultKind: 'worker' }) =>
    importContacts(deps, p.id, csv, options);
  const contacts = () =>
    ctx.raw
      .prepare(
        'SELECT first_name, last_name, email, phone, language, kind, sms_consent, attributes, organization_id FROM contacts ORDER BY first_name',
      )
      .all() as Record<string, unknown>[];
  return { ctx, deps, partnershipId: p.id, orgId: org.id, run, contacts };
}

describe('importContacts', () => {
  it('stores a spreadsheet export: BOM, CRLF, semicolons, quoted cells, phones in E.164', async () => {
    const { run, contacts, orgId } = await setup();
    const csv =
      '\uFEFFFirst Name;Last Name;Mobile;Email;Language;Employer;SMS Consent;Job Title\r\n' +
      'Ana;Ruiz;(815) 555-0101;;Spanish;"Smith, Jones & Co";yes;"welder; 2nd class"\r\n' +
      'Bo;"O""Neil";+1 309 555 0102;BO@Mail.Example;en;;no;"line\r\nlead"\r\n';
    const report = await run(new TextEncoder().encode(csv));
    expect(report.delimiter).toBe(';');
    expect(report.summary).toEqual({
      rows: 2,
      created: 2,
      updated: 0,
      unchanged: 0,
      merged: 0,
      rejected: 0,
      blank: 0,
    });
    expect(contacts()).toEqual([
      {
        first_name: 'Ana',
        last_name: 'Ruiz',
        email: null,
        phone: '+18155550101',
        language: 'es',
        kind: 'worker',
        sms_consent: 1,
        attributes: '{"job_title":"welder; 2nd class"}',
        organization_id: orgId,
      },
      {
        first_name: 'Bo',
        last_name: 'O"Neil',
        email: 'bo@mail.example',
        phone: '+13095550102',
        language: 'en',
        kind: 'worker',
        sms_consent: 0,
        attributes: '{"job_title":"line\\r\\nlead"}',
        organization_id: null,
      },
    ]);
  });

  it('reports every refused row by its spreadsheet row, column and reason, and skips blank rows', async () => {
    const { run, contacts } = await setup();
    const csv =
      'firstName,phone,email,language,kind,organization,note\n' +
      'Ana,815-555-0101,,,,,\n' +
      'Bo,309 555 0102,,,,,"two\nlines"\n' + // one row in a spreadsheet, two lines in an editor
      ',,,,,,\n' +
      'Cy,555-12,cy@,klingon,robot,Nowhere Inc,\n' +
      ',815-555-0109,,,,,\n' +
      'Di,,,,,,\n' +
      'Ed,815-555-0110,,,,,,extra\n' +
      'Flo,815-555-0111\n'; // a short row: the missing cells are blank
    const report = await run(csv);
    expect(report.summary).toMatchObject({ rows: 7, created: 3, rejected: 4, blank: 1 });
    expect(report.rejected.map((r) => [r.row, r.column, r.field])).toEqual([
      [5, 'phone', 'phone'],
      [5, 'email', 'email'],
      [5, 'kind', 'kind'],
      [5, 'organization', 'organization'],
      [6, 'firstName', 'firstName'],
      [7, 'phone', 'email'],
      [8, '', ''],
    ]);
    expect(report.rejected[0]!.message).toBe('"555-12" is not a valid phone number.');
    expect(report.rejected.at(-1)!.message).toMatch(/1 filled cell\(s\) beyond the 7 columns/);
    expect(contacts().map((c) => c.first_name)).toEqual(['Ana', 'Bo', 'Flo']);
  });

  it('merges rows of one person within the file: later cells win, blank cells keep', async () => {
    const { run, contacts } = await setup();
    const csv =
      'firstName,lastName,email,phone,language,occupation,shift\n' +
      'Ana,Ruiz,ana@x.org,,es,welder,night\n' +
      'Ana,Ruiz-Díaz,ANA@x.org,815 555 0101,,lead welder,\n' +
      'Ann,,,(815) 555-0101,,,\n';
    const report = await run(csv);
    expect(report.summary).toMatchObject({ rows: 3, created: 1, merged: 2, rejected: 0 });
    expect(report.merged).toEqual([
      { row: 3, into: 2, by: 'email' },
      { row: 4, into: 2, by: 'phone' },
    ]);
    expect(contacts()).toEqual([
      expect.objectContaining({
        first_name: 'Ann',
        last_name: 'Ruiz-Díaz',
        email: 'ana@x.org',
        phone: '+18155550101',
        language: 'es',
        attributes: '{"occupation":"lead welder","shift":"night"}',
      }),
    ]);
  });

  it('refuses a row that contradicts the file instead of guessing which value is right', async () => {
    const { run, contacts } = await setup();
    const csv =
      'firstName,email,phone\n' +
      'Ana,ana@x.org,815-555-0101\n' +
      'Bo,bo@x.org,815-555-0102\n' +
      'Ana,ana.new@x.org,815-555-0101\n' +
      'Mix,ana@x.org,815-555-0102\n';
    const report = await run(csv);
    expect(report.rejected).toEqual([
      {
        row: 4,
        column: 'email',
        field: 'email',
        message: 'Same phone as row 2 but a different email; keep one of the two.',
        code: 'EMAIL_DIFFERS',
        params: { other: 2 },
      },
      {
        row: 5,
        column: 'phone',
        field: 'phone',
        message: expect.stringMatching(/also on row 2 and the phone on row 3/),
        code: 'TWO_PEOPLE',
        params: { emailRow: 2, phoneRow: 3 },
      },
    ]);
    expect(contacts()).toHaveLength(2);
  });

  it('updates an existing contact only in the fields the file gives, and never touches its opt-outs', async () => {
    const { ctx, run, partnershipId, orgId } = await setup();
    ctx.raw
      .prepare(
        `INSERT INTO contacts (id, partnership_id, organization_id, kind, first_name, last_name, email, phone,
           language, attributes, sms_consent, created_at, sms_opted_out_at, email_opted_out_at)
         VALUES ('c1', ?, ?, 'employer', 'Ana', 'Ruiz', 'ana@x.org', '+18155550101', 'es',
           '{"site":"north","occupation":"welder"}', 0, '2026-01-01', '2026-05-01T10:00:00Z', '2026-06-01T10:00:00Z')`,
      )
      .run(partnershipId, orgId);
    const report = await run('firstName,phone,SMS consent,occupation\nAna,815.555.0101,yes,lead welder\n');
    expect(report.summary).toMatchObject({ created: 0, updated: 1 });
    expect(ctx.raw.prepare('SELECT * FROM contacts').get()).toEqual({
      id: 'c1',
      partnership_id: partnershipId,
      organization_id: orgId,
      kind: 'employer',
      first_name: 'Ana',
      last_name: 'Ruiz',
      email: 'ana@x.org',
      phone: '+18155550101',
      language: 'es',
      language_0001: 'en', // 0001's column, moved aside by 0020 and never written
      attributes: '{"site":"north","occupation":"lead welder"}',
      sms_consent: 1,
      created_at: '2026-01-01',
      sms_opted_out_at: '2026-05-01T10:00:00Z',
      email_opted_out_at: '2026-06-01T10:00:00Z',
      erased_on: null,
    });
    const again = await run('firstName,phone,SMS consent,occupation\nAna,815.555.0101,yes,lead welder\n');
    expect(again.summary).toMatchObject({ updated: 0, unchanged: 1 });
  });

  it('matches existing contacts by email without case, and refuses a row that points at two of them', async () => {
    const { run, contacts } = await setup();
    await run('firstName,email,phone\nAna,ana@x.org,815-555-0101\nBo,bo@x.org,815-555-0102\n');
    const report = await run(
      'firstName,email,phone\nAnita,ANA@X.org,815-555-0199\nMix,bo@x.org,815-555-0101\nCy,cy@x.org,815-555-0199\n',
    );
    expect(report.summary).toMatchObject({ updated: 1, created: 0, rejected: 2 });
    expect(report.rejected.map((r) => [r.row, r.message])).toEqual([
      [3, 'The email belongs to one contact of this partnership and the phone to another.'],
      [4, expect.stringMatching(/same phone as row 2/i)],
    ]);
    expect(contacts().map((c) => [c.first_name, c.phone])).toEqual([
      ['Anita', '+18155550199'],
      ['Bo', '+18155550102'],
    ]);
  });

  it('gives SMS consent only through a consent column, and says once when the file has none', async () => {
    const { ctx, run } = await setup();
    await run('firstName,phone,smsConsent\nAna,815-555-0101,yes\n');
    const report = await run('firstName,phone\nAna,815-555-0101\nBo,815-555-0102\nCy,815-555-0103\n');
    expect(report.notes).toEqual([
      expect.stringMatching(/^The file has no SMS consent column, so nobody in it gets SMS consent/),
    ]);
    expect(report.noteCodes).toEqual([{ code: 'NO_CONSENT_COLUMN', params: {} }]);
    expect(ctx.raw.prepare('SELECT first_name, sms_consent FROM contacts ORDER BY first_name').all()).toEqual(
      [
        { first_name: 'Ana', sms_consent: 1 },
        { first_name: 'Bo', sms_consent: 0 },
        { first_name: 'Cy', sms_consent: 0 },
      ],
    );
    const unclear = await run('firstName,phone,smsConsent\nDi,815-555-0104,maybe\n', {
      defaultKind: 'worker',
      dryRun: true,
    });
    expect(unclear.rejected).toEqual([
      {
        row: 2,
        column: 'smsConsent',
        field: 'smsConsent',
        message: '"maybe" is not yes or no.',
        code: 'CONSENT_UNCLEAR',
        params: { value: 'maybe' },
      },
    ]);
  });

  it('reads local numbers in the configured default country', async () => {
    const { run, contacts } = await setup({ defaultCountry: 'GB' });
    await run('name,phone\nAmira Khan,020 7946 0018\nBo Lee,+1 815 555 0101\n');
    expect(contacts().map((c) => [c.first_name, c.last_name, c.phone])).toEqual([
      ['Amira', 'Khan', '+442079460018'],
      ['Bo', 'Lee', '+18155550101'],
    ]);
  });

  it('reads local numbers of a JSON list in the default country too', async () => {
    const { deps, partnershipId } = await setup({ defaultCountry: 'MX' });
    const items = [{ firstName: 'Lupe', phone: '55 1234 5678', kind: 'worker' }];
    const report = await addContacts(deps, partnershipId, items, {
      defaultCountry: deps.config.defaultCountry,
    });
    expect(report.created[0]!.phone).toBe('+525512345678');
  });

  it('needs a kind: a column, or a default for the rows without one', async () => {
    const { run } = await setup();
    const err = await refusal(run('firstName,email\nAna,a@x.org\n', {}));
    expect([err.status, err.details]).toEqual([422, [expect.objectContaining({ path: 'kind' })]]);
    const report = await run('firstName,email,kind\nAna,a@x.org,\nBo,b@x.org,partner\n', {});
    expect(report.rejected.map((r) => [r.row, r.field])).toEqual([[2, 'kind']]);
  });
});
