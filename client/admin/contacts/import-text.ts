// A refused or warned row, or a note on the file, in the staff member's language: the server sends
// each with its English and a code and params (import-contract.ts), worded here from the contacts
// area. The English shows only for a code this build has no words for, or params it cannot fill.
import type { Key, WordsOf } from '../../shared/i18n/areas.ts';
import {
  importNoteCodes,
  rowIssueCodes,
  type ImportParams,
} from '../../../server/partnerships/import-contract.ts';
import { languageLabel } from './language-label.ts';

export interface Said {
  code: string;
  params?: ImportParams;
  message: string;
}

const issues = new Set<string>(rowIssueCodes);
const notes = new Set<string>(importNoteCodes);

/** The key of a code's words: `issue_` for a row, `note_` for the file. */
export function importKey(kind: 'issue' | 'note', code: string): Key<'contacts'> | null {
  return (kind === 'issue' ? issues : notes).has(code) ? (`${kind}_${code}` as Key<'contacts'>) : null;
}

export function importText(
  t: WordsOf<'contacts'>,
  kind: 'issue' | 'note',
  said: Said,
): { text: string; worded: boolean } {
  const key = importKey(kind, said.code);
  if (!key || !said.params) return { text: said.message, worded: false };
  const lang = said.params.lang;
  // A language named inside a sentence: Spanish writes it in lower case ("vietnamita (Tiếng Việt)").
  const named = typeof lang === 'string' ? languageLabel(lang, t.locale) : undefined;
  const language =
    named && t.locale !== 'en' ? named.charAt(0).toLocaleLowerCase(t.locale) + named.slice(1) : named;
  try {
    return { text: t(key, { ...said.params, ...(language !== undefined && { language }) }), worded: true };
  } catch {
    return { text: said.message, worded: false };
  }
}
