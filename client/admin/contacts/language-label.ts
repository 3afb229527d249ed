// How the dashboard names a language: staff find it by its English name, a speaker by its own.
import { languageOf, languages } from '../../../surveys/language-list.ts';

/** "Vietnamese (Tiếng Việt)", "English"; the tag itself for one we do not know. */
export function languageLabel(tag: string): string {
  const l = languageOf(tag);
  if (!l) return tag;
  return l.name === l.english ? l.english : `${l.english} (${l.name})`;
}

/**
 * Every language a contact may speak, as [tag, label] for a select: English and Spanish first (most
 * contacts), then the rest by English name.
 */
export const languageOptions: [string, string][] = [...languages]
  .sort((a, b) => rank(a.tag) - rank(b.tag) || a.english.localeCompare(b.english, 'en'))
  .map((l) => [l.tag, languageLabel(l.tag)]);

function rank(tag: string): number {
  const i = ['en', 'es'].indexOf(tag);
  return i === -1 ? 2 : i;
}
