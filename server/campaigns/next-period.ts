/**
 * The period after a campaign's, and its dates moved there: for duplicating a campaign into the next
 * quarter or year, and for a schedule that repeats one. A quarter is named in the partnership's review
 * year (2026-Q4 or PY2026-Q2, the same three months); a year stays the kind of year it was. Pure, so
 * any area may call it.
 */
import { periodNameParts } from '../reviews/contract.ts';

export type ReviewYear = 'calendar' | 'program';

/** A period as its first month (months since January of year 0) and its length. */
export function span(period: string): { start: number; months: 3 | 12; program: boolean } | null {
  const p = periodNameParts(period);
  if (!p) return null;
  const yearStart = p.year * 12 + (p.program ? 6 : 0);
  return p.quarter === null
    ? { start: yearStart, months: 12, program: p.program }
    : { start: yearStart + (p.quarter - 1) * 3, months: 3, program: p.program };
}

/** The period of `months` starting at month `start`, named as a program year or a calendar one. */
export function nameAt(start: number, months: 3 | 12, program: boolean): string {
  const offset = program ? 6 : 0;
  const year = Math.floor((start - offset) / 12);
  const prefix = program ? 'PY' : '';
  if (months === 12) return `${prefix}${year}`;
  return `${prefix}${year}-Q${Math.floor((start - offset - year * 12) / 3) + 1}`;
}

/** The period after `period`: the next quarter in the partnership's naming, or the next year of its kind. */
export function periodAfter(period: string, reviewYear: ReviewYear): string {
  const s = span(period);
  if (!s) throw new RangeError(`Not a period: ${period}`);
  return nameAt(s.start + s.months, s.months, s.months === 3 ? reviewYear === 'program' : s.program);
}

/** Months from the start of `from` to the start of `to` (both valid periods). */
export function monthsBetween(from: string, to: string): number {
  return span(to)!.start - span(from)!.start;
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

/**
 * `day` moved by whole months; a month's last day stays its month's last day (September 30 → December
 * 31), and a day the shorter month lacks becomes its last (May 31 → February 28).
 */
export function shiftMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const wasLast = d === lastDay(y, m - 1);
  const date = wasLast ? lastDay(year, month) : Math.min(d, lastDay(year, month));
  return `${year}-${String(month + 1).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/**
 * A campaign's name, period and dates moved to `target` (by default the period after its own). The
 * name's mention of the old period becomes the new one's, in either naming of a quarter; a name that
 * does not mention it gets the new period added, so two campaigns of a series are told apart.
 */
export function movedToPeriod(
  campaign: { name: string; period: string; opensOn: string; closesOn: string },
  reviewYear: ReviewYear,
  target?: string,
): { name: string; period: string; opensOn: string; closesOn: string } {
  const period = target ?? periodAfter(campaign.period, reviewYear);
  const months = monthsBetween(campaign.period, period);
  const old = span(campaign.period)!;
  const names = [campaign.period];
  if (old.months === 3) names.push(nameAt(old.start, 3, !old.program));
  const mentioned = names.find((n) => new RegExp(`(^|[^\\w-])${n}(?![\\w-])`).test(campaign.name));
  // The name keeps its own naming of a quarter, whichever the period is stored in.
  const sameNaming = mentioned && span(mentioned)!.program === span(period)!.program;
  const name = mentioned
    ? campaign.name.replace(mentioned, sameNaming ? period : otherNaming(period))
    : `${campaign.name} ${period}`.slice(0, 160);
  return {
    name,
    period,
    opensOn: shiftMonths(campaign.opensOn, months),
    closesOn: shiftMonths(campaign.closesOn, months),
  };
}

/** A quarter's name in the other year's naming (2026-Q4 ↔ PY2026-Q2); a year's name as it is. */
function otherNaming(period: string): string {
  const s = span(period)!;
  return s.months === 3 ? nameAt(s.start, 3, !s.program) : period;
}
