// Who is asking, on every respondent page a link leads to: the partnership's name, where to ask a
// question (tel: or mailto:, no service in between), and until when answers are taken. Drawn by the
// server above the survey, outside what the island renders, so it costs the island's script nothing.
import type { Lang } from '../../surveys/index.ts';
import { askingText, helpParts, untilLine } from '../../client/respond/asking-text.ts';
import { fillIsolated } from '../../client/respond/isolate.tsx';

export interface Asking {
  partnershipName: string;
  helpContact: string | null;
  /** The campaign's last day, YYYY-MM-DD in the partnership's time zone; absent on pages after it. */
  closesOn?: string;
  timeZone: string;
}

function Help({ contact, lang }: { contact: string; lang: Lang }) {
  const h = helpParts(contact, lang);
  return (
    <p>
      {h.before}
      {/* A number or an address reads left to right whatever the page's direction. */}
      <a href={h.href} dir="ltr">
        {h.shown}
      </a>
      {h.after}
    </p>
  );
}

export function AskingHeader({ asking, lang, now }: { asking: Asking; lang: Lang; now: Date }) {
  const until = asking.closesOn && untilLine(asking.closesOn, asking.timeZone, lang, now);
  return (
    <header class="who">
      <p>
        {fillIsolated(askingText[lang].from, { name: asking.partnershipName })}
        {until && ` ${until}`}
      </p>
      {asking.helpContact && <Help contact={asking.helpContact} lang={lang} />}
    </header>
  );
}
