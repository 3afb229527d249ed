// The current quarter at a glance: open campaigns and their response rates, the latest review's
// headline measures with their change, goals met and not met, and open action items.
import { Change, isPercent, Value } from '../reviews/figures.tsx';
import { useWords } from '../i18n/use-locale.ts';
import { useFormats } from '../i18n/use-formats.ts';
import { useSession } from '../use-session.ts';
import { Empty, Loaded } from '../ui/status.tsx';
import { BackupPanel } from './backup-panel.tsx';
import { LoadDemo } from './load-demo.tsx';
import { LatestReview } from './latest-review.tsx';
import { ScopedOverview } from './scoped-overview.tsx';
import { useOverview } from './use-overview.ts';

// The partnership's own staff also see the response rate among the headline measures.
const headline = /^(index|nps|share)\.|^response_rate$/;

export default function OverviewScreen() {
  const { current, user } = useSession();
  const t = useWords('overview');
  if (!current)
    return (
      <>
        <h1 tabIndex={-1}>{t('overview')}</h1>
        <Empty>
          <p>{t('noPartnership')}</p>
          {user.role === 'admin' ? (
            <>
              <a class="button-link" href="/admin/partnerships/new">
                {t('startPartnership')}
              </a>
              <LoadDemo />
            </>
          ) : (
            <p>{t('askAdmin')}</p>
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
  const { user } = useSession();
  const t = useWords('overview');
  const f = useFormats();
  return (
    <>
      <h1 tabIndex={-1}>{name}</h1>
      <Loaded state={state} what={t('theOverview')}>
        {({ open, review }) => (
          <div class="grid">
            <section class="card" aria-labelledby="open-h">
              <h2 id="open-h">{t('openCampaigns')}</h2>
              {open.length === 0 ? (
                <p>{t.rich('noneOpen', { link: (text) => <a href="/admin/campaigns/new">{text}</a> })}</p>
              ) : (
                <ul>
                  {open.map(({ campaign, progress }) => (
                    <li>
                      <a href={`/admin/campaigns/${campaign.id}`}>{campaign.name}</a>
                      {t('progress', {
                        completed: f.number(progress.completed),
                        invited: f.number(progress.invited),
                        rate: progress.responseRate === null ? '–' : f.percent(progress.responseRate * 100),
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            {!review ? (
              <section class="card">
                <h2>{t('latestReview')}</h2>
                <p>{t('noReviewYet')}</p>
              </section>
            ) : (
              <>
                <LatestReview
                  review={review}
                  figures={(tpl) => (
                    <ul>
                      {Object.keys(tpl.overall.measures)
                        .filter((m) => headline.test(m))
                        .map((m) => (
                          <li>
                            {tpl.measureLabels[m] ?? m}:{' '}
                            <Value
                              stat={tpl.overall.measures[m]}
                              k={review.suppression.minGroupSize}
                              percent={isPercent(m)}
                            />{' '}
                            <Change change={tpl.overall.measures[m]?.previous} />
                          </li>
                        ))}
                    </ul>
                  )}
                />
                <section class="card" aria-labelledby="goals-o-h">
                  <h2 id="goals-o-h">{t('goals')}</h2>
                  {review.goals.length === 0 ? (
                    <p>{t('noGoals')}</p>
                  ) : (
                    <p>
                      {t('goalCounts', {
                        met: review.goals.filter((g) => g.status === 'met').length,
                        notMet: review.goals.filter((g) => g.status === 'not_met').length,
                        notEnough: review.goals.filter((g) => g.status === 'not_enough_responses').length,
                      })}
                    </p>
                  )}
                  <h2>{t('openActions')}</h2>
                  {(() => {
                    const open = review.actions.filter(
                      (a) => a.status === 'open' || a.status === 'in_progress',
                    );
                    return open.length === 0 ? (
                      <p>{t('noneOpenActions')}</p>
                    ) : (
                      <ul>
                        {open.map((a) => (
                          <li>
                            {a.action}{' '}
                            <span class="muted">
                              {t('actionWho', {
                                owner: a.owner || t('noOwner'),
                                due: a.dueOn ? f.day(a.dueOn) : 'none',
                              })}
                            </span>
                          </li>
                        ))}
                      </ul>
                    );
                  })()}
                </section>
              </>
            )}
            {user.role === 'admin' && <BackupPanel />}
          </div>
        )}
      </Loaded>
    </>
  );
}
