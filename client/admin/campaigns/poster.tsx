// A one-page poster of the open link in up to three of the survey's languages (English and Spanish
// unless staff choose others beside the print button), each in its own direction: hidden on screen,
// and the only thing on the page when printed from "Print a poster" (the rest of the page prints as
// usual). It says who is asking, until when, where to ask questions and, with a keyword, what to
// text to answer by text, in the words the survey page and the invitations use (surveys/words/), so
// a poster is as reviewed as they are.
import { useState } from 'preact/hooks';
import type { Campaign } from '../../../server/campaigns/contract.ts';
import { directionOf } from '../../../surveys/language-list.ts';
import type { Lang } from '../../../surveys/languages.ts';
import { words } from '../../../surveys/words/index.ts';
import { askingText, helpParts, readablePhone, untilLine } from '../../respond/asking-text.ts';
import { fillIsolated } from '../../respond/isolate.tsx';
import { read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useApi } from '../use-api.ts';
import { campaignFormats } from './format.ts';

const css = `
.poster { display: none; }
.poster-langs { border: 0; padding: 0; margin: 0.5rem 0; }
.poster-langs label { display: inline-flex; align-items: center; gap: 0.25rem; min-height: 44px; margin-inline-end: 1rem; }
@media print {
  body.print-poster * { visibility: hidden; }
  body.print-poster .poster, body.print-poster .poster * { visibility: visible; }
  body.print-poster .poster {
    display: flex; flex-direction: column; align-items: center; text-align: center;
    position: absolute; left: 0; top: 0; width: 100%; padding: 1.5cm 1.5cm; color: #000; background: #fff;
  }
  .poster h2 { font-size: 30pt; margin: 0; }
  .poster h2 + h2 { font-size: 20pt; margin-top: 0.2cm; }
  .poster .code { margin: 0.6cm 0; }
  .poster .code svg { width: 9cm; height: 9cm; }
  .poster .lang { max-width: 17cm; margin: 0 0 0.4cm; }
  .poster p { font-size: 12pt; margin: 0.1cm 0; }
  .poster .url { font-family: monospace; font-size: 13pt; word-break: break-all; }
}`;

/** At most this many languages fit one page at a size people read from a step away. */
const most = 3;

/** Prints the poster alone; the page prints as itself again afterwards. */
export function printPoster() {
  document.body.classList.add('print-poster');
  addEventListener('afterprint', () => document.body.classList.remove('print-poster'), { once: true });
  print();
}

interface Org {
  name: string;
  helpContact: string | null;
  timeZone: string;
  minGroupSize: number;
}

/** The invitation's words, who is asking, until when and where to ask, in one language; the contact printed, not linked. */
/** The keyword a poster tells people to text, and the number to text it to (issue 18). */
export interface TextIn {
  keyword: string;
  number: string;
}

function Block({ lang, org, until, textIn }: { lang: Lang; org: Org; until: string; textIn: TextIn | null }) {
  const h = org.helpContact ? helpParts(org.helpContact, lang) : null;
  const w = words[lang].email;
  return (
    <div class="lang" lang={lang} dir={directionOf(lang)}>
      <p>{fillIsolated(w.leadInvitation, { org: org.name })}</p>
      <p>{fillIsolated(w.privacy, { min: String(org.minGroupSize) })}</p>
      <p>
        {fillIsolated(askingText[lang].from, { name: org.name })} {until}
        {h && (
          <>
            {` ${h.before}`}
            <bdi dir="ltr">{h.shown}</bdi>
            {h.after}
          </>
        )}
      </p>
      {textIn && (
        <p class="text-in">
          {fillIsolated(askingText[lang].textKeyword, {
            keyword: textIn.keyword,
            number: <bdi dir="ltr">{readablePhone(textIn.number)}</bdi>,
          })}
        </p>
      )}
    </div>
  );
}

export function Poster({
  url,
  svg,
  campaign,
  textIn = null,
}: {
  url: string;
  svg: string;
  campaign: Campaign;
  textIn?: TextIn | null;
}) {
  // Staff's words for the choice; the poster itself speaks the respondents' languages.
  const t = useWords('campaigns');
  const language = campaignFormats(t.locale).language;
  const id = campaign.partnershipId;
  const p = useApi(`/api/partnerships/${id}`, () =>
    read(server.api.partnerships[':id'].$get({ param: { id } })),
  ).data?.partnership;
  const offered = useApi(`${campaign.id}/languages`, () =>
    read(server.api.campaigns[':id'].languages.$get({ param: { id: campaign.id } })),
  ).data?.offered ?? ['en'];
  const [chosen, setChosen] = useState<Lang[]>(['en', 'es']);
  // In the order the survey lists them, English first; a choice the survey lacks is left out.
  const printed = offered.filter((l) => chosen.includes(l));
  const toggle = (l: Lang, on: boolean) => setChosen(on ? [...printed, l] : printed.filter((x) => x !== l));
  const now = new Date();
  return (
    <>
      <style>{css}</style>
      {offered.length > 1 && (
        <fieldset class="poster-langs">
          <legend>{t('posterLanguages', { most })}</legend>
          {offered.map((l) => {
            const on = printed.includes(l);
            return (
              <label key={l}>
                <input
                  type="checkbox"
                  checked={on}
                  // One language at least, and no more than fit.
                  disabled={on ? printed.length === 1 : printed.length >= most}
                  onChange={(e) => toggle(l, e.currentTarget.checked)}
                />
                {language(l, { alone: true })}
              </label>
            );
          })}
        </fieldset>
      )}
      <div class="poster" aria-hidden="true">
        {p &&
          printed.map((l) => (
            <h2 key={l} lang={l} dir={directionOf(l)}>
              {fillIsolated(words[l].email.subjectInvitation, { org: p.name })}
            </h2>
          ))}
        <div class="code" dangerouslySetInnerHTML={{ __html: svg }} />
        {p &&
          printed.map((l) => (
            <Block
              key={l}
              lang={l}
              org={p}
              until={untilLine(campaign.closesOn, p.timeZone, l, now)}
              textIn={textIn}
            />
          ))}
        <p class="url">{url}</p>
      </div>
    </>
  );
}
