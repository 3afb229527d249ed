// Every respondent-facing language's words, by tag. Importing this brings every language: server
// code and staff screens may; the respondent's island must not (it gets its page's words in the page
// data, so a phone downloads one language).
import type { Lang } from '../languages.js';
import { ar } from './ar.js';
import { en } from './en.js';
import { es } from './es.js';
import { ht } from './ht.js';
import { vi } from './vi.js';
import { zhHans } from './zh-Hans.js';
import type { Plural, Words } from './types.js';

export type * from './types.js';

export const words: Readonly<Record<Lang, Words>> = { en, es, vi, 'zh-Hans': zhHans, ht, ar };

/** The form of `plural` for `n` in `lang`, its `other` form when the language has no other. */
export function pluralOf(plural: Plural, n: number, lang: Lang): string {
  return plural[new Intl.PluralRules(lang).select(n)] ?? plural.other;
}
