import { describe, expect, it } from 'vitest';
import { directionOf, findLanguage, languages, negotiate } from '../../surveys/index.ts';

describe('the language list', () => {
  it('reads tags, English names, native names and common spellings', () => {
    const cases: [string, string | undefined][] = [
      ['en', 'en'],
      ['EN-us', 'en'],
      ['es_MX', 'es'],
      ['es-419', 'es'],
      ['Spanish', 'es'],
      ['español', 'es'],
      ['Espanol', 'es'],
      ['vi', 'vi'],
      ['Vietnamese', 'vi'],
      ['Tiếng Việt', 'vi'],
      ['tieng viet', 'vi'],
      ['zh', 'zh-Hans'],
      ['zh-CN', 'zh-Hans'],
      ['ZH-hans', 'zh-Hans'],
      ['中文', 'zh-Hans'],
      ['Mandarin', 'zh-Hans'],
      ['zh-TW', 'zh-Hant'],
      ['zh-Hant-HK', 'zh-Hant'],
      ['kreyòl', 'ht'],
      ['Kreyol ayisyen', 'ht'],
      ['Haitian Creole', 'ht'],
      ['ar', 'ar'],
      ['Arabic', 'ar'],
      ['العربية', 'ar'],
      ['Somali', 'so'],
      ['Tagalog', 'tl'],
      ['Filipino', 'tl'],
      ['Klingon', undefined],
      ['', undefined],
      ['xx-YY', undefined],
    ];
    for (const [input, tag] of cases) expect(findLanguage(input), input).toBe(tag);
  });

  it('gives each language one tag, a direction and an SMS encoding', () => {
    expect(new Set(languages.map((l) => l.tag)).size).toBe(languages.length);
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('vi')).toBe('ltr');
    for (const l of languages) expect(['GSM-7', 'UCS-2']).toContain(l.sms);
  });

  it('picks the first offered language a phone asks for, by preference', () => {
    expect(negotiate('fr-FR,es;q=0.8,en;q=0.5', ['en', 'es'])).toBe('es');
    expect(negotiate('en;q=0.2,es-MX;q=0.9', ['en', 'es'])).toBe('es');
    expect(negotiate('de', ['en', 'es'])).toBeUndefined();
    expect(negotiate('es;q=0', ['en', 'es'])).toBeUndefined();
    expect(negotiate('', ['en', 'es'])).toBeUndefined();
  });
});
