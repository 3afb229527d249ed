/**
 * Quarter arithmetic for schedules: which quarter holds a day, the quarter after, and a scheduled
 * campaign's dates in a quarter. A quarter is named in the partnership's review year (2027-Q1 or
 * PY2026-Q3, the same three months) and kept as its first month, counted since January of year 0,
 * with campaigns/next-period.ts's counting and naming. Pure.
 */
import { nameAt, span, type ReviewYear } from '../../campaigns/next-period.ts';

export type { ReviewYear };

const pad = (n: number) => String(n).padStart(2, '0');

/** The first month of a quarter named either way; null for anything that is not a quarter. */
export function quarterStart(name: string): number | null {
  const s = span(name);
  return s && s.months === 3 ? s.start : null;
}

/** The quarter starting at month `start`, named the partnership's way. */
export const quarterAt = (start: number, year: ReviewYear) => nameAt(start, 3, year === 'program');

/** The quarter holding `day` (YYYY-MM-DD). */
export function quarterOfDay(day: string, year: ReviewYear): string {
  const month = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
  return quarterAt(month - (month % 3), year);
}

export const quarterAfter = (name: string, year: ReviewYear) => quarterAt(quarterStart(name)! + 3, year);
export const quarterBefore = (name: string, year: ReviewYear) => quarterAt(quarterStart(name)! - 3, year);

/** `day` moved by whole days (negative for earlier). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The opening and closing days of a campaign opening on day `openDay` of `quarter`, open `openDays` days. */
export function quarterDates(quarter: string, openDay: number, openDays: number) {
  const start = quarterStart(quarter)!;
  const first = `${Math.floor(start / 12)}-${pad((start % 12) + 1)}-01`;
  const opensOn = addDays(first, openDay - 1);
  return { opensOn, closesOn: addDays(opensOn, openDays - 1) };
}

/** "2027 Q1", "PY2026 Q3": how a quarter reads in a campaign's name. */
export const quarterLabel = (quarter: string) => quarter.replace('-', ' ');

/** Whether quarter `a` comes before `b` (either naming). */
export const isBefore = (a: string, b: string) => quarterStart(a)! < quarterStart(b)!;

/**
 * The first quarter a schedule may create, asked for `wanted` (by default the quarter of `today`):
 * `wanted`, or the first after it whose opening day is still to come (or is today), so a schedule
 * switched on late never back-fills a quarter whose day has passed.
 */
export function firstQuarterFrom(
  today: string,
  year: ReviewYear,
  openDay: number,
  openDays: number,
  wanted?: string,
): string {
  let q = quarterAt(quarterStart(wanted ?? quarterOfDay(today, year))!, year);
  while (quarterDates(q, openDay, openDays).opensOn < today) q = quarterAfter(q, year);
  return q;
}
