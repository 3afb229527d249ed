// How the campaign screens write a rate, a day and a language in the staff member's locale.
import { formatNumber, formatPercent } from '../../shared/i18n/format.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import type { TemplateSummary } from '../../../surveys/index.ts';
import { languageOf } from '../../../surveys/language-list.ts';

/**
 * How each locale writes a campaign's day (YYYY-MM-DD). English keeps the ISO day: it is what the
 * date fields beside it take and show, and what staff type and quote (2026-09-30). Spanish writes it
 * out as the survey pages and the poster do (30 de septiembre de 2026): an ISO day is no Spanish
 * reader's way of writing a date.
 */
const dayStyle: Record<Locale, 'iso' | 'long'> = { en: 'iso', es: 'long' };

const longDays = new Map<Locale, Intl.DateTimeFormat>();
const names = new Map<Locale, Intl.DisplayNames>();

function longDay(locale: Locale, day: string): string {
  // Noon UTC of a calendar day is that same day whatever the viewer's time zone.
  const at = new Date(`${day.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(at.getTime())) return day;
  let f = longDays.get(locale);
  if (!f) longDays.set(locale, (f = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return f.format(at);
}

/** "Vietnamese" / "vietnamita": English staff know the list's English names (the contact list's). */
function nameIn(locale: Locale, tag: string): string {
  if (locale === 'en') return languageOf(tag)?.english ?? tag;
  let n = names.get(locale);
  if (!n) names.set(locale, (n = new Intl.DisplayNames(locale, { type: 'language', fallback: 'code' })));
  return n.of(tag) ?? tag;
}

const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
/** A name standing alone (a table cell, a checkbox): Spanish writes "vietnamita" mid-sentence only. */
const alone = (name: string) => name.charAt(0).toLocaleUpperCase() + name.slice(1);

export function campaignFormats(locale: Locale) {
  return {
    /** A count: 1,234 / 1234 (Spanish groups from five digits). */
    number: (n: number) => formatNumber(locale, n),
    /** A response rate (0 to 1) as a whole percentage, 61% / 61 %, or a dash when nobody was invited. */
    rate: (rate: number | null) => (rate === null ? '–' : formatPercent(locale, rate * 100)),
    /** A campaign's calendar day, or the day of an ISO timestamp: 2026-09-30 / 30 de septiembre de 2026. */
    day: (iso: string) => (dayStyle[locale] === 'iso' ? iso.slice(0, 10) : longDay(locale, iso)),
    /**
     * A language in the staff member's words: "Vietnamese" / "vietnamita" within a sentence,
     * "Vietnamita" standing `alone` (a table cell, a checkbox); `own` adds its name in itself, as a
     * speaker recognizes it: "Vietnamese (Tiếng Việt)", "Español". A tag the list lacks stays a tag.
     */
    language: (tag: string, how: { alone?: boolean; own?: boolean } = {}) => {
      const l = languageOf(tag);
      if (!l) return tag;
      const named = how.alone ? alone(nameIn(locale, tag)) : nameIn(locale, tag);
      return !how.own || same(l.name, named) ? named : `${named} (${l.name})`;
    },
  };
}

export type CampaignFormats = ReturnType<typeof campaignFormats>;

/** A built-in survey's title in the staff member's language where it has one; an own survey's name. */
export const surveyTitle = (template: Pick<TemplateSummary, 'title'>, locale: Locale) =>
  template.title[locale] ?? template.title.en;
