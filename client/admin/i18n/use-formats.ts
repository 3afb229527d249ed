// Dates, numbers and percentages as the staff member's locale writes them, for the screens (apart
// from use-locale.ts so the frame's first download does not carry them).
import {
  formatDay,
  formatFigure,
  formatList,
  formatMoment,
  formatMonth,
  formatNumber,
  formatPercent,
} from '../../shared/i18n/format.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { useLocale } from './use-locale.ts';

export interface Formats {
  day(iso: string): string;
  moment(iso: string): string;
  month(iso: string): string;
  number(value: number, digits?: number): string;
  figure(value: number): string;
  percent(value: number, digits?: number): string;
  list(items: readonly string[]): string;
}

export function formatsFor(locale: Locale): Formats {
  return {
    day: (iso) => formatDay(locale, iso),
    moment: (iso) => formatMoment(locale, iso),
    month: (iso) => formatMonth(locale, iso),
    number: (value, digits) => formatNumber(locale, value, digits),
    figure: (value) => formatFigure(locale, value),
    percent: (value, digits) => formatPercent(locale, value, digits),
    list: (items) => formatList(locale, items),
  };
}

export const useFormats = (): Formats => formatsFor(useLocale().locale);
