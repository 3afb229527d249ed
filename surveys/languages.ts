// The languages a survey can be written and answered in: each has the respondent page's words, the
// messages and the opt-out keywords (surveys/words/; a test fails when one is missing). What each
// is called, its direction and SMS encoding, and the languages a contact may speak beyond these,
// are in language-list.ts. This file stays tiny: the respondent's island imports it.

export const langs = ['en', 'es', 'vi', 'zh-Hans', 'ht', 'ar'] as const;
/** A language the respondent page, the messages and surveys are written in. */
export type Lang = (typeof langs)[number];

export const isLang = (v: unknown): v is Lang => typeof v === 'string' && (langs as readonly string[]).includes(v);

/** One value per page language, made by `make`: the shape every per-language table has. */
export function byLang<T>(make: (lang: Lang) => T): Readonly<Record<Lang, T>> {
  return Object.fromEntries(langs.map((l) => [l, make(l)])) as Record<Lang, T>;
}
