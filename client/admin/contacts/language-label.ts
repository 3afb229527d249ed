// How the dashboard names a language: staff find it by its name in their own language (English
// unless they chose another), a speaker by its own.
import type { Locale } from '../../shared/i18n/locales.ts';
import { languageOf, languages } from '../../../surveys/language-list.ts';

/**
 * "Vietnamese (Tiếng Việt)", "English"; in Spanish "Vietnamita (Tiếng Việt)", "Español". The tag
 * itself for one we do not know. English names come from the list; other locales ask Intl, which
 * every browser the dashboard supports knows, and fall back to the English name where it does not.
 */
export function languageLabel(tag: string, locale: Locale = 'en'): string {
  const l = languageOf(tag);
  if (!l) return tag;
  const staff = locale === 'en' ? l.english : (localName(locale, l.tag) ?? l.english);
  return staff.toLocaleLowerCase(locale) === l.name.toLocaleLowerCase(locale)
    ? l.name
    : `${staff} (${l.name})`;
}

/**
 * Every language a contact may speak, as [tag, label] for a select: English and Spanish first (most
 * contacts), then the rest in the staff member's alphabetical order.
 */
export function languageOptions(locale: Locale): [string, string][] {
  let options = optionsByLocale.get(locale);
  if (!options) {
    options = languages
      .map((l): [string, string] => [l.tag, languageLabel(l.tag, locale)])
      .sort(([a, la], [b, lb]) => rank(a) - rank(b) || la.localeCompare(lb, locale));
    optionsByLocale.set(locale, options);
  }
  return options;
}

const optionsByLocale = new Map<Locale, [string, string][]>();

function rank(tag: string): number {
  const i = ['en', 'es'].indexOf(tag);
  return i === -1 ? 2 : i;
}

const namesByLocale = new Map<Locale, Intl.DisplayNames>();

/** Spanish writes language names in lower case; a label on its own starts with a capital. */
function localName(locale: Locale, tag: string): string | null {
  let names = namesByLocale.get(locale);
  if (!names)
    namesByLocale.set(
      locale,
      (names = new Intl.DisplayNames(locale, { type: 'language', fallback: 'none' })),
    );
  const name = names.of(tag);
  return name ? name.charAt(0).toLocaleUpperCase(locale) + name.slice(1) : null;
}
