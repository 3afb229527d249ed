// A token just made: the only time it is shown, with a copy button, since the server keeps only its
// hash and cannot show it again.
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { IssuedApiToken } from '../../../server/auth/contract.ts';
import { CopyField } from '../ui/copy-field.tsx';
import { useWords } from '../i18n/use-locale.ts';
import { useFormats } from '../i18n/use-formats.ts';

export function TokenIssuedCard({ issued, onClose }: { issued: IssuedApiToken; onClose: () => void }) {
  const t = useWords('users');
  const f = useFormats();
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves in the render that shows this, so it is never left on nothing in between.
  useLayoutEffect(() => heading.current?.focus(), [issued.id]);

  return (
    <section class="card token-issued" aria-labelledby="token-issued-h">
      <h3 id="token-issued-h" tabIndex={-1} ref={heading}>
        {t('tokenTitle', { name: issued.name })}
      </h3>
      <p class="bad">{t('copyNow')}</p>
      <CopyField id="token-value" label={t('token')} value={issued.token} what={t('theToken')} />
      <p class="muted">
        {t.rich('sendIt', {
          code: (chunks) => <code>{chunks}</code>,
          token: '<token>',
          until: f.day(issued.expiresAt),
          owner: issued.owner.name,
        })}
      </p>
      <button type="button" onClick={onClose}>
        {t('done')}
      </button>
    </section>
  );
}
