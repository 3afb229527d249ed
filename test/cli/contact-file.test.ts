import { describe, expect, it } from 'vitest';
import { contactsFromCsv, contactsFromJson, toSnakeCase } from '../../server/runtime/contact-file.ts';

describe('contactsFromCsv', () => {
  it('maps known columns to contact fields and the rest to lower_snake_case attributes', () => {
    const csv =
      'First Name,last_name,Email,Phone,Language,Kind,Organization,SMS Consent,Job Title,shiftName\n' +
      'Ana,Ruiz,ANA@Example.org,(815) 555-0101,Spanish,Worker,Riverbend Plastics,yes,machine operator,night\n';
    const { rows, rejected } = contactsFromCsv(csv);
    expect(rejected).toEqual([]);
    expect(rows).toEqual([
      {
        row: 2,
        item: {
          firstName: 'Ana',
          lastName: 'Ruiz',
          email: 'ANA@Example.org',
          phone: '(815) 555-0101',
          language: 'es',
          kind: 'worker',
          organization: 'Riverbend Plastics',
          smsConsent: true,
          attributes: { job_title: 'machine operator', shift_name: 'night' },
        },
      },
    ]);
  });

  it('leaves empty cells out, skips blank lines and fills a default kind', () => {
    const { rows } = contactsFromCsv('firstName,email,kind,site\nAna,,,\n\nBo,bo@x.example,partner,\n', {
      kind: 'worker',
    });
    expect(rows).toEqual([
      { row: 2, item: { firstName: 'Ana', kind: 'worker' } },
      { row: 4, item: { firstName: 'Bo', email: 'bo@x.example', kind: 'partner' } },
    ]);
  });

  it('passes an unreadable consent through for validation to refuse', () => {
    const { rows } = contactsFromCsv('firstName,smsConsent\nAna,maybe\nBo,0\n');
    expect(rows.map((r) => (r.item as { smsConsent: unknown }).smsConsent)).toEqual(['maybe', false]);
  });

  it('rejects a record with more cells than the header', () => {
    const { rows, rejected } = contactsFromCsv('firstName,phone\nAna,815,555,0101\n');
    expect(rows).toEqual([]);
    expect(rejected).toEqual([
      { row: 2, path: '', message: expect.stringMatching(/4 cells but the header has 2/) },
    ]);
  });
});

describe('contactsFromJson', () => {
  it('numbers items by their index and accepts { contacts: [...] }', () => {
    expect(contactsFromJson('[{"firstName":"A"},{"firstName":"B"}]').rows.map((r) => r.row)).toEqual([0, 1]);
    expect(
      contactsFromJson('{"contacts":[{"firstName":"A","kind":"partner"}]}', { kind: 'worker' }).rows,
    ).toEqual([{ row: 0, item: { firstName: 'A', kind: 'partner' } }]);
  });

  it('explains bad JSON and a body that is not a list', () => {
    expect(() => contactsFromJson('{nope')).toThrow(/not valid JSON/);
    expect(() => contactsFromJson('{"a":1}')).toThrow(/array of contacts/);
  });
});

describe('toSnakeCase', () => {
  it('turns header spellings into attribute names', () => {
    expect(toSnakeCase('Job Title')).toBe('job_title');
    expect(toSnakeCase('jobTitle')).toBe('job_title');
    expect(toSnakeCase(' job-title ')).toBe('job_title');
    expect(toSnakeCase('Site #')).toBe('site');
  });
});
