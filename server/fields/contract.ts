/**
 * Field rules that several areas' contracts share. They live in a contract, not in server-root files,
 * because a contract imports nothing but zod, surveys/ and other contracts, and the dashboard checks
 * its forms with the same schemas the routes validate with.
 */
import { z } from 'zod';

/**
 * Text that must stay on one line: names, titles, labels. A line break in a name ends up in an email
 * header, a CSV row, an SMS greeting or a log line, where it can split one record into two, so control
 * characters (CR, LF, tab, NUL, the Unicode line and paragraph separators) become a space, runs of
 * spaces become one, and the ends are trimmed. Stripping rather than refusing: names arrive from
 * spreadsheets where a stray line break in a cell is common and harmless once removed.
 */
const controls = /[\p{Cc}\u2028\u2029]+/gu;

export function oneLineText(value: string): string {
  return value
    .replace(controls, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** A one-line string of `min` to `max` characters after cleaning. */
export function oneLine(max: number, min = 1) {
  return z.string().transform(oneLineText).pipe(z.string().min(min).max(max));
}

/** A calendar day, YYYY-MM-DD. */
export const isoDay = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
