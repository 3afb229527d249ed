// The link of an invitation just sent: whether it was emailed (and if not, why), and the link itself
// with a copy button, so the admin can pass it on by hand when email is not set up or failed.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SentInvite } from './types.ts';

export function InviteLinkCard({ sent, onClose }: { sent: SentInvite; onClose: () => void }) {
  const { name, email, invite } = sent;
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<string | null>(null);
  useEffect(() => {
    setCopied(null);
    heading.current?.focus();
  }, [invite.url]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(invite.url);
      setCopied('Copied the link.');
    } catch {
      // No clipboard (an insecure origin, or refused): leave the link selected to copy by hand.
      field.current?.select();
      setCopied('The link is selected: copy it with Ctrl+C (⌘C on a Mac).');
    }
  }

  return (
    <section class="card invite-sent" aria-labelledby="sent-h">
      <h2 id="sent-h" tabIndex={-1} ref={heading}>
        Invitation for {name}
      </h2>
      {invite.emailed ? (
        <p class="ok">Emailed to {email}.</p>
      ) : (
        <p class="bad">
          Not emailed: {invite.reason ?? 'the email could not be sent.'} Send {name} the link below yourself.
        </p>
      )}
      <p class="muted">
        The link works once, until {invite.expiresAt.slice(0, 10)}. Whoever opens it chooses the password, so
        give it to {name} only.
      </p>
      <div class="field">
        <label for="invite-url">Invitation link</label>
        <div class="row">
          <input
            id="invite-url"
            ref={field}
            readOnly
            value={invite.url}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" onClick={() => void copy()}>
            Copy link
          </button>
        </div>
      </div>
      <p role="status">{copied}</p>
      <button type="button" onClick={onClose}>
        Done
      </button>
    </section>
  );
}
