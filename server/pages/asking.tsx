// Who is asking, on every respondent page a link leads to: the partnership's name, where to ask a
// question (tel: or mailto:, no service in between), and until when answers are taken. Drawn by the
// server above the survey, outside what the island renders, so it costs the island's script nothing.
import type { Lang } from '../../surveys/index.ts';

export interface Asking {
  partnershipName: string;
  helpContact: string | null;
  /** The campaign's last day, YYYY-MM-DD in the partnership's time zone; absent on pages after it. */
  closesOn?: string;
  timeZone: string;
}

const text: Record<Lang, { from: string; until: string; call: string; email: string }> = {
  en: {
    from: 'This survey is from {name}.',
    until: 'Open until the end of {date} ({zone}).',
    call: 'Questions? Call {contact}',
    email: 'Questions? Email {contact}',
  },
  es: {
    from: 'Esta encuesta es de {name}.',
    until: 'Abierta hasta el final del {date} ({zone}).',
    call: '¿Preguntas? Llame al {contact}',
    email: '¿Preguntas? Escriba a {contact}',
  },
};

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

/** A North American number as written there (+1 312-555-0100); any other left as stored. */
export function readablePhone(e164: string): string {
  const us = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  return us ? `+1 ${us[1]}-${us[2]}-${us[3]}` : e164;
}

const fill = (template: string, key: string, value: string) => template.replace(`{${key}}`, value);

/** The help contact as a sentence with its link; the link's text is the contact itself. */
function Help({ contact, lang }: { contact: string; lang: Lang }) {
  const email = contact.includes('@');
  const [before, after] = (email ? text[lang].email : text[lang].call).split('{contact}');
  return (
    <p>
      {before}
      <a href={email ? `mailto:${contact}` : `tel:${contact}`}>{email ? contact : readablePhone(contact)}</a>
      {after}
    </p>
  );
}

export function AskingHeader({ asking, lang, now }: { asking: Asking; lang: Lang; now: Date }) {
  const t = text[lang];
  const until =
    asking.closesOn &&
    fill(fill(t.until, 'date', longDay(asking.closesOn, lang)), 'zone', zoneName(asking.timeZone, lang, now));
  return (
    <header class="who">
      <p>
        {fill(t.from, 'name', asking.partnershipName)}
        {until && ` ${until}`}
      </p>
      {asking.helpContact && <Help contact={asking.helpContact} lang={lang} />}
    </header>
  );
}
