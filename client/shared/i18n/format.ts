// Dates, numbers and percentages for a locale, through Intl: one place, so the dashboard and the
// printable review write "3,4" and "12 %" in Spanish and "3.4" and "12%" in English alike.
import type { Locale } from './locales.ts';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat>(
  key: string,
  make: () => T,
): T {
  let f = cache.get(key);
  if (!f) cache.set(key, (f = make()));
  return f as T;
}

const number = (locale: Locale, digits: number) =>
  cached(
    `n${locale}${digits}`,
    () => new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
  );

/** A count or a figure with `digits` decimals (none by default): 1,234 / 1.234; 3.4 / 3,4. */
export const formatNumber = (locale: Locale, value: number, digits = 0) =>
  number(locale, digits).format(value);

/** A figure shown with one decimal unless it is whole (scores, targets): 67 / 67.5 / 67,5. */
export const formatFigure = (locale: Locale, value: number) =>
  formatNumber(locale, value, Number.isInteger(value) ? 0 : 1);

/** A percentage given on the 0-100 scale the reviews use: 61% / 61 %. */
export const formatPercent = (locale: Locale, value: number, digits = 0) =>
  cached(
    `p${locale}${digits}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'percent',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  ).format(value / 100);

/**
 * A calendar day (YYYY-MM-DD, or the day of an ISO timestamp in UTC) as the locale writes it:
 * Oct 31, 2026 / 31 oct 2026. Read as UTC so the day never shifts with the viewer's time zone.
 */
export function formatDay(locale: Locale, iso: string): string {
  const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return iso;
  return cached(
    `d${locale}`,
    () =>
      new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
  ).format(day);
}

/** A moment in the viewer's own time zone, day and time: Oct 31, 2026, 2:05 PM / 31 oct 2026, 14:05. */
export function formatMoment(locale: Locale, iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return cached(
    `m${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(at);
}

/** "a, b and c" / "a, b y c". */
export const formatList = (locale: Locale, items: readonly string[]) =>
  cached(`l${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);

/** A month and its year (YYYY-MM-DD in it): July 2026 / julio de 2026. */
export function formatMonth(locale: Locale, iso: string): string {
  const day = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(day.getTime())) return iso;
  return cached(
    `mo${locale}`,
    () => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  ).format(day);
}
