// The dashboard's languages (staff, not respondents: the survey languages are surveys/languages.ts).
// A locale needs one file per area in messages/<locale>/; a test fails when one lacks a message.

export const locales = ['en', 'es'] as const;
export type Locale = (typeof locales)[number];

export const isLocale = (v: unknown): v is Locale =>
  typeof v === 'string' && (locales as readonly string[]).includes(v);

/** Each locale named in itself, as the switch offers it. */
export const localeNames: Record<Locale, string> = { en: 'English', es: 'Español' };

/**
 * The first of the browser's languages the dashboard speaks (any Spanish, es-MX or es-US, is
 * Spanish); English when none is.
 */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}
