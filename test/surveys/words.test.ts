// Every page language has every respondent-facing text, non-empty, with the English text's
// placeholders and no others: a translation that drops {link} or invents {nmae} fails here.
import { describe, expect, it } from 'vitest';
import { languageOf, langs, minutesText, words } from '../../surveys/index.ts';

/** Every string in a words object with its path, arrays and plural forms included. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const texts = (l: (typeof langs)[number]) => {
  // Keywords and reply words are lists read, not texts shown: each language has its own number of them.
  const { origin: _origin, keywords: _keywords, replies: _replies, ...rest } = words[l];
  return new Map(leaves(rest).map(([p, s]) => [p.replace(/\.(one|two|few|many|zero)$/, '.other'), s]));
};
const english = texts('en');

describe('the words of every page language', () => {
  it('are known languages with a name in themselves', () => {
    for (const l of langs) expect(languageOf(l)?.name, l).toBeTruthy();
  });

  it('have every English text, non-empty, and nothing English lacks', () => {
    for (const l of langs) {
      const mine = texts(l);
      expect([...mine.keys()].sort(), l).toEqual([...english.keys()].sort());
      for (const [path, s] of mine) expect(s.trim(), `${l}.${path}`).not.toBe('');
    }
  });

  it('keep the English placeholders exactly', () => {
    for (const l of langs)
      for (const [path, s] of leaves(words[l]).filter(([p]) => !/^(origin|keywords|replies)/.test(p))) {
        const want = placeholders(english.get(path.replace(/\.(one|two|few|many|zero)$/, '.other'))!);
        // A singular or dual form may say the number in words ("دقيقتين", two minutes) and drop {n}.
        if (/\.(one|two|zero)$/.test(path))
          expect(want, `${l}.${path}`).toEqual(expect.arrayContaining(placeholders(s)));
        else expect(placeholders(s), `${l}.${path}`).toEqual(want);
      }
  });

  it('give every count the plural forms its language uses up to 100', () => {
    const plurals = (value: unknown, path = ''): [string, Record<string, string>][] =>
      value && typeof value === 'object'
        ? 'other' in value && typeof (value as { other: unknown }).other === 'string'
          ? [[path, value as Record<string, string>]]
          : Object.entries(value).flatMap(([k, v]) => plurals(v, path ? `${path}.${k}` : k))
        : [];
    expect(plurals(words.en).map(([p]) => p)).toContain('page.minutes');
    for (const l of langs) {
      // The forms counts up to 100 take (Spanish "many" is for millions, where `other` reads right).
      // A language Intl has no rules for (Haitian Creole, whose nouns do not change) borrows
      // English's; its `other` form then serves every count.
      const rules = new Intl.PluralRules(l);
      const own = new Intl.Locale(rules.resolvedOptions().locale).language === new Intl.Locale(l).language;
      const forms = own
        ? new Set(Array.from({ length: 101 }, (_, n) => rules.select(n)))
        : new Set(['other']);
      for (const [path, plural] of plurals(words[l]))
        for (const f of forms) expect(plural[f], `${l}.${path}.${f}`).toBeTruthy();
    }
  });

  it('say how long a survey takes in the form its count takes', () => {
    expect([1, 5].map((n) => minutesText('en', n))).toEqual(['About 1 minute', 'About 5 minutes']);
    expect([1, 5].map((n) => minutesText('es', n))).toEqual(['Aproximadamente 1 minuto', 'Unos 5 minutos']);
    expect([1, 2, 5, 12].map((n) => minutesText('ar', n))).toEqual([
      'حوالي دقيقة واحدة',
      'حوالي دقيقتين',
      'حوالي 5 دقائق',
      'حوالي 12 دقيقة',
    ]);
  });

  it('say where they came from, and who reviewed them if anyone did', () => {
    for (const l of langs) {
      const { source, reviewed } = words[l].origin;
      expect(source.length, l).toBeGreaterThan(10);
      if (reviewed) expect(reviewed.on, l).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('list keywords in capitals without accents, each word in one language only', () => {
    const seen = new Map<string, string>();
    for (const l of langs)
      for (const [kind, list] of Object.entries(words[l].keywords))
        for (const w of list) {
          expect(w, `${l}.${kind}`).toBe(w.normalize('NFKD').replace(/\p{M}/gu, '').toUpperCase());
          expect(seen.get(w), `${w} in ${l} and ${seen.get(w)}`).toBeUndefined();
          seen.set(w, l);
        }
  });
});
