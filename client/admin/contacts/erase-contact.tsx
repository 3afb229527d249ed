// Erasing one contact, asked again in place with what goes and what stays; Escape or "Keep" returns
// focus to the button.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Contact } from '../../../server/partnerships/contract.ts';
import { ApiError, read, server } from '../api.ts';
import { FormMessage } from '../ui/field.tsx';

const one = server.api.partnerships[':id'].contacts[':contactId'];

export function EraseContact(props: { partnershipId: string; contact: Contact; onErased: () => void }) {
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
      <h2 id="erase-title">Delete or erase</h2>
      <p class="small">For a record entered by mistake, or when the person asks to be forgotten.</p>
      <FormMessage message={error} />
      {!asking ? (
        <button type="button" class="danger" ref={start} onClick={() => setAsking(true)}>
          Erase {name}
        </button>
      ) : (
        <div
          class="confirm"
          role="group"
          aria-labelledby="erase-q"
          onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}
        >
          <p id="erase-q">Erase {name}?</p>
          <p class="small">
            What goes, for good: their name, phone, email, organization and attributes, the survey links they
            were sent (printed cards too), and what our text and email providers could trace back to them.
            What stays: the counts of invitations and answers in campaigns and reviews, and the anonymous
            answers, which never named anyone. If they replied STOP or unsubscribed, that is kept as a code
            (not the number or address), so adding them again later does not text or email them.
          </p>
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
              Yes, erase {name}
            </button>
            <button type="button" onClick={() => setAsking(false)} disabled={busy}>
              Keep {name}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
