// A page language in the fallback select, as the staff member reads it: in English the contacts
// screens' label ("Vietnamese (Tiếng Việt)"); in another locale the browser's name for it in that
// locale, then its own name ("Vietnamita (Tiếng Việt)"), so a Spanish screen lists no English words.
import type { Locale } from '../../shared/i18n/locales.ts';
import { languageOf } from '../../../surveys/language-list.ts';
import { languageLabel } from '../contacts/language-label.ts';

export function languageOption(locale: Locale, tag: string): string {
  if (locale === 'en') return languageLabel(tag);
  const named = new Intl.DisplayNames([locale], { type: 'language' }).of(tag);
  // A browser without the name answers the tag back: the English label is better than "ht".
  if (!named || named === tag) return languageLabel(tag);
  const own = languageOf(tag)?.name ?? tag;
  const inLocale = named.charAt(0).toLocaleUpperCase(locale) + named.slice(1);
  return inLocale.toLocaleLowerCase(locale) === own.toLocaleLowerCase(locale)
    ? inLocale
    : `${inLocale} (${own})`;
}
