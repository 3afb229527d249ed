// The poster link: turned on and off here, shown with a QR code drawn in the browser (no service).
import { useEffect, useState } from 'preact/hooks';
import QRCode from 'qrcode';
import { api } from '../api.ts';
import { useForm } from '../use-form.ts';
import { FormMessage } from '../ui/field.tsx';
import type { Campaign } from './types.ts';

export function OpenLink({
  campaign,
  writable,
  onChange,
}: {
  campaign: Campaign;
  writable: boolean;
  onChange: () => void;
}) {
  const form = useForm();
  // The URL is shown only when it is turned on here: the server keeps only its hash.
  const [url, setUrl] = useState<string | null>(null);
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    if (!url) return setSvg(null);
    void QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' }).then(setSvg);
  }, [url]);

  const enable = async () => {
    const out = await form.submit(() => api.post<{ url: string }>(`/api/campaigns/${campaign.id}/open-link`));
    if (out) {
      setUrl(out.url);
      onChange();
    }
  };
  const disable = async () => {
    if (await form.submit(() => api.del(`/api/campaigns/${campaign.id}/open-link`))) {
      setUrl(null);
      onChange();
    }
  };
  return (
    <section class="card" aria-labelledby="open-h">
      <h2 id="open-h">Open link for posters and QR codes</h2>
      <p class="muted">
        Anyone with this link can answer once per visit, at most {campaign.openLink.hourlyLimit} an hour and{' '}
        {campaign.openLink.totalLimit} in all.
      </p>
      <FormMessage message={form.message} />
      <p>
        The open link is <strong>{campaign.openLink.enabled ? 'on' : 'off'}</strong>.
      </p>
      {url && (
        <div class="qr">
          <p>
            <a href={url}>{url}</a>
          </p>
          {svg && (
            <div role="img" aria-label={`QR code for ${url}`} dangerouslySetInnerHTML={{ __html: svg }} />
          )}
          <p class="small muted">
            Print this page (Ctrl+P) for a poster. Turning the link on again makes a new one and retires this.
          </p>
        </div>
      )}
      {writable && campaign.status !== 'closed' && (
        <div class="actions">
          <button type="button" onClick={enable} disabled={form.busy}>
            {campaign.openLink.enabled ? 'Make a new open link' : 'Turn the open link on'}
          </button>
          {campaign.openLink.enabled && (
            <button type="button" class="danger" onClick={disable} disabled={form.busy}>
              Turn it off
            </button>
          )}
        </div>
      )}
    </section>
  );
}
