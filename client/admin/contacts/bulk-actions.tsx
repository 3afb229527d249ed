// Actions on the contacts picked in the list: move them to an organization, or delete them after a
// question that says what goes and what stays. The server does each all or nothing.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Organization } from '../../../server/partnerships/contract.ts';
import { ApiError, read, server } from '../api.ts';
import { FormMessage } from '../ui/field.tsx';

const bulk = server.api.partnerships[':id'].contacts.bulk;

export function BulkActions(props: {
  partnershipId: string;
  ids: string[];
  organizations: Organization[];
  onDone: (message: string) => void;
}) {
  const { ids } = props;
  const [org, setOrg] = useState('');
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
  const n = ids.length;
  const people = n === 1 ? '1 contact' : `${n} contacts`;

  type Done = { updated?: number; removal?: { erased: number } };
  async function send(json: Parameters<typeof bulk.$post>[0]['json'], message: (r: Done) => string) {
    setBusy(true);
    setError(null);
    try {
      const result = await read(bulk.$post({ param: { id: props.partnershipId }, json }));
      setAsking(false);
      props.onDone(message(result));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="bulk" aria-labelledby="bulk-title">
      <h2 id="bulk-title" class="small">
        {n === 0 ? 'Choose contacts below to act on several at once' : `${people} chosen`}
      </h2>
      <FormMessage message={error} />
      {n > 0 && !asking && (
        <div class="row">
          <div class="field">
            <label for="bulk-org">Organization</label>
            <select id="bulk-org" value={org} onChange={(e) => setOrg(e.currentTarget.value)}>
              <option value="">No organization</option>
              {props.organizations.map((o) => (
                <option value={o.id}>{o.name}</option>
              ))}
            </select>
          </div>
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              send({ action: 'setOrganization', ids, organizationId: org || null }, (r) => {
                const name = props.organizations.find((o) => o.id === org)?.name;
                const moved = r.updated ?? 0;
                return `${moved} ${moved === 1 ? 'contact' : 'contacts'} moved to ${name ?? 'no organization'}.`;
              })
            }
          >
            Set organization<span class="sr-only"> of {people}</span>
          </button>
          <button type="button" class="danger" ref={start} onClick={() => setAsking(true)}>
            Delete {people}
          </button>
        </div>
      )}
      {n > 0 && asking && (
        <div
          class="confirm"
          role="group"
          aria-labelledby="bulk-q"
          onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}
        >
          <p id="bulk-q">Delete {people}?</p>
          <p class="small">
            Their names, phones, emails, organizations and attributes go for good, and the survey links they
            were sent stop working. What stays: the counts of invitations and answers, and the anonymous
            answers, which never named anyone. A STOP or an unsubscribe is kept (as a code, not the number or
            address), so adding them again later does not text or email them.
          </p>
          <div class="row">
            <button
              type="button"
              class="danger"
              ref={yes}
              disabled={busy}
              onClick={() =>
                send({ action: 'delete', ids }, (r) => `${r.removal?.erased ?? 0} contacts deleted.`)
              }
            >
              Yes, delete {people}
            </button>
            <button type="button" onClick={() => setAsking(false)} disabled={busy}>
              Keep them
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
