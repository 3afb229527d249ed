// The partnership's organizations: employers, the board, colleges and community groups.
import { useState } from 'preact/hooks';
import { createOrganizationBody, organizationKinds } from '../../../server/partnerships/contract.ts';
import { read, server } from '../api.ts';
import { useApi } from '../use-api.ts';
import { canWrite, useSession } from '../use-session.ts';
import { useForm } from '../use-form.ts';
import { Field, FormMessage, TextField } from '../ui/field.tsx';
import { Empty, Loaded } from '../ui/status.tsx';

const orgsApi = server.api.partnerships[':id'].organizations;

export const kindLabel = (k: string) => k.replace(/_/g, ' ');

export function Organizations({ partnershipId, onAdded }: { partnershipId: string; onAdded?: () => void }) {
  const { user } = useSession();
  const param = { id: partnershipId };
  const orgs = useApi(`/api/partnerships/${partnershipId}/organizations`, () =>
    read(orgsApi.$get({ param })),
  );
  const form = useForm();
  const [v, setV] = useState({ name: '', kind: 'employer' });

  async function add(e: Event) {
    e.preventDefault();
    const body = form.check(createOrganizationBody, v);
    if (!body) return;
    if (await form.submit(() => read(orgsApi.$post({ param, json: body })))) {
      setV({ name: '', kind: v.kind });
      orgs.reload();
      onAdded?.();
    }
  }

  return (
    <section class="card" aria-labelledby="orgs-h">
      <h2 id="orgs-h">Organizations</h2>
      <Loaded state={orgs} what="organizations">
        {({ organizations }) =>
          organizations.length === 0 ? (
            <Empty>No organizations yet. Add the employers and partners below.</Empty>
          ) : (
            <ul>
              {organizations.map((o) => (
                <li>
                  {o.name} <span class="muted">({kindLabel(o.kind)})</span>
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      {canWrite(user) && (
        <form onSubmit={add} noValidate>
          <h3>Add an organization</h3>
          <FormMessage message={form.message} />
          <div class="row">
            <TextField
              id="org-name"
              label="Name"
              value={v.name}
              onValue={(name) => setV({ ...v, name })}
              error={form.errors.name}
            />
            <Field id="org-kind" label="Kind" error={form.errors.kind}>
              {(d) => (
                <select
                  id="org-kind"
                  value={v.kind}
                  aria-describedby={d}
                  onChange={(e) => setV({ ...v, kind: e.currentTarget.value })}
                >
                  {organizationKinds.map((k) => (
                    <option value={k}>{kindLabel(k)}</option>
                  ))}
                </select>
              )}
            </Field>
            <button type="submit" disabled={form.busy}>
              Add organization
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
