// The partnership's contacts: search and filters, and each person's consent and opt-out state.
import { useEffect, useState } from 'preact/hooks';
import type { Contact, ContactKind } from '../../../server/partnerships/contract.ts';
import { read, server } from '../api.ts';
import type { ScreenProps } from '../shell/routes.ts';
import { useApi } from '../use-api.ts';
import { canWrite, useSession } from '../use-session.ts';
import { Empty, Loaded } from '../ui/status.tsx';

const partnershipApi = server.api.partnerships[':id'];

const step = 200;
// The API's largest page; past it, search and filters are the way through a long list.
const most = 1000;

function smsState(c: Contact) {
  if (!c.phone) return 'no phone';
  if (c.smsOptedOut) return 'opted out (STOP)';
  return c.smsConsent ? 'consented' : 'no consent';
}

export default function Contacts(props: ScreenProps) {
  const { current, user } = useSession();
  // `?q=` opens the list searched, as the campaign screen's links to people do.
  const [q, setQ] = useState(() => props.query.get('q') ?? '');
  const [debounced, setDebounced] = useState(q.trim());
  const [kind, setKind] = useState<ContactKind | ''>('');
  const [org, setOrg] = useState('');
  // Typing a name should not send a request per key.
  useEffect(() => {
    const t = setTimeout(() => setDebounced(q.trim()), 250);
    return () => clearTimeout(t);
  }, [q]);
  const [limit, setLimit] = useState(step);
  const query = {
    limit: String(limit),
    ...(debounced && { q: debounced }),
    ...(kind && { kind }),
    ...(org && { organizationId: org }),
  };
  const param = { id: current?.id ?? '' };
  const list = useApi(
    current ? `/api/partnerships/${current.id}/contacts?${new URLSearchParams(query)}` : null,
    () => read(partnershipApi.contacts.$get({ param, query })),
  );
  const orgs = useApi(current ? `/api/partnerships/${current.id}/organizations` : null, () =>
    read(partnershipApi.organizations.$get({ param })),
  );
  const orgName = (id: string | null) => orgs.data?.organizations.find((o) => o.id === id)?.name ?? '';

  if (!current) return <h1 tabIndex={-1}>Start a partnership first</h1>;
  return (
    <>
      <h1 tabIndex={-1}>Contacts</h1>
      {canWrite(user) && (
        <div class="actions">
          <a class="button-link" href="/admin/contacts/import">
            Import a CSV file
          </a>
        </div>
      )}
      <form class="row" role="search" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="search">Search</label>
          <input
            id="search"
            type="search"
            placeholder="Name, email or phone"
            value={q}
            onInput={(e) => setQ(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="kind">Kind</label>
          <select id="kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as ContactKind | '')}>
            <option value="">All</option>
            <option value="worker">Workers</option>
            <option value="employer">Employer contacts</option>
            <option value="partner">Partner contacts</option>
          </select>
        </div>
        <div class="field">
          <label for="org">Organization</label>
          <select id="org" value={org} onChange={(e) => setOrg(e.currentTarget.value)}>
            <option value="">All</option>
            {orgs.data?.organizations.map((o) => (
              <option value={o.id}>{o.name}</option>
            ))}
          </select>
        </div>
      </form>
      <Loaded state={list} what="contacts">
        {({ contacts }) =>
          contacts.length === 0 ? (
            <Empty>
              {debounced || kind || org
                ? 'No contact matches.'
                : 'No contacts yet. Import a CSV file to add them.'}
            </Empty>
          ) : (
            <>
              <p role="status">
                {contacts.length === limit
                  ? `The first ${limit} contacts.${limit < most ? '' : ' Search or filter to find others.'}`
                  : `${contacts.length} contacts.`}
              </p>
              <div class="table-wrap">
                <table>
                  <caption class="sr-only">Contacts</caption>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Kind</th>
                      <th scope="col">Organization</th>
                      <th scope="col">Email</th>
                      <th scope="col">Phone</th>
                      <th scope="col">Language</th>
                      <th scope="col">Texts</th>
                      <th scope="col">Email status</th>
                    </tr>
                  </thead>
                  <tbody>
                    {contacts.map((c) => (
                      <tr>
                        <td>
                          {c.firstName} {c.lastName}
                        </td>
                        <td>{c.kind}</td>
                        <td>{orgName(c.organizationId)}</td>
                        <td>{c.email ?? '–'}</td>
                        <td>{c.phone ?? '–'}</td>
                        <td>{c.language}</td>
                        <td>{smsState(c)}</td>
                        <td>{!c.email ? 'no email' : c.emailOptedOut ? 'unsubscribed' : 'subscribed'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {contacts.length === limit && limit < most && (
                <div class="actions">
                  <button type="button" onClick={() => setLimit(limit + step)} disabled={list.loading}>
                    Show {step} more
                  </button>
                </div>
              )}
            </>
          )
        }
      </Loaded>
    </>
  );
}
