/**
 * Calendar quarters and their program-year names. The workforce system's program year runs July 1
 * to June 30 and is named for the year it starts in, so October-December 2025 is PY2025-Q2.
 */

export interface Quarter {
  year: number;
  /** Calendar quarter, 1-4. */
  quarter: number;
  /** First and last day, YYYY-MM-DD. */
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function day(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

function utc(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`);
}

export function calendarQuarter(year: number, quarter: number): Quarter {
  const firstMonth = (quarter - 1) * 3; // 0-based
  return {
    year,
    quarter,
    start: `${year}-${pad(firstMonth + 1)}-01`,
    end: day(Date.UTC(year, firstMonth + 3, 0)),
  };
}

/** The calendar quarter holding a day (YYYY-MM-DD). */
export function quarterOf(isoDay: string): Quarter {
  const year = Number(isoDay.slice(0, 4));
  const month = Number(isoDay.slice(5, 7));
  return calendarQuarter(year, Math.floor((month - 1) / 3) + 1);
}

export function previousQuarter(q: Quarter): Quarter {
  return q.quarter === 1 ? calendarQuarter(q.year - 1, 4) : calendarQuarter(q.year, q.quarter - 1);
}

/** The last `n` quarters that ended before `today`, oldest first. */
export function lastCompletedQuarters(today: string, n: number): Quarter[] {
  const out: Quarter[] = [];
  let q = previousQuarter(quarterOf(today));
  for (let i = 0; i < n; i++, q = previousQuarter(q)) out.unshift(q);
  return out;
}

/** 2026-Q3 for calendar reviewers; PY2026-Q1 (July-September 2026) for program-year reviewers. */
export function periodName(q: Quarter, reviewYear: 'calendar' | 'program'): string {
  if (reviewYear === 'calendar') return `${q.year}-Q${q.quarter}`;
  const pyYear = q.quarter >= 3 ? q.year : q.year - 1;
  const pyQuarter = q.quarter >= 3 ? q.quarter - 2 : q.quarter + 2;
  return `PY${pyYear}-Q${pyQuarter}`;
}

export function addDays(isoDay: string, n: number): string {
  return day(utc(isoDay) + n * 86_400_000);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utc(b) - utc(a)) / 86_400_000);
}
