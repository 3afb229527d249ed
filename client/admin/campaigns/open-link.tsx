// The poster link: turned on, replaced and off here, and shown whenever the screen is opened (the
// server derives it again from its secret), with a QR code drawn in the browser (no service).
import { useEffect, useRef, useState } from 'preact/hooks';
import QRCode from 'qrcode';
import type { Campaign } from '../../../server/campaigns/contract.ts';
import { read, server } from '../api.ts';
import { useApi } from '../use-api.ts';
import { useForm } from '../use-form.ts';
import { FormMessage } from '../ui/field.tsx';
import { Loaded } from '../ui/status.tsx';
import { Poster, printPoster } from './poster.tsx';

const openLinkApi = server.api.campaigns[':id']['open-link'];

export function OpenLink({
  campaign,
  writable,
  onChange,
}: {
  campaign: Campaign;
  writable: boolean;
  onChange: () => void;
}) {
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
      <h2 id="open-h">Open link for posters and QR codes</h2>
      <p class="muted">
        Anyone with this link can answer once per visit, at most {campaign.openLink.hourlyLimit} an hour and{' '}
        {campaign.openLink.totalLimit} in all.
      </p>
      <FormMessage message={form.message} />
      <Loaded state={link} what="the open link">
        {({ openLink }) => (
          <>
            <p>
              The open link is <strong>{openLink.state === 'off' ? 'off' : 'on'}</strong>.
            </p>
            {openLink.state === 'hidden' && (
              <p class="open-link-hidden">
                It was made before the dashboard could show a link again, so it cannot be shown here. Posters
                printed with it still work. Make a new link to see it here; the old one then stops working.
              </p>
            )}
            {url && (
              <div class="qr">
                <p>
                  <a href={url}>{url}</a>
                </p>
                {svg && (
                  <div
                    role="img"
                    aria-label={`QR code for ${url}`}
                    dangerouslySetInnerHTML={{ __html: svg }}
                  />
                )}
              </div>
            )}
            {url && svg && <Poster url={url} svg={svg} campaign={campaign} />}
            <div class="actions">
              {url && svg && (
                <button type="button" onClick={printPoster}>
                  Print a poster
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
                    {openLink.state === 'off' ? 'Turn the open link on' : 'Make a new open link'}
                  </button>
                  {openLink.state !== 'off' && (
                    <button type="button" class="danger" onClick={() => void disable()} disabled={form.busy}>
                      Turn it off
                    </button>
                  )}
                </>
              )}
            </div>
            {confirming && (
              <div class="confirm" role="group" aria-labelledby="open-confirm">
                <p id="open-confirm">
                  Posters and QR codes with the current link will stop working. Make a new link?
                </p>
                <div class="actions">
                  <button type="button" class="primary" id="open-confirm-yes" onClick={() => void enable()}>
                    Yes, make a new link
                  </button>
                  <button type="button" onClick={() => setConfirming(false)}>
                    Keep the current link
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
