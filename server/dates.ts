/** Calendar days in a partnership's time zone (responses keep a day, never a time). */
export function localDay(instant: Date, timeZone: string): string {
  return dayFormat(timeZone).format(instant);
}

// Building a formatter loads the zone's rules (~100 µs, more than a whole submission should cost);
// formatting with one is cheap. Zones are few (one per partnership), so they are kept for good.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format;
}

/** A YYYY-MM-DD day moved by whole days. */
export function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
