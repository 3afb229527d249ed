// The partnership's campaigns, newest first, with their state and response rate (answers to personal
// invitations over those invitations; poster answers are nobody's invitation, so they stand apart).
import { read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useApi } from '../use-api.ts';
import { canWrite, useSession } from '../use-session.ts';
import { Empty, Loaded } from '../ui/status.tsx';
import { ScheduleSummary } from './schedule-summary.tsx';
import { campaignFormats } from './format.ts';

export default function Campaigns() {
  const { current, user } = useSession();
  const t = useWords('campaigns');
  const c = campaignFormats(t.locale);
  const list = useApi(current?.id ?? null, (id) =>
    read(server.api.partnerships[':id'].campaigns.$get({ param: { id } })),
  );
  return (
    <>
      <h1 tabIndex={-1}>{t('campaigns')}</h1>
      {!current ? (
        <Empty>{t('startPartnership')}</Empty>
      ) : (
        <>
          {canWrite(user) && (
            <div class="actions">
              <a class="button-link" href="/admin/campaigns/new">
                {t('newCampaign')}
              </a>
            </div>
          )}
          <ScheduleSummary partnershipId={current.id} />
          <Loaded state={list} what={t('theCampaigns')}>
            {({ campaigns }) =>
              campaigns.length === 0 ? (
                <Empty>{t('noCampaigns')}</Empty>
              ) : (
                <div class="table-wrap" tabIndex={0} role="region" aria-label={t('campaigns')}>
                  <table>
                    <caption class="sr-only">{t('campaigns')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('name')}</th>
                        <th scope="col">{t('survey')}</th>
                        <th scope="col">{t('period')}</th>
                        <th scope="col">{t('dates')}</th>
                        <th scope="col">{t('state')}</th>
                        <th scope="col">{t('responseRate')}</th>
                        <th scope="col">{t('posterAnswers')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {campaigns.map((x) => (
                        <tr>
                          <td>
                            <a href={`/admin/campaigns/${x.id}`}>{x.name}</a>
                          </td>
                          <td>{x.templateId}</td>
                          <td>{x.period}</td>
                          <td>{t('fromTo', { opens: c.day(x.opensOn), closes: c.day(x.closesOn) })}</td>
                          <td>{t('listState', { state: x.state })}</td>
                          <td>
                            {x.responseRate === null ? (
                              '–'
                            ) : (
                              <>
                                {c.rate(x.responseRate)}{' '}
                                <span class="hint">
                                  {t('ofInvited', {
                                    completed: c.number(x.completed),
                                    invited: c.number(x.invited),
                                  })}
                                </span>
                              </>
                            )}
                          </td>
                          <td>
                            {x.posterAnswers === null
                              ? t('fewerThan', { min: current.minGroupSize })
                              : c.number(x.posterAnswers)}
                          </td>
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
