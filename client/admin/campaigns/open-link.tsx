// The poster link: turned on, replaced and off here, and shown whenever the screen is opened (the
// server derives it again from its secret), with a QR code drawn in the browser (no service).
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import QRCode from 'qrcode';
import type { Campaign } from '../../../server/campaigns/contract.ts';
import { read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useApi } from '../use-api.ts';
import { useForm } from '../use-form.ts';
import { FormMessage } from '../ui/field.tsx';
import { Loaded } from '../ui/status.tsx';
import { campaignFormats } from './format.ts';
import { Poster, printPoster } from './poster.tsx';

const openLinkApi = server.api.campaigns[':id']['open-link'];
const textApi = server.api.campaigns[':id']['text-answers'];

export function OpenLink({
  campaign,
  writable,
  onChange,
}: {
  campaign: Campaign;
  writable: boolean;
  onChange: () => void;
}) {
  const t = useWords('campaigns');
  const n = campaignFormats(t.locale).number;
  const b = (chunks: ComponentChildren[]) => <strong>{chunks}</strong>;
  const param = { id: encodeURIComponent(campaign.id) };
  const link = useApi(campaign.id, () => read(openLinkApi.$get({ param })));
  const form = useForm();
  // Replacing a link retires posters already printed, so it asks first.
  const [confirming, setConfirming] = useState(false);
  // The keyboard moves into the question and back to the button that asked it.
  const asked = useRef(false);
  useEffect(() => {
    if (confirming) document.getElementById('open-confirm-yes')?.focus();
    else if (asked.current) document.getElementById('open-new')?.focus();
    asked.current = confirming;
  }, [confirming]);
  const url = link.data?.openLink.url ?? null;
  // The number a poster's keyword is texted to (issue 18): asked only when the campaign has a keyword.
  const keyword = campaign.textKeyword;
  const texting = useApi(keyword ? `${campaign.id}/text-to` : null, () => read(textApi.$get({ param })));
  const textIn = keyword && texting.data?.textTo ? { keyword, number: texting.data.textTo } : null;
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    if (!url) return setSvg(null);
    void QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then(setSvg);
  }, [url]);

  const change = async (send: () => Promise<unknown>) => {
    setConfirming(false);
    if (await form.submit(send)) {
      link.reload();
      onChange();
    }
  };
  const enable = () => change(() => read(openLinkApi.$post({ param })));
  const disable = () => change(() => read(openLinkApi.$delete({ param })));

  return (
    <section class="card" aria-labelledby="open-h">
      <h2 id="open-h">{t('openLinkTitle')}</h2>
      <p class="muted">
        {t('openLinkLimits', {
          hourly: n(campaign.openLink.hourlyLimit),
          total: n(campaign.openLink.totalLimit),
        })}
      </p>
      <FormMessage message={form.message} />
      <Loaded state={link} what={t('theOpenLink')}>
        {({ openLink }) => (
          <>
            <p>{t.rich('openLinkIs', { b, state: openLink.state })}</p>
            {openLink.state === 'hidden' && <p class="open-link-hidden">{t('openLinkHidden')}</p>}
            {url && (
              <div class="qr">
                <p>
                  <a href={url}>{url}</a>
                </p>
                {textIn && <p class="text-keyword-line">{t('textKeywordLine', textIn)}</p>}
                {svg && (
                  <div
                    role="img"
                    aria-label={t('qrFor', { url })}
                    dangerouslySetInnerHTML={{ __html: svg }}
                  />
                )}
              </div>
            )}
            {url && svg && <Poster url={url} svg={svg} campaign={campaign} textIn={textIn} />}
            <div class="actions">
              {url && svg && (
                <button type="button" onClick={printPoster}>
                  {t('printPoster')}
                </button>
              )}
              {writable && campaign.status !== 'closed' && !confirming && (
                <>
                  <button
                    type="button"
                    id="open-new"
                    onClick={() => (openLink.state === 'off' ? void enable() : setConfirming(true))}
                    disabled={form.busy}
                  >
                    {openLink.state === 'off' ? t('turnOn') : t('makeNew')}
                  </button>
                  {openLink.state !== 'off' && (
                    <button type="button" class="danger" onClick={() => void disable()} disabled={form.busy}>
                      {t('turnOff')}
                    </button>
                  )}
                </>
              )}
            </div>
            {confirming && (
              <div class="confirm" role="group" aria-labelledby="open-confirm">
                <p id="open-confirm">{t('replaceQuestion')}</p>
                <div class="actions">
                  <button type="button" class="primary" id="open-confirm-yes" onClick={() => void enable()}>
                    {t('replaceYes')}
                  </button>
                  <button type="button" onClick={() => setConfirming(false)}>
                    {t('replaceNo')}
                  </button>
                </div>
              </div>
            )}
          </>
        )}
      </Loaded>
    </section>
  );
}
