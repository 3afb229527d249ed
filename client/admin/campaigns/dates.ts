// Calendar helpers for campaign defaults. Days are the partnership's: a campaign opens at midnight
// in its time zone, which need not be the browser's.

/** Today in `timeZone` as YYYY-MM-DD (en-CA formats that way). */
export const today = (timeZone?: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(),
  );

export const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** This quarter's name in the partnership's review year: 2026-Q3, or PY2026-Q1 (July to September). */
export function currentPeriod(reviewYear: 'calendar' | 'program', on: string): string {
  const year = Number(on.slice(0, 4));
  const month = Number(on.slice(5, 7));
  if (reviewYear === 'calendar') return `${year}-Q${Math.ceil(month / 3)}`;
  const py = month >= 7 ? year : year - 1;
  return `PY${py}-Q${Math.ceil((((month + 5) % 12) + 1) / 3)}`;
}
