/**
 * Which quarter of a schedule is due, which comes next, and how each is keyed and named: shared by the
 * runner and the dashboard's view, so both speak of the same quarters.
 */
import {
  isBefore,
  quarterAt,
  quarterBefore,
  quarterDates,
  quarterLabel,
  quarterOfDay,
  quarterStart,
  type ReviewYear,
} from './quarters.ts';
import type { RunKey } from './runs.ts';
import type { StoredSchedule } from './store.ts';

/** The quarter's key in schedule_runs: its calendar name, so a change of review year cannot repeat it. */
export const runKey = (scheduleId: string, quarter: string): RunKey => ({
  scheduleId,
  period: quarterAt(quarterStart(quarter)!, 'calendar'),
});

/** The campaign's name for a quarter, as the schedule's campaigns are all named. */
export const campaignName = (s: Pick<StoredSchedule, 'name'>, quarter: string) =>
  `${s.name} — ${quarterLabel(quarter)}`.slice(0, 160);

/** The latest quarter, from the schedule's first, whose opening day has come; null before the first. */
export function dueQuarter(s: StoredSchedule, today: string, year: ReviewYear): string | null {
  let q = quarterOfDay(today, year);
  if (quarterDates(q, s.openDay, s.openDays).opensOn > today) q = quarterBefore(q, year);
  return isBefore(q, s.startsWith) ? null : q;
}

/** The first quarter, from the schedule's first, whose opening day is still to come. */
export function nextQuarter(s: StoredSchedule, today: string, year: ReviewYear): string {
  let q = quarterAt(quarterStart(s.startsWith)!, year);
  const current = quarterOfDay(today, year);
  if (isBefore(q, current)) q = quarterBefore(current, year);
  while (quarterDates(q, s.openDay, s.openDays).opensOn <= today) q = quarterAt(quarterStart(q)! + 3, year);
  return q;
}
