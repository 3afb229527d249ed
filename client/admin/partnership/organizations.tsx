// The partnership's organizations: employers, the board, colleges and community groups.
import { useRef, useState } from 'preact/hooks';
import { createOrganizationBody, organizationKinds } from '../../../server/partnerships/contract.ts';
import { read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useApi } from '../use-api.ts';
import { canWrite, useSession } from '../use-session.ts';
import { useForm } from '../use-form.ts';
import { Field, FormMessage, TextField } from '../ui/field.tsx';
import { Empty, Loaded } from '../ui/status.tsx';
import { useFieldErrors } from './field-errors.ts';
import { OrganizationRow } from './organization-row.tsx';

const orgsApi = server.api.partnerships[':id'].organizations;

/** `onChanged`: an organization was added, renamed or removed (the members form names them). */
export function Organizations({
  partnershipId,
  onChanged,
}: {
  partnershipId: string;
  onChanged?: () => void;
}) {
  const t = useWords('partnership');
  const { user } = useSession();
  const [status, setStatus] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const changed = (message: string, removed = false) => {
    setStatus(message);
    orgs.reload();
    onChanged?.();
    // A removed row takes its buttons with it: focus lands on the section, not the page's start.
    if (removed) heading.current?.focus();
  };
  const param = { id: partnershipId };
  const orgs = useApi(`/api/partnerships/${partnershipId}/organizations`, () =>
    read(orgsApi.$get({ param })),
  );
  const form = useForm();
  const errors = useFieldErrors(form.errors);
  const [v, setV] = useState({ name: '', kind: 'employer' });

  async function add(e: Event) {
    e.preventDefault();
    const body = form.check(createOrganizationBody, v);
    if (!body) return;
    if (await form.submit(() => read(orgsApi.$post({ param, json: body })))) {
      setV({ name: '', kind: v.kind });
      changed(t('addedOrganization', { name: body.name }));
    }
  }

  return (
    <section class="card" aria-labelledby="orgs-h">
      <h2 id="orgs-h" tabIndex={-1} ref={heading}>
        {t('organizations')}
      </h2>
      <Loaded state={orgs} what={t('theOrganizations')}>
        {({ organizations }) =>
          organizations.length === 0 ? (
            <Empty>{t('noOrganizations')}</Empty>
          ) : (
            <ul class="org-list">
              {organizations.map((o) => (
                <OrganizationRow
                  key={o.id}
                  org={o}
                  writable={canWrite(user)}
                  isAdmin={user.role === 'admin'}
                  onChanged={(m) => changed(m)}
                  onRemoved={(m) => changed(m, true)}
                />
              ))}
            </ul>
          )
        }
      </Loaded>
      <p role="status">{status}</p>
      {canWrite(user) && (
        <form onSubmit={add} noValidate>
          <h3>{t('addOrganizationTitle')}</h3>
          <FormMessage message={form.message} />
          <div class="row">
            <TextField
              id="org-name"
              label={t('name')}
              value={v.name}
              onValue={(name) => setV({ ...v, name })}
              error={errors.name}
            />
            <Field id="org-kind" label={t('kind')} error={errors.kind}>
              {(d) => (
                <select
                  id="org-kind"
                  value={v.kind}
                  aria-describedby={d}
                  onChange={(e) => setV({ ...v, kind: e.currentTarget.value })}
                >
                  {organizationKinds.map((k) => (
                    <option value={k}>{t('kindName', { kind: k })}</option>
                  ))}
                </select>
              )}
            </Field>
            <button type="submit" disabled={form.busy}>
              {t('addOrganization')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
