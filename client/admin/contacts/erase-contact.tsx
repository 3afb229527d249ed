// Erasing one contact, asked again in place with what goes and what stays; Escape or "Keep" returns
// focus to the button.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Contact } from '../../../server/partnerships/contract.ts';
import { ApiError, read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
import { FormMessage } from '../ui/field.tsx';

const one = server.api.partnerships[':id'].contacts[':contactId'];

export function EraseContact(props: { partnershipId: string; contact: Contact; onErased: () => void }) {
  const t = useWords('contacts');
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const yes = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (asking) yes.current?.focus();
    else if (moved.current) start.current?.focus();
    moved.current = true;
  }, [asking]);
  const name = `${props.contact.firstName} ${props.contact.lastName}`.trim();

  return (
    <section aria-labelledby="erase-title">
      <h2 id="erase-title">{t('deleteOrErase')}</h2>
      <p class="small">{t('eraseWhen')}</p>
      <FormMessage message={error} />
      {!asking ? (
        <button type="button" class="danger" ref={start} onClick={() => setAsking(true)}>
          {t('eraseNamed', { name })}
        </button>
      ) : (
        <div
          class="confirm"
          role="group"
          aria-labelledby="erase-q"
          onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}
        >
          <p id="erase-q">{t('eraseQ', { name })}</p>
          <p class="small">{t('eraseExplain')}</p>
          <div class="row">
            <button
              type="button"
              class="danger"
              ref={yes}
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                setError(null);
                try {
                  await read(
                    one.$delete({ param: { id: props.partnershipId, contactId: props.contact.id } }),
                  );
                  props.onErased();
                } catch (e) {
                  setError(e instanceof ApiError ? e.message : String(e));
                  setBusy(false);
                  setAsking(false);
                }
              }}
            >
              {t('yesErase', { name })}
            </button>
            <button type="button" onClick={() => setAsking(false)} disabled={busy}>
              {t('keepNamed', { name })}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
