// A one-page poster of the open link, in English and Spanish: hidden on screen, and the only thing
// on the page when printed from "Print a poster" (the rest of the page prints as usual). It says who
// is asking, until when, and where to ask questions, in the words the survey page uses.
import type { Campaign } from '../../../server/campaigns/contract.ts';
import { askingText, fill, helpParts, untilLine } from '../../respond/asking-text.ts';
import { read, server } from '../api.ts';
import { useApi } from '../use-api.ts';
const css = `
.poster { display: none; }
@media print {
  body.print-poster * { visibility: hidden; }
  body.print-poster .poster, body.print-poster .poster * { visibility: visible; }
  body.print-poster .poster {
    display: flex; flex-direction: column; align-items: center; text-align: center;
    position: absolute; left: 0; top: 0; width: 100%; padding: 2cm 1.5cm; color: #000; background: #fff;
  }
  .poster h2 { font-size: 34pt; margin: 0; }
  .poster .es { font-size: 24pt; margin: 0 0 1cm; }
  .poster .code svg { width: 11cm; height: 11cm; }
  .poster p { font-size: 15pt; max-width: 16cm; }
  .poster .who { font-size: 16pt; font-weight: 600; margin: 0 0 0.6cm; }
  .poster .facts { font-size: 13pt; margin: 0.2cm 0; }
  .poster .url { font-family: monospace; font-size: 13pt; word-break: break-all; }
}`;

/** Prints the poster alone; the page prints as itself again afterwards. */
export function printPoster() {
  document.body.classList.add('print-poster');
  addEventListener('afterprint', () => document.body.classList.remove('print-poster'), { once: true });
  print();
}

/** Who is asking, until when and where to ask, in one language; the contact printed, not linked. */
function Facts({ lang, name, help, until }: { lang: 'en' | 'es'; name: string; help: string | null; until: string }) {
  const h = help ? helpParts(help, lang) : null;
  return (
    <p class="facts" lang={lang}>
      {fill(askingText[lang].from, 'name', name)} {until}
      {h && ` ${h.before}${h.shown}${h.after}`}
    </p>
  );
}

export function Poster({ url, svg, campaign }: { url: string; svg: string; campaign: Campaign }) {
  const id = campaign.partnershipId;
  const p = useApi(`/api/partnerships/${id}`, () => read(server.api.partnerships[':id'].$get({ param: { id } })))
    .data?.partnership;
  const now = new Date();
  return (
    <div class="poster" aria-hidden="true">
      <style>{css}</style>
      {p && <p class="who">{p.name}</p>}
      <h2>Your voice counts</h2>
      <p class="es" lang="es">
        Su opinión cuenta
      </p>
      <div class="code" dangerouslySetInnerHTML={{ __html: svg }} />
      <p>Scan the code with your phone’s camera to answer a short survey. It is anonymous.</p>
      <p lang="es">
        Escanee el código con la cámara de su teléfono para contestar una breve encuesta. Es anónima.
      </p>
      {p &&
        (['en', 'es'] as const).map((lang) => (
          <Facts
            key={lang}
            lang={lang}
            name={p.name}
            help={p.helpContact}
            until={untilLine(campaign.closesOn, p.timeZone, lang, now)}
          />
        ))}
      <p class="url">{url}</p>
    </div>
  );
}
