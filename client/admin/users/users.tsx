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
import { roleWords } from './types.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useFormats } from '../i18n/use-formats.ts';

const usersApi = server.api.users;

export default function Users() {
  const session = useSession();
  const t = useWords('users');
  const f = useFormats();
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
        <h1 tabIndex={-1}>{t('users')}</h1>
        <p>{t('onlyAdmin')}</p>
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
      setDone(t('savedMemberships', { name: u.name }));
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
      <h1 tabIndex={-1}>{t('users')}</h1>
      {rowMessage && (
        <p role="alert" class="form-error">
          {rowMessage}
        </p>
      )}
      <p role="status">{done}</p>
      {sent && <InviteLinkCard sent={sent} onClose={closeSent} />}
      <Loaded state={users} what={t('theStaffAccounts')}>
        {({ users }) => (
          <div class="table-wrap">
            <table>
              <caption class="sr-only">{t('staffAccounts')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('name')}</th>
                  <th scope="col">{t('email')}</th>
                  <th scope="col">{t('role')}</th>
                  <th scope="col">{t('partnerships')}</th>
                  <th scope="col">{t('since')}</th>
                  <th scope="col">
                    <span class="sr-only">{t('actions')}</span>
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
                        aria-label={t('roleOf', { name: u.name })}
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
                          <option value={r}>{t(roleWords[r].name)}</option>
                        ))}
                      </select>
                    </td>
                    <td>
                      {u.role === 'admin' ? (
                        t('all')
                      ) : u.memberships.length === 0 ? (
                        <span class="muted">{t('none')}</span>
                      ) : (
                        <ul class="plain">
                          {u.memberships.map((m) => (
                            <li>
                              {partnershipName(m.partnershipId)}
                              {m.organizationId && (
                                <span class="muted">
                                  {t('onlyOrganization', {
                                    organization:
                                      organizationName(orgs, m.partnershipId, m.organizationId) ??
                                      t('oneOrganization'),
                                  })}
                                </span>
                              )}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>
                      {f.day(u.createdAt)}
                      {u.invitePending && <div class="muted">{t('invitedPending')}</div>}
                    </td>
                    <td>
                      <div class="row">
                        {u.role !== 'admin' && (
                          <button
                            type="button"
                            id={`mem-${u.id}`}
                            aria-label={t('changeMemberships', { name: u.name })}
                            aria-expanded={editing === u.id}
                            onClick={() => {
                              setDone(null);
                              setRowMessage(null);
                              setEditing(editing === u.id ? null : u.id);
                            }}
                          >
                            {t('memberships')}
                          </button>
                        )}
                        {u.invitePending && (
                          <button
                            type="button"
                            id={`inv-${u.id}`}
                            aria-label={t('sendAgainTo', { name: u.name })}
                            onClick={() =>
                              void change(async () => {
                                const out = await read(usersApi[':id'].invite.$post({ param: { id: u.id } }));
                                setSent({ name: u.name, email: u.email, invite: out.invite });
                                setDone(t('sentAgain', { name: u.name }));
                              })
                            }
                          >
                            {t('sendAgain')}
                          </button>
                        )}
                        {u.id !== session.user.id && (
                          <button
                            type="button"
                            class="danger"
                            aria-label={t('removeNamed', { name: u.name })}
                            onClick={() => {
                              if (confirm(t('confirmRemove', { name: u.name })))
                                void change(() => read(usersApi[':id'].$delete({ param: { id: u.id } })));
                            }}
                          >
                            {t('remove')}
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
          setDone(t('added', { name: added.name }));
          setSent(added.invite ? { name: added.name, email: added.email, invite: added.invite } : null);
          users.reload();
        }}
      />
      <ApiTokens />
    </>
  );
}
