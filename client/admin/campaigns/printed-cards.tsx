// The cards themselves, hidden on screen and the only thing on the page when printed from "Print
// cards": per person, in the language of the page the card opens (the invitation's, which is the
// partnership's fallback for someone whose language the survey lacks), the short address and the code
// to type (a phone's browser and ten characters, not a 60-character link), and a QR code of the full
// link for phones that scan. QR codes are drawn in the browser (no service sees a link).
import { useEffect, useState } from 'preact/hooks';
import QRCode from 'qrcode';
import type { IssuedLinks } from '../../../server/distribution/contract.ts';
import { directionOf } from '../../../surveys/language-list.ts';
import { isLang } from '../../../surveys/languages.ts';
import { words } from '../../../surveys/words/index.ts';

type Card = IssuedLinks['links'][number];

const css = `
.cards { display: none; }
@media print {
  body.print-cards * { visibility: hidden; }
  body.print-cards .cards, body.print-cards .cards * { visibility: visible; }
  body.print-cards .cards {
    display: grid; grid-template-columns: 1fr 1fr; gap: 0.5cm;
    position: absolute; left: 0; top: 0; width: 100%; padding: 1cm; color: #000; background: #fff;
  }
  .cards article {
    break-inside: avoid; border: 1px dashed #000; padding: 0.5cm; display: grid;
    grid-template-columns: 1fr 3.2cm; gap: 0.3cm; align-items: center; font-size: 11pt;
  }
  .cards h3 { font-size: 14pt; margin: 0 0 0.2cm; }
  .cards .to { font-size: 9pt; margin: 0 0 0.2cm; }
  .cards .short { font-family: monospace; font-size: 13pt; margin: 0.1cm 0; }
  .cards .code { font-family: monospace; font-size: 20pt; font-weight: bold; letter-spacing: 0.05em; margin: 0.1cm 0; }
  .cards .qr svg { width: 3.2cm; height: 3.2cm; }
}`;

/** What a person types in the browser's address bar: no scheme. */
const typedAddress = (url: string) => url.replace(/^https?:\/\//, '');

/** Prints the cards alone; the page prints as itself again afterwards. */
export function printCards() {
  document.body.classList.add('print-cards');
  addEventListener('afterprint', () => document.body.classList.remove('print-cards'), { once: true });
  print();
}

export function PrintedCards({ links }: { links: Card[] }) {
  const [svgs, setSvgs] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    void Promise.all(
      links.map((l) => QRCode.toString(l.url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })),
    ).then((out) => live && setSvgs(out));
    return () => void (live = false);
  }, [links]);
  return (
    <div class="cards" aria-hidden="true">
      <style>{css}</style>
      {links.map((l, i) => {
        const lang = isLang(l.cardLanguage) ? l.cardLanguage : 'en';
        const t = words[lang].shortCode.card;
        return (
          <article key={l.contactId} lang={lang} dir={directionOf(lang)}>
            <div>
              <h3>{t.title}</h3>
              <p class="to">{`${l.firstName} ${l.lastName}`.trim()}</p>
              <p>{t.go}</p>
              <p class="short" dir="ltr">
                {typedAddress(l.shortUrl)}
              </p>
              <p>{t.type}</p>
              <p class="code" dir="ltr">
                {l.code}
              </p>
              <p class="to">{t.scan}</p>
            </div>
            <div class="qr" dangerouslySetInnerHTML={{ __html: svgs[i] ?? '' }} />
          </article>
        );
      })}
    </div>
  );
}
