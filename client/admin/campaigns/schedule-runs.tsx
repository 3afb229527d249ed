// The quarters a schedule will launch, and how past quarters went (launched, or why not).
import type { QuarterlySchedule, ScheduleRun } from '../../../server/campaigns/contract.ts';
import { useWords } from '../i18n/use-locale.ts';
import { campaignFormats } from './format.ts';

export function UpcomingQuarters({ schedule }: { schedule: QuarterlySchedule }) {
  const t = useWords('campaigns');
  const day = campaignFormats(t.locale).day;
  return (
    <div
      class="table-wrap"
      tabIndex={0}
      role="region"
      aria-label={t('nextLaunchesOf', { name: schedule.name })}
    >
      <table>
        <caption>{t('nextLaunches')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('quarter')}</th>
            <th scope="col">{t('campaign')}</th>
            <th scope="col">{t('staffToldOn')}</th>
            <th scope="col">{t('opens')}</th>
            <th scope="col">{t('closes')}</th>
          </tr>
        </thead>
        <tbody>
          {schedule.upcoming.map((q) => (
            <tr>
              <td>{q.period}</td>
              <td>{q.campaignName}</td>
              <td>{q.noticeOn ? day(q.noticeOn) : t('noNotice')}</td>
              <td>{day(q.opensOn)}</td>
              <td>{day(q.closesOn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ScheduleRuns({ runs }: { runs: ScheduleRun[] }) {
  const t = useWords('campaigns');
  const f = campaignFormats(t.locale);
  if (runs.length === 0) return <p>{t('noRuns')}</p>;
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={t('pastQuarters')}>
      <table>
        <caption>{t('pastQuarters')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('quarter')}</th>
            <th scope="col">{t('state')}</th>
            <th scope="col">{t('notice')}</th>
            <th scope="col">{t('invitedColumn')}</th>
            <th scope="col">{t('campaign')}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => (
            <tr>
              <td>{r.period}</td>
              <td>
                {t('runState', { state: r.state })}
                {r.failure && <p class={r.state === 'failed' ? 'error' : 'hint'}>{r.failure}</p>}
              </td>
              <td>
                {r.noticeSentAt
                  ? t('noticeSent', { day: f.day(r.noticeSentAt), n: r.noticeRecipients ?? 0 })
                  : t('none')}
              </td>
              <td>{r.invited === null ? '—' : f.number(r.invited)}</td>
              <td>
                {r.campaignId ? <a href={`/admin/campaigns/${r.campaignId}`}>{t('openCampaign')}</a> : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
