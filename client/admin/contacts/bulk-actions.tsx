// Actions on the contacts picked in the list: move them to an organization, or delete them after a
// question that says what goes and what stays. The server does each all or nothing.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Organization } from '../../../server/partnerships/contract.ts';
import { ApiError, read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
import { FormMessage } from '../ui/field.tsx';

const bulk = server.api.partnerships[':id'].contacts.bulk;
const sr = (chunks: ComponentChildren[]) => <span class="sr-only">{chunks}</span>;

export function BulkActions(props: {
  partnershipId: string;
  ids: string[];
  organizations: Organization[];
  onDone: (message: string) => void;
}) {
  const { ids } = props;
  const t = useWords('contacts');
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
        {n === 0 ? t('chooseBelow') : t('chosen', { n })}
      </h2>
      <FormMessage message={error} />
      {n > 0 && !asking && (
        <div class="row">
          <div class="field">
            <label for="bulk-org">{t('organization')}</label>
            <select id="bulk-org" value={org} onChange={(e) => setOrg(e.currentTarget.value)}>
              <option value="">{t('noOrganization')}</option>
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
                const organization = props.organizations.find((o) => o.id === org)?.name;
                const moved = r.updated ?? 0;
                return organization
                  ? t('movedTo', { n: moved, organization })
                  : t('movedToNone', { n: moved });
              })
            }
          >
            {t.rich('setOrganization', { n, sr })}
          </button>
          <button type="button" class="danger" ref={start} onClick={() => setAsking(true)}>
            {t('deleteN', { n })}
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
          <p id="bulk-q">{t('deleteQ', { n })}</p>
          <p class="small">{t('deleteExplain')}</p>
          <div class="row">
            <button
              type="button"
              class="danger"
              ref={yes}
              disabled={busy}
              onClick={() =>
                send({ action: 'delete', ids }, (r) => t('deleted', { n: r.removal?.erased ?? 0 }))
              }
            >
              {t('yesDelete', { n })}
            </button>
            <button type="button" onClick={() => setAsking(false)} disabled={busy}>
              {t('keepThem')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
