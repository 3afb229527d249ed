// The one way a message becomes text: intl-messageformat (formatjs) over a compiled catalogue, in the
// dashboard and on the server alike. Plurals, selects, numbers and dates follow the locale's rules.
import { IntlMessageFormat } from 'intl-messageformat';
import type { Compiled } from './compile.ts';
import type { Locale } from './locales.ts';

export type Value = string | number | Date | null | undefined;
export type Values = Record<string, Value>;
/** A tag in a message (`<link>…</link>`) becomes what its function makes of the text inside. */
export type Rich<T> = Record<string, Value | T | ((chunks: (string | T)[]) => T)>;

export interface Words<K extends string> {
  (key: K, values?: Values): string;
  /** For messages with tags: the text and the nodes the tag functions make. */
  rich<T>(key: K, values: Rich<T>): string | T | (string | T)[];
  readonly locale: Locale;
}

/**
 * The words of one area in one locale. A key the catalogue lacks is a bug the types and the
 * catalogue test catch; if one slips through it shows as the key itself, never as a blank.
 */
export function wordsOf<K extends string>(
  locale: Locale,
  messages: Readonly<Record<string, Compiled>>,
): Words<K> {
  const formats = new Map<string, IntlMessageFormat>();
  const formatter = (key: string) => {
    let f = formats.get(key);
    if (!f) formats.set(key, (f = new IntlMessageFormat(messages[key] as Exclude<Compiled, string>, locale)));
    return f;
  };
  const words = (key: K, values?: Values): string => {
    const m = messages[key];
    if (m === undefined) return key;
    if (typeof m === 'string') return m;
    return String(formatter(key).format(values));
  };
  words.rich = <T>(key: K, values: Rich<T>) => {
    const m = messages[key];
    if (m === undefined) return key;
    if (typeof m === 'string') return m;
    return formatter(key).format<T>(values as never);
  };
  return Object.assign(words, { locale });
}
