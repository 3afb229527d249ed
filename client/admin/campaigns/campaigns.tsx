// The partnership's campaigns, newest first, with their state and response rate (answers to personal
// invitations over those invitations; poster answers are nobody's invitation, so they stand apart).
import { read, server } from '../api.ts';
import { useApi } from '../use-api.ts';
import { canWrite, useSession } from '../use-session.ts';
import { Empty, Loaded } from '../ui/status.tsx';
import { ScheduleSummary } from './schedule-summary.tsx';
import type { CampaignState } from '../../../server/campaigns/contract.ts';
import { pct } from './format.ts';

const stateNames: Record<CampaignState, string> = {
  draft: 'draft (not launched)',
  scheduled: 'scheduled',
  open: 'open',
  closed: 'closed',
};

export default function Campaigns() {
  const { current, user } = useSession();
  const list = useApi(current?.id ?? null, (id) =>
    read(server.api.partnerships[':id'].campaigns.$get({ param: { id } })),
  );
  return (
    <>
      <h1 tabIndex={-1}>Campaigns</h1>
      {!current ? (
        <Empty>Start a partnership first (Partnership, above).</Empty>
      ) : (
        <>
          {canWrite(user) && (
            <div class="actions">
              <a class="button-link" href="/admin/campaigns/new">
                New campaign
              </a>
            </div>
          )}
          <ScheduleSummary partnershipId={current.id} />
          <Loaded state={list} what="campaigns">
            {({ campaigns }) =>
              campaigns.length === 0 ? (
                <Empty>No campaigns yet. A campaign sends one survey to an audience for one period.</Empty>
              ) : (
                <div class="table-wrap" tabIndex={0} role="region" aria-label="Campaigns">
                  <table>
                    <caption class="sr-only">Campaigns</caption>
                    <thead>
                      <tr>
                        <th scope="col">Name</th>
                        <th scope="col">Survey</th>
                        <th scope="col">Period</th>
                        <th scope="col">Dates</th>
                        <th scope="col">State</th>
                        <th scope="col">Response rate</th>
                        <th scope="col">Poster answers</th>
                      </tr>
                    </thead>
                    <tbody>
                      {campaigns.map((c) => (
                        <tr>
                          <td>
                            <a href={`/admin/campaigns/${c.id}`}>{c.name}</a>
                          </td>
                          <td>{c.templateId}</td>
                          <td>{c.period}</td>
                          <td>
                            {c.opensOn} to {c.closesOn}
                          </td>
                          <td>{stateNames[c.state]}</td>
                          <td>
                            {c.responseRate === null ? (
                              '–'
                            ) : (
                              <>
                                {pct(c.responseRate)}{' '}
                                <span class="hint">
                                  ({c.completed} of {c.invited} invited)
                                </span>
                              </>
                            )}
                          </td>
                          <td>{c.posterAnswers ?? `fewer than ${current.minGroupSize}`}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )
            }
          </Loaded>
        </>
      )}
    </>
  );
}
