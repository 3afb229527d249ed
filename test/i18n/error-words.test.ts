/**
 * API errors in the dashboard's words (client/admin/error-words.ts): every error code of the server's
 * table has words in the shell area unless the dashboard can never meet it (listed below, with why),
 * every field kind has words, zod's issues get their kind on the server and in the browser alike, and
 * a code or kind without words shows the server's English.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorText, fieldText } from '../../client/admin/error-words.ts';
import en from '../../client/shared/i18n/messages/en/shell.ts';
import es from '../../client/shared/i18n/messages/es/shell.ts';
import { serverWords } from '../../client/shared/i18n/server-words.ts';
import { errorStatus } from '../../server/errors.ts';
import { fieldIssue, fieldIssueKinds } from '../../server/fields/issue-contract.ts';
import { zodDetails } from '../../server/http.ts';
import { contactInput } from '../../server/partnerships/contacts/input.ts';

// Refused before the app runs (a request line or headers HTTP cannot use, a slow request), or only on
// a respondent's form post, which has its own pages in the respondent's language.
const neverOnTheDashboard = new Set(['BAD_REQUEST', 'REQUEST_TIMEOUT', 'HEADERS_TOO_LARGE', 'BAD_FORM']);

const catalogue = { en, es } as Record<string, Record<string, string>>;

describe('API errors in the dashboard words', () => {
  it('has words in every locale for every error code a staff member can meet', () => {
    for (const code of Object.keys(errorStatus)) {
      if (neverOnTheDashboard.has(code)) continue;
      for (const l of ['en', 'es']) expect(catalogue[l]![`error_${code}`], `${l} ${code}`).toBeTruthy();
    }
  });

  it('has words in every locale for every kind of field problem', () => {
    for (const kind of fieldIssueKinds)
      for (const l of ['en', 'es']) expect(catalogue[l]![`field_${kind}`], `${l} ${kind}`).toBeTruthy();
  });

  it("gives zod's issues their kind and limit, as the server's details", () => {
    const form = z.object({
      name: z.string().trim().min(1).max(5),
      code: z.string().min(3),
      email: z.string().email(),
      size: z.number().int().min(3).max(40),
      count: z.number(),
    });
    const issues = (value: unknown) => zodDetails(form.safeParse(value).error!);
    const kinds = (value: unknown) => issues(value).map(({ path, kind, limit }) => ({ path, kind, limit }));
    expect(kinds({ name: '', code: 'ab', email: 'nope', size: 1.5, count: Number.NaN })).toEqual([
      { path: 'name', kind: 'required', limit: undefined },
      { path: 'code', kind: 'too_short', limit: 3 },
      { path: 'email', kind: 'email', limit: undefined },
      { path: 'size', kind: 'whole', limit: undefined },
      { path: 'count', kind: 'number', limit: undefined },
    ]);
    expect(kinds({ name: 'toolong', code: 'abc', email: 'a@b.org', size: 41, count: 1 })).toEqual([
      { path: 'name', kind: 'too_long', limit: 5 },
      { path: 'size', kind: 'too_big', limit: 40 },
    ]);
    expect(kinds({})[0]).toEqual({ path: 'name', kind: 'required', limit: undefined });
    // A check with the schema's own message keeps only that message.
    const own = z.object({ size: z.number().min(3, 'The group size is never below 3.') });
    expect(zodDetails(own.safeParse({ size: 2 }).error!)).toEqual([
      { path: 'size', message: 'The group size is never below 3.' },
    ]);
    // The English stays as zod wrote it, for scripts.
    expect(issues({ name: '', code: 'abc', email: 'a@b.org', size: 3, count: 1 })[0]!.message).toMatch(
      /^Too small/,
    );
    const phone = contactInput.safeParse({ firstName: 'Ana', phone: '12', kind: 'worker' }).error!.issues;
    expect(fieldIssue(phone[0]!)).toEqual({
      path: 'phone',
      message: '"12" is not a valid phone number.',
      kind: 'phone',
    });
  });

  it('says a field problem in Spanish, and in the server English for English staff or an unknown kind', () => {
    const spanish = serverWords('es', 'shell');
    const tooLong = {
      path: 'name',
      message: 'Too big: expected string to have <=80 characters',
      kind: 'too_long',
      limit: 80,
    } as const;
    expect(fieldText(spanish, tooLong)).toBe('Escriba como máximo 80 caracteres.');
    expect(fieldText(spanish, { ...tooLong, limit: 1 })).toBe('Escriba como máximo 1 carácter.');
    expect(fieldText(serverWords('en', 'shell'), tooLong)).toBe(tooLong.message);
    expect(fieldText(spanish, { path: 'x', message: 'Only the server knows.' })).toBe(
      'Only the server knows.',
    );
    expect(fieldText(spanish, { path: 'x', message: 'Newer.', kind: 'newer' as never })).toBe('Newer.');
  });

  it('says an error code in Spanish, and the server English for English staff or an unknown code', () => {
    const spanish = serverWords('es', 'shell');
    expect(errorText(spanish, 'RATE_LIMITED', 'Too many requests.')).toBe(
      'Demasiados intentos en poco tiempo. Espere un minuto e inténtelo de nuevo.',
    );
    expect(errorText(spanish, 'SOMETHING_NEW', 'Said in English.')).toBe('Said in English.');
    expect(errorText(serverWords('en', 'shell'), 'CONFLICT', 'A user with this email already exists.')).toBe(
      'A user with this email already exists.',
    );
  });
});
