/**
 * Local daytime hours for SMS. A text due at 23:10 in the partnership's time zone waits for the next
 * window's start; time zones and daylight-saving changes come from Intl, which Node and Workers share.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(timeZone, f);
  }
  return f;
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(instant: Date, timeZone: string): Wall {
  const parts: Record<string, number> = {};
  for (const p of format(timeZone).formatToParts(instant))
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** Milliseconds the zone is ahead of UTC at an instant. */
function offset(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  return (
    Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) -
    (instant.getTime() - instant.getMilliseconds())
  );
}

/**
 * The instant a local wall-clock time happens in a zone. In the spring-forward gap (02:30 that never
 * happens) it gives the instant an hour later; in the fall-back overlap, the first of the two.
 */
export function zonedInstant(day: string, time: string, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, m - 1, d, hh, mm);
  const first = asUtc - offset(new Date(asUtc), timeZone);
  const second = asUtc - offset(new Date(first), timeZone);
  if (first === second) return new Date(first);
  const shows = (t: number) => {
    const w = wallClock(new Date(t), timeZone);
    return w.hour === hh && w.minute === mm && w.day === d;
  };
  if (shows(second)) return new Date(second);
  if (shows(first)) return new Date(first);
  return new Date(Math.max(first, second)); // in the gap: the wall clock reads an hour later
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `now` when it falls inside the daily window [start, end) local time, else the start of the next
 * window. Windows are 'HH:MM' with start < end (no window across midnight: nobody wants a 2 a.m. text).
 */
export function nextSendTime(now: Date, timeZone: string, window: { start: string; end: string }): Date {
  const w = wallClock(now, timeZone);
  const hhmm = `${pad(w.hour)}:${pad(w.minute)}`;
  if (hhmm >= window.start && hhmm < window.end) return now;
  const today = `${w.year}-${pad(w.month)}-${pad(w.day)}`;
  if (hhmm < window.start) return zonedInstant(today, window.start, timeZone);
  const tomorrow = new Date(Date.UTC(w.year, w.month - 1, w.day + 1));
  return zonedInstant(tomorrow.toISOString().slice(0, 10), window.start, timeZone);
}

/** 'HH:MM' as people read it: 8:00, 20:00. */
export const readableTime = (hhmm: string) => hhmm.replace(/^0(\d)/, '$1');

/** Today's or tomorrow's date in a zone, 'YYYY-MM-DD'. */
function localDate(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/**
 * Outside the texting hours, when texts held for them go: the instant, its wall-clock time and date
 * in the zone (from Intl, so across a daylight-saving change too), and whether that is today or
 * tomorrow there. Null inside the hours: nothing waits for them.
 */
export function textingHoursWait(
  now: Date,
  timeZone: string,
  window: { start: string; end: string },
): { goesAt: Date; localTime: string; localDate: string; day: 'today' | 'tomorrow' } | null {
  const goesAt = nextSendTime(now, timeZone, window);
  if (goesAt.getTime() <= now.getTime()) return null;
  const w = wallClock(goesAt, timeZone);
  const date = localDate(goesAt, timeZone);
  return {
    goesAt,
    localTime: `${w.hour}:${pad(w.minute)}`,
    localDate: date,
    day: date === localDate(now, timeZone) ? 'today' : 'tomorrow',
  };
}
