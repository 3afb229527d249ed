// The activity log (admins only, as the API is): staff actions newest first, filtered by person, kind
// and days, a page at a time from the server, and the same selection as CSV. The filters live in the
// address, so back undoes one and a filtered view can be bookmarked.
import { useState } from 'preact/hooks';
import { auditKinds, type AuditEntryView } from '../../../server/audit/contract.ts';
import { read, server } from '../api.ts';
import { useFormats } from '../i18n/use-formats.ts';
import { useWords } from '../i18n/use-locale.ts';
import { navigate } from '../router.ts';
import type { ScreenProps } from '../shell/routes.ts';
import { Empty, Loaded } from '../ui/status.tsx';
import { useApi } from '../use-api.ts';
import { useSession } from '../use-session.ts';
import { actionWords, detailLines, kindKey } from './audit-words.ts';

const filterNames = ['person', 'kind', 'from', 'to'] as const;
type Filters = Partial<Record<(typeof filterNames)[number] | 'before', string>>;

function filtersOf(query: URLSearchParams): Filters {
  const out: Filters = {};
  for (const name of [...filterNames, 'before'] as const) {
    const v = query.get(name);
    if (v) out[name] = v;
  }
  return out;
}

const href = (f: Filters) => {
  const q = new URLSearchParams(f as Record<string, string>).toString();
  return q ? `/admin/activity?${q}` : '/admin/activity';
};

function FilterForm({ filters }: { filters: Filters }) {
  const t = useWords('audit');
  const users = useApi('users', () => read(server.api.users.$get()));
  const [draft, setDraft] = useState<Filters>(filters);
  const set = (name: keyof Filters) => (e: { currentTarget: { value: string } }) =>
    setDraft({ ...draft, [name]: e.currentTarget.value || undefined });
  return (
    <form
      class="row"
      role="search"
      aria-label={t('filters')}
      onSubmit={(e) => {
        e.preventDefault();
        const { before: _, ...chosen } = draft;
        navigate(href(Object.fromEntries(Object.entries(chosen).filter(([, v]) => v))));
      }}
    >
      <div class="field">
        <label for="audit-person">{t('person')}</label>
        <select id="audit-person" value={draft.person ?? ''} onChange={set('person')}>
          <option value="">{t('anyone')}</option>
          {(users.data?.users ?? []).map((u) => (
            <option value={u.id}>{`${u.name} (${u.email})`}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="audit-kind">{t('kind')}</label>
        <select id="audit-kind" value={draft.kind ?? ''} onChange={set('kind')}>
          <option value="">{t('anyKind')}</option>
          {auditKinds.map((k) => (
            <option value={k}>{t(kindKey(k))}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="audit-from">{t('from')}</label>
        <input id="audit-from" type="date" value={draft.from ?? ''} onChange={set('from')} />
      </div>
      <div class="field">
        <label for="audit-to">{t('to')}</label>
        <input id="audit-to" type="date" value={draft.to ?? ''} onChange={set('to')} />
      </div>
      <div class="actions">
        <button type="submit">{t('show')}</button>
      </div>
    </form>
  );
}

function Entries({ entries }: { entries: AuditEntryView[] }) {
  const t = useWords('audit');
  const f = useFormats();
  return (
    // A region the keyboard reaches: on a phone the table scrolls sideways.
    <div class="table-wrap" tabIndex={0} role="region" aria-label={t('caption')}>
      <table class="activity">
        <caption class="sr-only">{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('when')}</th>
            <th scope="col">{t('who')}</th>
            <th scope="col">{t('what')}</th>
            <th scope="col">{t('object')}</th>
            <th scope="col">{t('change')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr>
              <td>
                <time dateTime={e.at}>{f.moment(e.at)}</time>
              </td>
              <td>{e.actor === 'unknown account' ? t('unknownAccount') : e.actor}</td>
              <td>{actionWords(t, e.action)}</td>
              <td>{e.objectKind ? <code>{`${e.objectKind} ${e.objectId ?? ''}`.trim()}</code> : ''}</td>
              <td>
                {detailLines(t, e.detail).map((line) => (
                  <div>{line}</div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function Activity({ query }: ScreenProps) {
  const admin = useSession().user.role === 'admin';
  const t = useWords('audit');
  const filters = filtersOf(query);
  const asked = filters as Record<string, string>;
  const list = useApi(admin ? `audit?${new URLSearchParams(asked)}` : null, () =>
    read(server.api.audit.$get({ query: asked })),
  );
  if (!admin)
    return (
      <>
        <h1 tabIndex={-1}>{t('title')}</h1>
        <p>{t('adminOnly')}</p>
      </>
    );
  const { before: _, ...selection } = filters;
  const csv = `/api/audit/export.csv${href(selection).replace('/admin/activity', '')}`;
  return (
    <>
      <h1 tabIndex={-1}>{t('title')}</h1>
      <p>{t('intro')}</p>
      <FilterForm filters={filters} key={JSON.stringify(selection)} />
      <div class="actions">
        <a class="button-link" href={csv} download>
          {t('download')}
        </a>
      </div>
      <Loaded state={list} what={t('theEntries')}>
        {({ entries, next }) => (
          <>
            {entries.length === 0 ? <Empty>{t('nothing')}</Empty> : <Entries entries={entries} />}
            <nav class="actions" aria-label={t('pages')}>
              {filters.before && <a href={href(selection)}>{t('newest')}</a>}
              {next !== null && <a href={href({ ...selection, before: String(next) })}>{t('older')}</a>}
            </nav>
          </>
        )}
      </Loaded>
    </>
  );
}
