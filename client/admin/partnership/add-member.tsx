// Adds an analyst or viewer to this partnership; a viewer may be limited to one of its organizations
// (an employer's staff, who then see only that organization's figures beside the whole sector).
import { useState } from 'preact/hooks';
import { read, server } from '../api.ts';
import { useApi } from '../use-api.ts';
import { useForm } from '../use-form.ts';
import { Field, FormMessage } from '../ui/field.tsx';
import { Loaded } from '../ui/status.tsx';

const partnershipApi = server.api.partnerships[':id'];

export function AddMember(props: {
  partnershipId: string;
  memberIds: string[];
  onAdded: (name: string) => void;
}) {
  const users = useApi('/api/users', () => read(server.api.users.$get()));
  const param = { id: props.partnershipId };
  const form = useForm();
  const [userId, setUserId] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const chosen = users.data?.users.find((u) => u.id === userId);
  const orgs = useApi(
    chosen?.role === 'viewer' ? `/api/partnerships/${props.partnershipId}/organizations` : null,
    () => read(partnershipApi.organizations.$get({ param })),
  );

  return (
    <Loaded state={users} what="staff accounts">
      {({ users }) => {
        const staff = users.filter((u) => u.role !== 'admin' && !props.memberIds.includes(u.id));
        if (staff.length === 0)
          return (
            <p>
              Every analyst and viewer already works on this partnership. Add more accounts under{' '}
              <a href="/admin/users">Users</a>.
            </p>
          );
        return (
          <form
            noValidate
            aria-labelledby="add-member-h"
            onSubmit={async (e) => {
              e.preventDefault();
              if (!chosen) return;
              const body = {
                userId,
                organizationId: chosen.role === 'viewer' && organizationId ? organizationId : null,
              };
              if (await form.submit(() => read(partnershipApi.members.$post({ param, json: body })))) {
                setUserId('');
                setOrganizationId('');
                props.onAdded(chosen.name);
              }
            }}
          >
            <h3 id="add-member-h">Add a member</h3>
            <FormMessage message={form.message} />
            <div class="row">
              <Field id="member" label="Staff member" error={form.errors.userId}>
                {(d) => (
                  <select
                    id="member"
                    value={userId}
                    aria-describedby={d}
                    onChange={(e) => {
                      setUserId(e.currentTarget.value);
                      setOrganizationId('');
                    }}
                  >
                    <option value="">Choose…</option>
                    {staff.map((u) => (
                      <option value={u.id}>
                        {u.name} ({u.role}, {u.email})
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              {chosen?.role === 'viewer' && (
                <Field
                  id="member-org"
                  label="What they see"
                  hint="An employer's staff: only their organization, beside the whole sector."
                  error={form.errors.organizationId}
                >
                  {(d) => (
                    <select
                      id="member-org"
                      value={organizationId}
                      aria-describedby={d}
                      disabled={!orgs.data}
                      onChange={(e) => setOrganizationId(e.currentTarget.value)}
                    >
                      <option value="">The whole partnership</option>
                      {!orgs.data && <option disabled>Loading organizations…</option>}
                      {orgs.data?.organizations.map((o) => (
                        <option value={o.id}>Only {o.name}</option>
                      ))}
                    </select>
                  )}
                </Field>
              )}
              <button type="submit" disabled={form.busy || !userId}>
                Add to this partnership
              </button>
            </div>
            {orgs.error && (
              <p class="error" role="alert">
                The organizations could not be loaded: {orgs.error.message}
              </p>
            )}
          </form>
        );
      }}
    </Loaded>
  );
}
