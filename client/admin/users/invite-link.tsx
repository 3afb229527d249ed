// The link of an invitation just sent: whether it was emailed (and if not, why), and the link itself
// with a copy button, so the admin can pass it on by hand when email is not set up or failed.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { CopyField } from '../ui/copy-field.tsx';
import type { SentInvite } from './types.ts';

export function InviteLinkCard({ sent, onClose }: { sent: SentInvite; onClose: () => void }) {
  const { name, email, invite } = sent;
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves in the render that shows this, so it is never left on nothing in between.
  useLayoutEffect(() => heading.current?.focus(), [invite.url]);

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
      <CopyField id="invite-url" label="Invitation link" value={invite.url} what="link" />
      <button type="button" onClick={onClose}>
        Done
      </button>
    </section>
  );
}
