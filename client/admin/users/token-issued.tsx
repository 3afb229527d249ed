// A token just made: the only time it is shown, with a copy button, since the server keeps only its
// hash and cannot show it again.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { IssuedApiToken } from '../../../server/auth/contract.ts';
import { CopyField } from '../ui/copy-field.tsx';

export function TokenIssuedCard({ issued, onClose }: { issued: IssuedApiToken; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves in the render that shows this, so it is never left on nothing in between.
  useLayoutEffect(() => heading.current?.focus(), [issued.id]);

  return (
    <section class="card token-issued" aria-labelledby="token-issued-h">
      <h3 id="token-issued-h" tabIndex={-1} ref={heading}>
        API token “{issued.name}”
      </h3>
      <p class="bad">
        Copy it now: this is the only time it is shown. Keep it where your script keeps secrets, not in its
        code.
      </p>
      <CopyField id="token-value" label="Token" value={issued.token} what="token" />
      <p class="muted">
        Send it as <code>Authorization: Bearer {'<token>'}</code>. It works until{' '}
        {issued.expiresAt.slice(0, 10)} and acts as {issued.owner.name}, with their role.
      </p>
      <button type="button" onClick={onClose}>
        Done
      </button>
    </section>
  );
}
