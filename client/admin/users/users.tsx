// Staff accounts (admins only): who can sign in, with which role, on which partnerships.
import { useState } from 'preact/hooks';
import { createUserBody, roles } from '../../../server/auth/users.ts';
import { api } from '../api.ts';
import { useApi } from '../use-api.ts';
import { useSession, type SessionUser } from '../use-session.ts';
import { useForm } from '../use-form.ts';
import { Field, FormMessage, TextField } from '../ui/field.tsx';
import { Loaded } from '../ui/status.tsx';

const roleHelp: Record<string, string> = {
  admin: 'everything, every partnership',
  analyst: 'reads and changes the partnerships they belong to',
  viewer: 'reads only',
};

export default function Users() {
  const session = useSession();
  const users = useApi<{ users: (SessionUser & { createdAt: string; partnershipIds: string[] })[] }>(
    session.user.role === 'admin' ? '/api/users' : null,
  );
  const form = useForm();
  const blank = {
    name: '',
    email: '',
    password: '',
    role: 'analyst',
    partnershipIds: session.current ? [session.current.id] : [],
  };
  const [v, setV] = useState(blank);
  const [rowMessage, setRowMessage] = useState<string | null>(null);

  if (session.user.role !== 'admin')
    return (
      <>
        <h1 tabIndex={-1}>Users</h1>
        <p>Only an administrator manages staff accounts.</p>
      </>
    );

  async function invite(e: Event) {
    e.preventDefault();
    const body = form.check(createUserBody, v);
    if (!body) return;
    if (await form.submit(() => api.post('/api/users', body))) {
      setV(blank);
      users.reload();
    }
  }
  // Changes to an existing account answer with the server's message (e.g. "the only admin").
  async function change(act: () => Promise<unknown>) {
    setRowMessage(null);
    try {
      await act();
    } catch (err) {
      setRowMessage(err instanceof Error ? err.message : String(err));
    }
    users.reload();
  }
  const names = (ids: string[]) =>
    ids.map((id) => session.partnerships.find((p) => p.id === id)?.name ?? id).join(', ') || '—';
  const toggle = (id: string, on: boolean) =>
    setV({ ...v, partnershipIds: on ? [...v.partnershipIds, id] : v.partnershipIds.filter((p) => p !== id) });

  return (
    <>
      <h1 tabIndex={-1}>Users</h1>
      {rowMessage && (
        <p role="alert" class="error">
          {rowMessage}
        </p>
      )}
      <Loaded state={users} what="staff accounts">
        {({ users }) => (
          <div class="table-wrap">
            <table>
              <caption class="sr-only">Staff accounts</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">Partnerships</th>
                  <th scope="col">Since</th>
                  <th scope="col">
                    <span class="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {users.map((u) => (
                  <tr>
                    <td>{u.name}</td>
                    <td>{u.email}</td>
                    <td>
                      <select
                        aria-label={`Role of ${u.name}`}
                        value={u.role}
                        onChange={(e) => {
                          const role = e.currentTarget.value;
                          void change(() => api.patch(`/api/users/${u.id}`, { role }));
                        }}
                      >
                        {roles.map((r) => (
                          <option value={r}>{r}</option>
                        ))}
                      </select>
                    </td>
                    <td>{u.role === 'admin' ? 'all' : names(u.partnershipIds)}</td>
                    <td>{u.createdAt.slice(0, 10)}</td>
                    <td>
                      {u.id !== session.user.id && (
                        <button
                          type="button"
                          aria-label={`Remove ${u.name}`}
                          onClick={() => {
                            if (confirm(`Remove ${u.name}'s account? They will be signed out.`))
                              void change(() => api.del(`/api/users/${u.id}`));
                          }}
                        >
                          Remove
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
      <form class="card" onSubmit={invite} noValidate>
        <h2>Add a staff account</h2>
        <p class="muted">
          Give the new colleague their password in person or by phone; they can sign in at once.
        </p>
        <FormMessage message={form.message} />
        <TextField
          id="u-name"
          label="Name"
          value={v.name}
          onValue={(name) => setV({ ...v, name })}
          error={form.errors.name}
        />
        <TextField
          id="u-email"
          label="Email"
          type="email"
          value={v.email}
          onValue={(email) => setV({ ...v, email })}
          error={form.errors.email}
        />
        <TextField
          id="u-password"
          label="Password"
          type="password"
          hint="At least 12 characters."
          autoComplete="new-password"
          value={v.password}
          onValue={(password) => setV({ ...v, password })}
          error={form.errors.password}
        />
        <Field id="u-role" label="Role" error={form.errors.role}>
          {(d) => (
            <select
              id="u-role"
              value={v.role}
              aria-describedby={d}
              onChange={(e) => setV({ ...v, role: e.currentTarget.value })}
            >
              {roles.map((r) => (
                <option value={r}>
                  {r}: {roleHelp[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {session.partnerships.length > 0 && (
          <fieldset>
            <legend>Partnerships</legend>
            {session.partnerships.map((p) => (
              <label class="check">
                <input
                  type="checkbox"
                  checked={v.partnershipIds.includes(p.id)}
                  onChange={(e) => toggle(p.id, e.currentTarget.checked)}
                />
                {p.name}
              </label>
            ))}
          </fieldset>
        )}
        <button class="primary" type="submit" disabled={form.busy}>
          {form.busy ? 'Adding…' : 'Add account'}
        </button>
      </form>
    </>
  );
}
