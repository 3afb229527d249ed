// The link of an invitation just sent: whether it was emailed (and if not, why), and the link itself
// with a copy button, so the admin can pass it on by hand when email is not set up or failed.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { CopyField } from '../ui/copy-field.tsx';
import type { SentInvite } from './types.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useFormats } from '../i18n/use-formats.ts';

export function InviteLinkCard({ sent, onClose }: { sent: SentInvite; onClose: () => void }) {
  const { name, email, invite } = sent;
  const t = useWords('users');
  const f = useFormats();
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves in the render that shows this, so it is never left on nothing in between.
  useLayoutEffect(() => heading.current?.focus(), [invite.url]);

  return (
    <section class="card invite-sent" aria-labelledby="sent-h">
      <h2 id="sent-h" tabIndex={-1} ref={heading}>
        {t('invitationFor', { name })}
      </h2>
      {invite.emailed ? (
        <p class="ok">{t('emailedTo', { email })}</p>
      ) : (
        <p class="bad">{t('notEmailed', { reason: invite.reason ?? t('couldNotSend'), name })}</p>
      )}
      <p class="muted">{t('linkWorksOnce', { until: f.day(invite.expiresAt), name })}</p>
      <CopyField id="invite-url" label={t('invitationLink')} value={invite.url} what={t('theLink')} />
      <button type="button" onClick={onClose}>
        {t('done')}
      </button>
    </section>
  );
}
