// The words that say who is asking, in every page language: on respondent pages (server/pages/
// asking.tsx) and on the printed poster (client/admin/campaigns/poster.tsx), so both read alike.
import { byLang, type Lang } from '../../surveys/languages.ts';
import { words, type AskingWords } from '../../surveys/words/index.ts';

export const askingText: Readonly<Record<Lang, AskingWords>> = /* @__PURE__ */ byLang((l) => words[l].asking);

export const fill = (template: string, key: string, value: string) => template.replace(`{${key}}`, value);

/** A day as people read it in the language ("September 30, 2026", "30 de septiembre de 2026"). */
export function longDay(day: string, lang: Lang): string {
  // Noon UTC of a calendar day is that same day in every zone's reading of it.
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );
}

/** The zone's everyday name in the language ("Central Time", "hora central"), else its IANA id. */
export function zoneName(timeZone: string, lang: Lang, at: Date): string {
  const parts = new Intl.DateTimeFormat(lang, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** "Open until the end of <day> (<zone>)." in the language. */
export function untilLine(closesOn: string, timeZone: string, lang: Lang, at: Date): string {
  const t = askingText[lang].until;
  return fill(fill(t, 'date', longDay(closesOn, lang)), 'zone', zoneName(timeZone, lang, at));
}

/** A North American number as written there (+1 312-555-0100); any other left as stored. */
export function readablePhone(e164: string): string {
  const us = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  return us ? `+1 ${us[1]}-${us[2]}-${us[3]}` : e164;
}

/** The help sentence around its contact: [before, shown contact, after], and the link to it. */
export function helpParts(contact: string, lang: Lang) {
  const email = contact.includes('@');
  const [before = '', after = ''] = (email ? askingText[lang].email : askingText[lang].call).split('{contact}');
  return { before, shown: email ? contact : readablePhone(contact), after, href: `${email ? 'mailto' : 'tel'}:${contact}` };
}
