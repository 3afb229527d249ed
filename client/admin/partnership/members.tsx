// Admins give a staff account access to this partnership. (The API has no member list yet, so the
// form offers every analyst and viewer; adding someone twice is harmless.)
import { useState } from 'preact/hooks';
import { api } from '../api.ts';
import { useApi } from '../use-api.ts';
import { useForm } from '../use-form.ts';
import { Field, FormMessage } from '../ui/field.tsx';
import { Loaded } from '../ui/status.tsx';
import type { SessionUser } from '../use-session.ts';

export function Members({ partnershipId }: { partnershipId: string }) {
  const users = useApi<{ users: SessionUser[] }>('/api/users');
  const form = useForm();
  const [userId, setUserId] = useState('');
  const [added, setAdded] = useState<string | null>(null);

  return (
    <section class="card" aria-labelledby="members-h">
      <h2 id="members-h">Members</h2>
      <p class="muted">
        Administrators see every partnership. Analysts and viewers see the ones they are members of.
      </p>
      <Loaded state={users} what="staff accounts">
        {({ users }) => {
          const staff = users.filter((u) => u.role !== 'admin');
          if (staff.length === 0) return <p>No analyst or viewer accounts yet. Create them under Users.</p>;
          return (
            <form
              noValidate
              onSubmit={async (e) => {
                e.preventDefault();
                if (!userId) return;
                if (
                  await form.submit(() => api.post(`/api/partnerships/${partnershipId}/members`, { userId }))
                )
                  setAdded(staff.find((u) => u.id === userId)?.name ?? null);
              }}
            >
              <FormMessage message={form.message} />
              <div class="row">
                <Field id="member" label="Staff member" error={form.errors.userId}>
                  {(d) => (
                    <select
                      id="member"
                      value={userId}
                      aria-describedby={d}
                      onChange={(e) => setUserId(e.currentTarget.value)}
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
                <button type="submit" disabled={form.busy || !userId}>
                  Add to this partnership
                </button>
              </div>
              <p role="status">{added && `${added} can now work on this partnership.`}</p>
            </form>
          );
        }}
      </Loaded>
    </section>
  );
}
