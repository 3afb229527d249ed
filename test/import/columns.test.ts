import { describe, expect, it } from 'vitest';
import { columnMapping } from '../../server/partnerships/import-contract.ts';
import { planColumns, toSnakeCase } from '../../server/partnerships/import-columns.ts';
import { refusal } from './refusal.ts';

describe('planColumns', () => {
  it('recognises English and Spanish spellings and makes other columns attributes', async () => {
    const { columns, mapping } = planColumns([
      'Nombre',
      'Apellidos',
      'Correo electrónico',
      'Teléfono',
      'Idioma',
      'SMS Consent',
      'Empresa',
      'Job Title',
    ]);
    expect(mapping).toEqual({
      Nombre: 'firstName',
      Apellidos: 'lastName',
      'Correo electrónico': 'email',
      Teléfono: 'phone',
      Idioma: 'language',
      'SMS Consent': 'smsConsent',
      Empresa: 'organization',
      'Job Title': 'attributes.job_title',
    });
    expect(columns.every((c) => c.source === 'header')).toBe(true);
  });

  it('lets an explicit mapping name, rename or leave out a column', async () => {
    const { columns, mapping } = planColumns(['Name', 'Cell', 'Notes', 'Shift'], {
      Cell: 'phone',
      Notes: 'ignore',
      Shift: 'attributes.shift_name',
    });
    expect(mapping).toEqual({ Name: 'name', Cell: 'phone', Notes: 'ignore', Shift: 'attributes.shift_name' });
    expect(columns.find((c) => c.header === 'Cell')).toEqual({
      index: 1,
      header: 'Cell',
      target: 'phone',
      source: 'mapping',
    });
  });

  it('ignores a column without a header', async () => {
    expect(planColumns(['firstName', 'email', '']).mapping).toEqual({
      firstName: 'firstName',
      email: 'email',
      '': 'ignore',
    });
  });

  it('refuses a file with no name column or no email and phone column as a bad file (400)', async () => {
    const noName = await refusal(() => planColumns(['email', 'phone']));
    expect([noName.code, noName.status]).toEqual(['BAD_CSV', 400]);
    expect(noName.message).toMatch(/^The file has no name column \(firstName or name\)/);
    const noContact = await refusal(() => planColumns(['firstName', 'lastName']));
    expect(noContact.message).toMatch(/^The file has no email or phone column/);
  });

  it('says when the first row is data rather than a header, or the file is tab-separated', async () => {
    expect((await refusal(() => planColumns(['Ana', 'ana@x.org', '815 555 0101']))).message).toMatch(
      /first row looks like data/,
    );
    expect((await refusal(() => planColumns(['firstName\temail']))).message).toMatch(/tab-separated/);
  });

  it('answers mapping problems with 422 and one detail per column', async () => {
    const err = await refusal(() =>
      planColumns(['First', 'Phone', 'Mobile', '2nd job', 'Email'], {
        Telefono: 'phone',
        First: 'firstName',
      }),
    );
    expect([err.code, err.status]).toEqual(['VALIDATION_FAILED', 422]);
    expect(err.details).toEqual([
      { path: 'mapping.Telefono', message: 'The file has no column "Telefono".' },
      { path: 'columns.2', message: '"Phone" and "Mobile" both fill phone; map one of them to ignore.' },
      { path: 'columns.3', message: expect.stringMatching(/"2nd job" cannot name an attribute/) },
    ]);
  });

  it('refuses duplicate headers, a full name beside first and last names, and too many attributes', async () => {
    expect((await refusal(() => planColumns(['name', 'email', 'email']))).details).toEqual([
      { path: 'columns.2', message: 'Two columns are named "email"; rename one of them.' },
      expect.objectContaining({ path: 'columns.2' }),
    ]);
    expect((await refusal(() => planColumns(['name', 'firstName', 'email']))).message).toMatch(
      /cannot be imported/,
    );
    const many = [
      'name',
      'email',
      ...Array.from({ length: 21 }, (_, i) => `extra ${String.fromCharCode(97 + i)}`),
    ];
    expect(JSON.stringify((await refusal(() => planColumns(many))).details)).toMatch(
      /21 columns become attributes/,
    );
  });

  it('with a mapping that leaves out every name column, answers 422 rather than blaming the file', async () => {
    const err = await refusal(() => planColumns(['name', 'email'], { name: 'ignore' }));
    expect(err.status).toBe(422);
  });
});

describe('columnMapping', () => {
  it('accepts fields, attributes and ignore, and nothing else', async () => {
    expect(columnMapping.safeParse({ A: 'email', B: 'attributes.site', C: 'ignore' }).success).toBe(true);
    expect(columnMapping.safeParse({ A: 'password' }).success).toBe(false);
    expect(columnMapping.safeParse({ A: 'attributes.Bad Name' }).success).toBe(false);
  });
});

describe('toSnakeCase', () => {
  it('turns header spellings into attribute names', async () => {
    expect(toSnakeCase('Job Title')).toBe('job_title');
    expect(toSnakeCase('jobTitle')).toBe('job_title');
    expect(toSnakeCase(' job-title ')).toBe('job_title');
    expect(toSnakeCase('Site #')).toBe('site');
    expect(toSnakeCase('Línea de producción')).toBe('linea_de_produccion');
  });
});
