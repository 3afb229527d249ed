// On the campaigns screen: the next scheduled launch and when staff are told, with a way to the
// schedules; a failed quarter is named, so it is not missed.
import type { ComponentChildren } from 'preact';
import { read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useApi } from '../use-api.ts';
import { campaignFormats } from './format.ts';

export function ScheduleSummary({ partnershipId }: { partnershipId: string }) {
  const t = useWords('campaigns');
  const day = campaignFormats(t.locale).day;
  const b = (chunks: ComponentChildren[]) => <strong>{chunks}</strong>;
  const state = useApi(partnershipId, (id) =>
    read(server.api.partnerships[':id'].schedules.$get({ param: { id } })),
  );
  const schedules = state.data?.schedules ?? [];
  const next = schedules
    .flatMap((s) => s.upcoming.slice(0, 1))
    .sort((a, b) => a.opensOn.localeCompare(b.opensOn))[0];
  const failed = schedules.flatMap((s) => s.runs.filter((r) => r.state === 'failed').slice(0, 1));
  return (
    <section class="schedule-summary" aria-label={t('repeat')}>
      <p>
        {next
          ? next.noticeOn
            ? t.rich('nextLaunchNotice', {
                b,
                name: next.campaignName,
                day: day(next.opensOn),
                notice: day(next.noticeOn),
              })
            : t.rich('nextLaunch', { b, name: next.campaignName, day: day(next.opensOn) })
          : t('noRepeats')}{' '}
        <a href="/admin/campaigns/schedule">{t('repeat')}</a>
      </p>
      {failed.map((r) => (
        <p class="error">{t('notLaunched', { period: r.period, failure: r.failure ?? '' })}</p>
      ))}
    </section>
  );
}
