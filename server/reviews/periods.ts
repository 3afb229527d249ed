/**
 * Review periods: calendar quarters and years (2026-Q3, 2026) and program years, which run July 1 to
 * June 30 and are named for the year they start in (PY2026 is July 2026 to June 2027; its Q1 is July to
 * September). A period is kept as its first month (months since year 0) and its length, so the two
 * namings of one quarter (2026-Q3 and PY2026-Q1) are the same period.
 */
import { AppError } from '../errors.ts';
import { periodNameParts } from './contract.ts';

export type YearSystem = 'calendar' | 'program';

export interface Period {
  name: string;
  kind: 'quarter' | 'year';
  system: YearSystem;
  /** First month, counted in months since January of year 0. */
  start: number;
  months: 3 | 12;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function parsePeriod(name: string): Period | null {
  const parts = periodNameParts(name);
  if (!parts) return null;
  const system: YearSystem = parts.program ? 'program' : 'calendar';
  const yearStart = parts.year * 12 + (system === 'program' ? 6 : 0);
  if (parts.quarter === null) return { name, kind: 'year', system, start: yearStart, months: 12 };
  return { name, kind: 'quarter', system, start: yearStart + (parts.quarter - 1) * 3, months: 3 };
}

/** The name of the period starting at `start` in `system` (quarters exist in both; years in one). */
export function periodAt(start: number, kind: Period['kind'], system: YearSystem): Period {
  const offset = system === 'program' ? 6 : 0;
  const year = Math.floor((start - offset) / 12);
  const prefix = system === 'program' ? 'PY' : '';
  if (kind === 'year')
    return { name: `${prefix}${year}`, kind, system, start: year * 12 + offset, months: 12 };
  const quarter = Math.floor((start - offset - year * 12) / 3) + 1;
  return {
    name: `${prefix}${year}-Q${quarter}`,
    kind,
    system,
    start: year * 12 + offset + (quarter - 1) * 3,
    months: 3,
  };
}

/**
 * The period a partnership reviews by: a quarter in either naming is accepted and named the
 * partnership's way; a year must be of the partnership's kind (a calendar year is not a review of a
 * program-year partnership, whose years run July to June).
 */
export function reviewPeriod(name: string, system: YearSystem): Period {
  const p = parsePeriod(name);
  if (!p)
    throw new AppError(
      'VALIDATION_FAILED',
      `"${name}" is not a period. Use one such as 2026-Q3, 2026, PY2026 or PY2026-Q1.`,
    );
  if (p.kind === 'year' && p.system !== system) {
    const suggestion = periodAt(p.start + (system === 'program' ? 6 : 0), 'year', system).name;
    throw new AppError(
      'VALIDATION_FAILED',
      `This partnership reviews by ${system} year; ask for a ${system} year such as ${suggestion}.`,
    );
  }
  return periodAt(p.start, p.kind, system);
}

export const previousPeriod = (p: Period): Period => periodAt(p.start - p.months, p.kind, p.system);
export const yearBefore = (p: Period): Period => periodAt(p.start - 12, p.kind, p.system);
export const nextPeriod = (p: Period): Period => periodAt(p.start + p.months, p.kind, p.system);

/** The four quarters of a year, first to last. */
export function quartersOf(year: Period): Period[] {
  return [0, 3, 6, 9].map((m) => periodAt(year.start + m, 'quarter', year.system));
}

/** Whether a campaign of period `inner` belongs to the review of `outer` (its months lie inside). */
export function contains(outer: Period, inner: Period): boolean {
  return inner.start >= outer.start && inner.start + inner.months <= outer.start + outer.months;
}

/** Every campaign period name that falls in `p`, in both namings, for an indexed `period IN (...)`. */
export function campaignPeriodNames(p: Period): string[] {
  const quarters = p.kind === 'quarter' ? [p] : quartersOf(p);
  const names = quarters.flatMap((q) => [
    periodAt(q.start, 'quarter', 'calendar').name,
    periodAt(q.start, 'quarter', 'program').name,
  ]);
  return p.kind === 'year' ? [...names, p.name] : names;
}

/** First and last day of the period, YYYY-MM-DD. */
export function periodDays(p: Period): { first: string; last: string } {
  const y = Math.floor(p.start / 12);
  const m = p.start % 12;
  const end = new Date(Date.UTC(y, m + p.months, 0));
  return { first: `${y}-${pad(m + 1)}-01`, last: end.toISOString().slice(0, 10) };
}

/** The partnership's period holding a day (YYYY-MM-DD). */
export function periodOfDay(day: string, kind: Period['kind'], system: YearSystem): Period {
  const month = Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
  if (kind === 'quarter') return periodAt(month - (month % 3), 'quarter', system);
  const offset = system === 'program' ? 6 : 0;
  return periodAt(month - ((((month - offset) % 12) + 12) % 12), 'year', system);
}

/** "July to September 2026" style label for pages. */
export function periodLabel(p: Period): string {
  const { first, last } = periodDays(p);
  const month = (d: string) =>
    new Date(`${d}T00:00:00Z`).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
  return `${month(first)} ${first.slice(0, 4)} to ${month(last)} ${last.slice(0, 4)}`;
}
