// The partnership's contacts: a page at a time, searched and filtered on the server, with the search in
// the address; staff who may change contacts pick rows and act on them together (bulk-actions.tsx).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Contact } from '../../../server/partnerships/contract.ts';
import type { Key } from '../../shared/i18n/areas.ts';
import { read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
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

function smsState(c: Contact): Key<'contacts'> {
  if (!c.phone) return 'noPhone';
  if (c.smsOptedOut) return 'smsOptedOut';
  return c.smsConsent ? 'consented' : 'noConsent';
}

function emailState(c: Contact): Key<'contacts'> {
  if (!c.email) return 'noEmail';
  return c.emailOptedOut ? 'unsubscribed' : 'subscribed';
}

export default function Contacts(props: ScreenProps) {
  const { current, user } = useSession();
  const t = useWords('contacts');
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

  if (!current) return <h1 tabIndex={-1}>{t('startFirst')}</h1>;
  const filtered = Object.keys(filters).some((k) => k !== 'page');
  return (
    <>
      <h1 tabIndex={-1}>{t('contacts')}</h1>
      {writer && (
        <div class="actions">
          <a class="button-link" href="/admin/contacts/import">
            {t('importCsv')}
          </a>
        </div>
      )}
      <FilterForm filters={filters} organizations={orgs.data?.organizations ?? []} onChange={go} />
      {done && (
        <p role="status" class="notice" ref={status} tabIndex={-1}>
          {done}
        </p>
      )}
      <Loaded state={list} what={t('theContacts')}>
        {({ contacts, total, page, nextCursor }) => {
          const pageNo = page ?? 1;
          const first = (pageNo - 1) * 50 + 1;
          if (contacts.length === 0)
            return <Empty>{t(filtered ? 'noMatch' : pageNo > 1 ? 'noneOnPage' : 'noneYet')}</Empty>;
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
                {total > contacts.length
                  ? t('totalShown', { total, from: first, to: first + contacts.length - 1 })
                  : t('total', { total })}
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
              <div class="table-wrap" tabIndex={0} role="region" aria-label={t('contacts')}>
                <table>
                  <caption class="sr-only">{t('contacts')}</caption>
                  <thead>
                    <tr>
                      {writer && (
                        <th scope="col">
                          <input
                            type="checkbox"
                            aria-label={t('chooseAll')}
                            checked={allPicked}
                            onChange={(e) =>
                              setSelected(
                                e.currentTarget.checked ? new Set([...selected, ...onPage]) : new Set(),
                              )
                            }
                          />
                        </th>
                      )}
                      <th scope="col">{t('name')}</th>
                      <th scope="col">{t('kind')}</th>
                      <th scope="col">{t('organization')}</th>
                      <th scope="col">{t('email')}</th>
                      <th scope="col">{t('phone')}</th>
                      <th scope="col">{t('language')}</th>
                      <th scope="col">{t('texts')}</th>
                      <th scope="col">{t('emailStatus')}</th>
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
                                aria-label={t('chooseNamed', { name })}
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
                          <td>{t('kindOf', { kind: c.kind })}</td>
                          <td>{orgName(c.organizationId)}</td>
                          <td>{c.email ?? '–'}</td>
                          <td>{c.phone ?? '–'}</td>
                          <td>{languageLabel(c.language, t.locale)}</td>
                          <td>{t(smsState(c))}</td>
                          <td>{t(emailState(c))}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              <nav class="actions" aria-label={t('pages')}>
                {pageNo > 1 && (
                  <a href={listHref(filters, { page: String(pageNo - 1) })}>{t('previousPage')}</a>
                )}
                <span class="muted small">
                  {t('pageOf', { page: pageNo, pages: Math.max(1, Math.ceil(total / 50)) })}
                </span>
                {nextCursor && <a href={listHref(filters, { page: String(pageNo + 1) })}>{t('nextPage')}</a>}
              </nav>
            </>
          );
        }}
      </Loaded>
    </>
  );
}
