// The current quarter at a glance: open campaigns and their response rates, the latest review's
// headline measures with their change, goals met and not met, and open action items.
import { pct } from '../campaigns/format.ts';
import { Change, isPercent, Value } from '../reviews/figures.tsx';
import { useSession } from '../use-session.ts';
import { Empty, Loaded } from '../ui/status.tsx';
import { LoadDemo } from './load-demo.tsx';
import { LatestReview } from './latest-review.tsx';
import { ScopedOverview } from './scoped-overview.tsx';
import { useOverview } from './use-overview.ts';

// The partnership's own staff also see the response rate among the headline measures.
const headline = /^(index|nps|share)\.|^response_rate$/;

export default function OverviewScreen() {
  const { current, user } = useSession();
  if (!current)
    return (
      <>
        <h1 tabIndex={-1}>Overview</h1>
        <Empty>
          <p>There is no partnership yet.</p>
          {user.role === 'admin' ? (
            <>
              <a class="button-link" href="/admin/partnerships/new">
                Start a partnership
              </a>
              <LoadDemo />
            </>
          ) : (
            <p>Ask an administrator to add you to one.</p>
          )}
        </Empty>
      </>
    );
  if (current.scope)
    return (
      <ScopedOverview
        partnershipId={current.id}
        name={current.name}
        organizationName={current.scope.organizationName}
      />
    );
  return <Overview partnershipId={current.id} name={current.name} />;
}

function Overview({ partnershipId, name }: { partnershipId: string; name: string }) {
  const state = useOverview(partnershipId);
  return (
    <>
      <h1 tabIndex={-1}>{name}</h1>
      <Loaded state={state} what="the overview">
        {({ open, review }) => (
          <div class="grid">
            <section class="card" aria-labelledby="open-h">
              <h2 id="open-h">Open campaigns</h2>
              {open.length === 0 ? (
                <p>
                  None open. <a href="/admin/campaigns/new">Start a campaign</a>.
                </p>
              ) : (
                <ul>
                  {open.map(({ campaign, progress }) => (
                    <li>
                      <a href={`/admin/campaigns/${campaign.id}`}>{campaign.name}</a>: {progress.completed} of{' '}
                      {progress.invited} answered ({pct(progress.responseRate)})
                    </li>
                  ))}
                </ul>
              )}
            </section>
            {!review ? (
              <section class="card">
                <h2>Latest review</h2>
                <p>No review yet: one appears once a campaign exists for a quarter.</p>
              </section>
            ) : (
              <>
                <LatestReview
                  review={review}
                  figures={(t) => (
                    <ul>
                      {Object.keys(t.overall.measures)
                        .filter((m) => headline.test(m))
                        .map((m) => (
                          <li>
                            {t.measureLabels[m] ?? m}:{' '}
                            <Value
                              stat={t.overall.measures[m]}
                              k={review.suppression.minGroupSize}
                              percent={isPercent(m)}
                            />{' '}
                            <Change change={t.overall.measures[m]?.previous} />
                          </li>
                        ))}
                    </ul>
                  )}
                />
                <section class="card" aria-labelledby="goals-o-h">
                  <h2 id="goals-o-h">Goals</h2>
                  {review.goals.length === 0 ? (
                    <p>No goals set.</p>
                  ) : (
                    <p>
                      {review.goals.filter((g) => g.status === 'met').length} met,{' '}
                      {review.goals.filter((g) => g.status === 'not_met').length} not met,{' '}
                      {review.goals.filter((g) => g.status === 'not_enough_responses').length} without enough
                      responses.
                    </p>
                  )}
                  <h2>Open action items</h2>
                  {(() => {
                    const open = review.actions.filter(
                      (a) => a.status === 'open' || a.status === 'in_progress',
                    );
                    return open.length === 0 ? (
                      <p>None open.</p>
                    ) : (
                      <ul>
                        {open.map((a) => (
                          <li>
                            {a.action}{' '}
                            <span class="muted">
                              ({a.owner || 'no owner'}
                              {a.dueOn ? `, due ${a.dueOn}` : ''})
                            </span>
                          </li>
                        ))}
                      </ul>
                    );
                  })()}
                </section>
              </>
            )}
          </div>
        )}
      </Loaded>
    </>
  );
}
