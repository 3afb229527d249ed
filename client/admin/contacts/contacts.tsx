// The partnership's contacts: a page at a time, searched and filtered on the server, with the search in
// the address; staff who may change contacts pick rows and act on them together (bulk-actions.tsx).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Contact } from '../../../server/partnerships/contract.ts';
import { read, server } from '../api.ts';
import { navigate } from '../router.ts';
import type { ScreenProps } from '../shell/routes.ts';
import { useApi } from '../use-api.ts';
import { canWrite, useSession } from '../use-session.ts';
import { Empty, Loaded } from '../ui/status.tsx';
import { BulkActions } from './bulk-actions.tsx';
import { apiQuery, filtersOf, listHref, type Filters } from './filters.ts';
import { languageLabel } from './language-label.ts';
import { FilterForm } from './filter-form.tsx';

const partnershipApi = server.api.partnerships[':id'];

function smsState(c: Contact) {
  if (!c.phone) return 'no phone';
  if (c.smsOptedOut) return 'opted out (STOP)';
  return c.smsConsent ? 'consented' : 'no consent';
}

export default function Contacts(props: ScreenProps) {
  const { current, user } = useSession();
  const filters = filtersOf(props.query);
  const writer = canWrite(user);
  const query = apiQuery(filters);
  const param = { id: current?.id ?? '' };
  const list = useApi(
    current ? `/api/partnerships/${current.id}/contacts?${new URLSearchParams(query)}` : null,
    () => read(partnershipApi.contacts.$get({ param, query })),
  );
  const orgs = useApi(current ? `/api/partnerships/${current.id}/organizations` : null, () =>
    read(partnershipApi.organizations.$get({ param })),
  );
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [done, setDone] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);
  // A new page or search is a new list: what was picked on the last one is not on screen any more.
  const key = JSON.stringify(filters);
  useEffect(() => setSelected(new Set()), [key]);
  const orgName = (id: string | null) => orgs.data?.organizations.find((o) => o.id === id)?.name ?? '';
  const go = (changes: Filters, replace = false) => navigate(listHref(filters, changes), { replace });

  if (!current) return <h1 tabIndex={-1}>Start a partnership first</h1>;
  const filtered = Object.keys(filters).some((k) => k !== 'page');
  return (
    <>
      <h1 tabIndex={-1}>Contacts</h1>
      {writer && (
        <div class="actions">
          <a class="button-link" href="/admin/contacts/import">
            Import a CSV file
          </a>
        </div>
      )}
      <FilterForm filters={filters} organizations={orgs.data?.organizations ?? []} onChange={go} />
      {done && (
        <p role="status" class="notice" ref={status} tabIndex={-1}>
          {done}
        </p>
      )}
      <Loaded state={list} what="contacts">
        {({ contacts, total, page, nextCursor }) => {
          const pageNo = page ?? 1;
          const first = (pageNo - 1) * 50 + 1;
          if (contacts.length === 0)
            return (
              <Empty>
                {filtered
                  ? 'No contact matches.'
                  : pageNo > 1
                    ? 'No contacts on this page.'
                    : 'No contacts yet. Import a CSV file to add them.'}
              </Empty>
            );
          const onPage = contacts.map((c) => c.id);
          const allPicked = onPage.every((id) => selected.has(id));
          const toggle = (id: string, on: boolean) => {
            const next = new Set(selected);
            if (on) next.add(id);
            else next.delete(id);
            setSelected(next);
          };
          return (
            <>
              <p role="status">
                {total === 1 ? '1 contact' : `${total.toLocaleString('en-US')} contacts`}
                {total > contacts.length && `, ${first}–${first + contacts.length - 1} shown`}.
              </p>
              {writer && (
                <BulkActions
                  partnershipId={current.id}
                  ids={[...selected]}
                  organizations={orgs.data?.organizations ?? []}
                  onDone={(message) => {
                    setSelected(new Set());
                    setDone(message);
                    list.reload();
                    setTimeout(() => status.current?.focus());
                  }}
                />
              )}
              <div class="table-wrap" tabIndex={0} role="region" aria-label="Contacts">
                <table>
                  <caption class="sr-only">Contacts</caption>
                  <thead>
                    <tr>
                      {writer && (
                        <th scope="col">
                          <input
                            type="checkbox"
                            aria-label="Choose every contact on this page"
                            checked={allPicked}
                            onChange={(e) =>
                              setSelected(
                                e.currentTarget.checked ? new Set([...selected, ...onPage]) : new Set(),
                              )
                            }
                          />
                        </th>
                      )}
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
                    {contacts.map((c) => {
                      const name = `${c.firstName} ${c.lastName}`.trim();
                      return (
                        <tr key={c.id}>
                          {writer && (
                            <td>
                              <input
                                type="checkbox"
                                aria-label={`Choose ${name}`}
                                checked={selected.has(c.id)}
                                onChange={(e) => toggle(c.id, e.currentTarget.checked)}
                              />
                            </td>
                          )}
                          <th scope="row">
                            {writer ? (
                              <a href={`/admin/contacts/${encodeURIComponent(c.id)}`}>{name}</a>
                            ) : (
                              name
                            )}
                          </th>
                          <td>{c.kind}</td>
                          <td>{orgName(c.organizationId)}</td>
                          <td>{c.email ?? '–'}</td>
                          <td>{c.phone ?? '–'}</td>
                          <td>{languageLabel(c.language)}</td>
                          <td>{smsState(c)}</td>
                          <td>{!c.email ? 'no email' : c.emailOptedOut ? 'unsubscribed' : 'subscribed'}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              <nav class="actions" aria-label="Pages">
                {pageNo > 1 && <a href={listHref(filters, { page: String(pageNo - 1) })}>Previous page</a>}
                <span class="muted small">
                  Page {pageNo} of {Math.max(1, Math.ceil(total / 50))}
                </span>
                {nextCursor && <a href={listHref(filters, { page: String(pageNo + 1) })}>Next page</a>}
              </nav>
            </>
          );
        }}
      </Loaded>
    </>
  );
}
