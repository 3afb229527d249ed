// A token just made: the only time it is shown, with a copy button, since the server keeps only its
// hash and cannot show it again.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { IssuedApiToken } from './types.ts';

export function TokenIssuedCard({ issued, onClose }: { issued: IssuedApiToken; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => {
    setCopied(null);
    heading.current?.focus();
  }, [issued.id]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(issued.token);
      setCopied('Copied the token.');
    } catch {
      // No clipboard (an insecure origin, or refused): leave the token selected to copy by hand.
      field.current?.select();
      setCopied('The token is selected: copy it with Ctrl+C (⌘C on a Mac).');
    }
  }

  return (
    <section class="card token-issued" aria-labelledby="token-issued-h">
      <h3 id="token-issued-h" tabIndex={-1} ref={heading}>
        API token “{issued.name}”
      </h3>
      <p class="bad">
        Copy it now: this is the only time it is shown. Keep it where your script keeps secrets, not in its
        code.
      </p>
      <div class="field">
        <label for="token-value">Token</label>
        <div class="row">
          <input
            id="token-value"
            ref={field}
            readOnly
            value={issued.token}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" onClick={() => void copy()}>
            Copy token
          </button>
        </div>
      </div>
      <p class="muted">
        Send it as <code>Authorization: Bearer {'<token>'}</code>. It works until{' '}
        {issued.expiresAt.slice(0, 10)} and acts as {issued.owner.name}, with their role.
      </p>
      <p role="status">{copied}</p>
      <button type="button" onClick={onClose}>
        Done
      </button>
    </section>
  );
}
