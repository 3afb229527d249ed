// The server's errors in the staff member's language, for every screen at once: the envelope's code
// and a field's kind (server/fields/issue-contract.ts) are worded from the shell area. English staff
// read the server's own sentence, which names the thing refused; so does anyone meeting a code or a
// kind this build has no words for, never a blank.
import type { FieldIssue } from '../../server/fields/issue-contract.ts';
import type { Key, WordsOf } from '../shared/i18n/areas.ts';
import type { Values } from '../shared/i18n/translate.ts';

type Shell = WordsOf<'shell'>;

/** A key's words, or null where the catalogue has none (the words answer a missing key with itself). */
function worded(t: Shell, key: string, values?: Values): string | null {
  try {
    const said = t(key as Key<'shell'>, values);
    return said === key ? null : said;
  } catch {
    return null;
  }
}

export const errorText = (t: Shell, code: string, message: string): string =>
  (t.locale !== 'en' && worded(t, `error_${code}`)) || message;

export const fieldText = (t: Shell, issue: FieldIssue): string =>
  (t.locale !== 'en' && issue.kind && worded(t, `field_${issue.kind}`, { limit: issue.limit ?? 0 })) ||
  issue.message;
