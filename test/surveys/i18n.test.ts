import { describe, it, expect } from 'vitest';
import { format, languageOf, langs, ui } from '../../surveys/index.js';

const keys = Object.keys(ui.en).sort();

describe('ui strings', () => {
  it('have the same keys in every language', () => {
    for (const lang of langs) expect(Object.keys(ui[lang]).sort()).toEqual(keys);
  });

  it('include what the respondent page needs', () => {
    const needed = [
      'next',
      'back',
      'submit',
      'saveLater',
      'savedTitle',
      'savedBody',
      'progress',
      'required',
      'optional',
      'errorSummary',
      'thanksTitle',
      'thanksBody',
      'usedTitle',
      'usedBody',
      'closedTitle',
      'closedBody',
      'notOpenTitle',
      'notOpenBody',
      'unknownTitle',
      'unknownBody',
      'busyTitle',
      'busyBody',
      'otherLanguages',
      'anonymityNote',
      'agreeScale',
      'likelihoodLow',
      'likelihoodHigh',
      'ratingLow',
      'ratingHigh',
      'yes',
      'no',
      'errors',
    ];
    expect(keys).toEqual(expect.arrayContaining(needed));
  });

  it('are non-empty and translated', () => {
    for (const lang of langs) {
      for (const [key, value] of Object.entries(ui[lang])) {
        const strings = typeof value === 'string' ? [value] : Object.values(value as object);
        for (const s of strings)
          expect(typeof s === 'string' && s.trim().length > 0, `${lang}.${key}`).toBe(true);
      }
    }
    for (const key of ['anonymityNote', 'thanksBody', 'unknownBody', 'errorSummary'] as const) {
      expect(ui.es[key]).not.toBe(ui.en[key]);
    }
  });

  it('have five agree labels and a message for every answer error', () => {
    for (const lang of langs) {
      expect(ui[lang].agreeScale).toHaveLength(5);
      expect(Object.keys(ui[lang].errors).sort()).toEqual(['invalid', 'required', 'too_long', 'too_many']);
    }
  });

  it('name each language in itself for the language links', () => {
    expect(languageOf('es')?.name).toBe('Español');
    expect(languageOf('en')?.name).toBe('English');
  });

  it('promise anonymity and the group-of-5 rule', () => {
    expect(ui.en.anonymityNote).toMatch(/anonymous/);
    expect(ui.en.anonymityNote).toMatch(/5/);
    expect(ui.es.anonymityNote).toMatch(/anónimas/);
    expect(ui.es.anonymityNote).toMatch(/5/);
  });
});

describe('format', () => {
  it('fills placeholders', () => {
    expect(format(ui.en.progress, { n: 2, total: 5 })).toBe('Part 2 of 5');
    expect(format(ui.es.progress, { n: 2, total: 5 })).toBe('Parte 2 de 5');
  });

  it('leaves unknown placeholders visible', () => {
    expect(format('{a} and {b}', { a: 1 })).toBe('1 and {b}');
    expect(format('{constructor}', {})).toBe('{constructor}');
  });
});
