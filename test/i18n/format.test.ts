// Dates, numbers and percentages as each dashboard locale writes them (client/shared/i18n/format.ts),
// and the browser's language choosing the locale.
import { describe, expect, it } from 'vitest';
import {
  formatDay,
  formatFigure,
  formatList,
  formatMoment,
  formatNumber,
  formatPercent,
} from '../../client/shared/i18n/format.ts';
import { preferredLocale } from '../../client/shared/i18n/locales.ts';

// Intl separates "61" and "%" in Spanish, and a thousands group, with no-break spaces.
const spaced = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting for the locale', () => {
  it('writes numbers with the locale decimal and grouping marks', () => {
    expect(formatNumber('en', 12345)).toBe('12,345');
    expect(spaced(formatNumber('es', 12345))).toBe('12.345');
    expect(formatNumber('en', 3.456, 2)).toBe('3.46');
    expect(formatNumber('es', 3.456, 2)).toBe('3,46');
    expect(formatFigure('en', 67)).toBe('67');
    expect(formatFigure('en', 67.54)).toBe('67.5');
    expect(formatFigure('es', 67.54)).toBe('67,5');
  });

  it('writes percentages given on the 0-100 scale', () => {
    expect(formatPercent('en', 61)).toBe('61%');
    expect(spaced(formatPercent('es', 61))).toBe('61 %');
    expect(formatPercent('en', 61.25, 1)).toBe('61.3%');
    expect(spaced(formatPercent('es', 61.25, 1))).toBe('61,3 %');
  });

  it('writes a calendar day without shifting it by time zone', () => {
    expect(formatDay('en', '2026-10-31')).toBe('Oct 31, 2026');
    expect(formatDay('es', '2026-10-31')).toBe('31 oct 2026');
    // A timestamp late in the UTC day stays on its day.
    expect(formatDay('es', '2026-01-01T23:30:00Z')).toBe('1 ene 2026');
    expect(formatDay('en', 'not a day')).toBe('not a day');
  });

  it('writes a moment with its time', () => {
    const at = '2026-10-31T14:05:00Z';
    expect(formatMoment('en', at)).toMatch(/Oct 31, 2026|Nov 1, 2026/);
    expect(formatMoment('es', at)).toMatch(/(31 oct|1 nov) 2026, \d{1,2}:05/);
  });

  it('joins lists with the locale word for "and"', () => {
    expect(formatList('en', ['SMS', 'email', 'printed'])).toBe('SMS, email, and printed');
    expect(formatList('es', ['SMS', 'correo', 'impreso'])).toBe('SMS, correo e impreso');
  });
});

describe('the browser language', () => {
  it('picks Spanish for any Spanish, else English', () => {
    expect(preferredLocale(['es-MX', 'en-US'])).toBe('es');
    expect(preferredLocale(['es-US'])).toBe('es');
    expect(preferredLocale(['en-US', 'es'])).toBe('en');
    expect(preferredLocale(['fr-FR', 'es-ES'])).toBe('es');
    expect(preferredLocale(['vi'])).toBe('en');
    expect(preferredLocale([])).toBe('en');
  });
});
