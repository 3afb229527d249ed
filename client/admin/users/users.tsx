// Staff accounts (admins only): who can sign in, with which role, on which partnerships, and for an
// employer's viewer which organization of a partnership they see; invitations not yet accepted, with
// their link shown again on request. Below them, API tokens: everyone's for an admin, one's own else.
import { useState } from 'preact/hooks';
import { roles, type Role } from '../../../server/auth/contract.ts';
import type { StaffAccount } from '../../../server/staff/contract.ts';
import { read, server } from '../api.ts';
import { useApi } from '../use-api.ts';
import { useSession } from '../use-session.ts';
import { Loaded } from '../ui/status.tsx';
import { ApiTokens } from './api-tokens.tsx';
import { EditMemberships } from './edit-memberships.tsx';
import { InviteForm } from './invite-form.tsx';
import { InviteLinkCard } from './invite-link.tsx';
import type { SentInvite } from './types.ts';
import { organizationName, useOrganizations } from './use-organizations.ts';

const usersApi = server.api.users;

export default function Users() {
  const session = useSession();
  const users = useApi(session.user.role === 'admin' ? 'users' : null, () => read(usersApi.$get()));
  const [rowMessage, setRowMessage] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [sent, setSent] = useState<SentInvite | null>(null);
  // The organization names of every limited membership, to show them by name.
  const orgs = useOrganizations(
    (users.data?.users ?? []).flatMap((u) =>
      u.memberships.filter((m) => m.organizationId).map((m) => m.partnershipId),
    ),
  );

  if (session.user.role !== 'admin')
    return (
      <>
        <h1 tabIndex={-1}>Users</h1>
        <p>Only an administrator manages staff accounts.</p>
        <ApiTokens />
      </>
    );

  // Changes to an existing account answer with the server's message (e.g. "the only admin").
  async function change(act: () => Promise<unknown>) {
    setRowMessage(null);
    setDone(null);
    try {
      await act();
    } catch (err) {
      setRowMessage(err instanceof Error ? err.message : String(err));
    }
    users.reload();
  }
  const partnershipName = (id: string) => session.partnerships.find((p) => p.id === id)?.name ?? id;
  const closeEditor = (u: StaffAccount, saved: boolean) => {
    setEditing(null);
    if (saved) {
      setDone(`Saved the memberships of ${u.name}.`);
      users.reload();
    }
    // Back to the button that opened the editor, as a dialog would.
    setTimeout(() => document.getElementById(`mem-${u.id}`)?.focus(), 0);
  };
  const editingUser = users.data?.users.find((u) => u.id === editing);
  // Back to the account's resend button, or to the form the invitation came from.
  const closeSent = () => {
    const id = users.data?.users.find((u) => u.email === sent?.email)?.id;
    setSent(null);
    setTimeout(() => (document.getElementById(`inv-${id}`) ?? document.getElementById('u-name'))?.focus(), 0);
  };

  return (
    <>
      <h1 tabIndex={-1}>Users</h1>
      {rowMessage && (
        <p role="alert" class="form-error">
          {rowMessage}
        </p>
      )}
      <p role="status">{done}</p>
      {sent && <InviteLinkCard sent={sent} onClose={closeSent} />}
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
                          // The options are the roles.
                          const role = e.currentTarget.value as Role;
                          void change(() =>
                            read(usersApi[':id'].$patch({ param: { id: u.id }, json: { role } })),
                          );
                        }}
                      >
                        {roles.map((r) => (
                          <option value={r}>{r}</option>
                        ))}
                      </select>
                    </td>
                    <td>
                      {u.role === 'admin' ? (
                        'all'
                      ) : u.memberships.length === 0 ? (
                        <span class="muted">none</span>
                      ) : (
                        <ul class="plain">
                          {u.memberships.map((m) => (
                            <li>
                              {partnershipName(m.partnershipId)}
                              {m.organizationId && (
                                <span class="muted">
                                  {' '}
                                  (only{' '}
                                  {organizationName(orgs, m.partnershipId, m.organizationId) ??
                                    'one organization'}
                                  )
                                </span>
                              )}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>
                      {u.createdAt.slice(0, 10)}
                      {u.invitePending && <div class="muted">invited, not yet accepted</div>}
                    </td>
                    <td>
                      <div class="row">
                        {u.role !== 'admin' && (
                          <button
                            type="button"
                            id={`mem-${u.id}`}
                            aria-label={`Change memberships of ${u.name}`}
                            aria-expanded={editing === u.id}
                            onClick={() => {
                              setDone(null);
                              setRowMessage(null);
                              setEditing(editing === u.id ? null : u.id);
                            }}
                          >
                            Memberships
                          </button>
                        )}
                        {u.invitePending && (
                          <button
                            type="button"
                            id={`inv-${u.id}`}
                            aria-label={`Send the invitation again to ${u.name}`}
                            onClick={() =>
                              void change(async () => {
                                const out = await read(usersApi[':id'].invite.$post({ param: { id: u.id } }));
                                setSent({ name: u.name, email: u.email, invite: out.invite });
                                setDone(`Sent ${u.name} a new invitation; earlier links no longer work.`);
                              })
                            }
                          >
                            Send the invitation again
                          </button>
                        )}
                        {u.id !== session.user.id && (
                          <button
                            type="button"
                            class="danger"
                            aria-label={`Remove ${u.name}`}
                            onClick={() => {
                              if (confirm(`Remove ${u.name}'s account? They will be signed out.`))
                                void change(() => read(usersApi[':id'].$delete({ param: { id: u.id } })));
                            }}
                          >
                            Remove
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
      {editingUser && (
        <EditMemberships
          key={editingUser.id}
          user={editingUser}
          onDone={(saved) => closeEditor(editingUser, saved)}
        />
      )}
      <InviteForm
        onAdded={(added) => {
          setRowMessage(null);
          setDone(`Added ${added.name}.`);
          setSent(added.invite ? { name: added.name, email: added.email, invite: added.invite } : null);
          users.reload();
        }}
      />
      <ApiTokens />
    </>
  );
}
