// The people whose invitation could not be delivered, one by one, so staff can correct an address or
// hand them a printed link. Nothing here says whether anyone answered (see campaignFailures).
import { useState } from 'preact/hooks';
import type { FailedContact, FailurePage as Page } from '../../../server/distribution/contract.ts';
import { ApiError, read, server } from '../api.ts';
import { useApi } from '../use-api.ts';
import { Empty, Failed, Loaded } from '../ui/status.tsx';

const pageSize = 50;
const channelName = { sms: 'Text', email: 'Email' };
const failuresApi = server.api.campaigns[':id'].failures;

export function Failures({ campaignId }: { campaignId: string }) {
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
      <h2 id="failures-h">Invitations that could not be delivered</h2>
      <Loaded state={first} what="undelivered invitations">
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
          if (rows.length === 0)
            return <Empty>No invitation has failed. People reached by no channel need a printed link.</Empty>;
          return (
            <>
              <p class="muted">
                Correct the address in the contact list, or give the person a printed link. Reminders that
                failed are counted in the progress above only.
              </p>
              {/* Focusable, so a keyboard can scroll the table when it is wider than the screen. */}
              <div
                class="table-wrap"
                tabIndex={0}
                role="region"
                aria-label="Contacts whose invitation could not be delivered"
              >
                <table class="failures">
                  <caption class="sr-only">Contacts whose invitation could not be delivered</caption>
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Channel</th>
                      <th scope="col">Sent to</th>
                      <th scope="col">Reason</th>
                      <th scope="col" class="num">
                        Attempts
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((f) => {
                      const name = `${f.firstName} ${f.lastName}`.trim();
                      return (
                        <tr key={f.contactId}>
                          <th scope="row">
                            <a href={`/admin/contacts/${encodeURIComponent(f.contactId)}`}>
                              {name}
                              <span class="sr-only"> (fix)</span>
                            </a>
                          </th>
                          <td>{channelName[f.channel]}</td>
                          <td>{f.address ?? 'no address now'}</td>
                          <td>
                            {f.status === 'undelivered' ? 'Not delivered' : 'Failed'}
                            {f.reason && `: ${f.reason}`}
                            {f.code && <span class="muted small"> (code {f.code})</span>}
                          </td>
                          <td class="num">{f.attempts}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              <p role="status" class="small muted">
                {next ? `The first ${rows.length} people.` : `${rows.length} in all.`}
              </p>
              {error && <Failed error={error} />}
              {next && (
                <div class="actions">
                  <button type="button" onClick={() => void loadMore()} disabled={busy}>
                    {busy ? 'Loading…' : `Show ${pageSize} more`}
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
