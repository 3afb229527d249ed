// The people whose invitation could not be delivered, one by one, so staff can correct an address or
// hand them a printed link. Nothing here says whether anyone answered (see campaignFailures).
import { useState } from 'preact/hooks';
import type { FailedContact, FailurePage as Page } from '../../../server/distribution/contract.ts';
import { ApiError, read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useApi } from '../use-api.ts';
import { Empty, Failed, Loaded } from '../ui/status.tsx';
import { campaignFormats } from './format.ts';

const pageSize = 50;
const failuresApi = server.api.campaigns[':id'].failures;

export function Failures({ campaignId }: { campaignId: string }) {
  const t = useWords('campaigns');
  const n = campaignFormats(t.locale).number;
  const param = { id: encodeURIComponent(campaignId) };
  const loadPage = (after?: string) =>
    read(failuresApi.$get({ param, query: { limit: String(pageSize), ...(after && { after }) } }));
  const first = useApi(campaignId, () => loadPage());
  // Later pages, appended below the first; a reload of the first page starts over.
  const [more, setMore] = useState<{ of: Page; rows: FailedContact[]; next: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  return (
    <section class="card" aria-labelledby="failures-h">
      <h2 id="failures-h">{t('failuresTitle')}</h2>
      <Loaded state={first} what={t('theFailures')}>
        {(page) => {
          const extra = more?.of === page ? more : null;
          const rows = [...page.failures, ...(extra?.rows ?? [])];
          const next = extra ? extra.next : page.nextAfter;
          const loadMore = async () => {
            setBusy(true);
            setError(null);
            try {
              const p = await loadPage(next!);
              setMore({ of: page, rows: [...(extra?.rows ?? []), ...p.failures], next: p.nextAfter });
            } catch (e) {
              setError(e instanceof ApiError ? e : new ApiError(0, 'ERROR', String(e)));
            } finally {
              setBusy(false);
            }
          };
          if (rows.length === 0) return <Empty>{t('noFailures')}</Empty>;
          return (
            <>
              <p class="muted">{t('failuresHint')}</p>
              {/* Focusable, so a keyboard can scroll the table when it is wider than the screen. */}
              <div class="table-wrap" tabIndex={0} role="region" aria-label={t('failedContacts')}>
                <table class="failures">
                  <caption class="sr-only">{t('failedContacts')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('name')}</th>
                      <th scope="col">{t('channel')}</th>
                      <th scope="col">{t('sentTo')}</th>
                      <th scope="col">{t('reason')}</th>
                      <th scope="col" class="num">
                        {t('attempts')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((f) => {
                      const name = `${f.firstName} ${f.lastName}`.trim();
                      const failure = t('failure', { status: f.status });
                      return (
                        <tr key={f.contactId}>
                          <th scope="row">
                            <a href={`/admin/contacts/${encodeURIComponent(f.contactId)}`}>
                              {name}
                              <span class="sr-only">{t('fix')}</span>
                            </a>
                          </th>
                          <td>{t('channelName', { channel: f.channel })}</td>
                          <td>{f.address ?? t('noAddressNow')}</td>
                          <td>
                            {f.reason ? t('failureReason', { failure, reason: f.reason }) : failure}
                            {f.code && <span class="muted small"> {t('errorCode', { code: f.code })}</span>}
                          </td>
                          <td class="num">{n(f.attempts)}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              <p role="status" class="small muted">
                {next ? t('firstPeople', { n: n(rows.length) }) : t('inAll', { n: n(rows.length) })}
              </p>
              {error && <Failed error={error} />}
              {next && (
                <div class="actions">
                  <button type="button" onClick={() => void loadMore()} disabled={busy}>
                    {busy ? t('loading') : t('showMore', { n: pageSize })}
                  </button>
                </div>
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
