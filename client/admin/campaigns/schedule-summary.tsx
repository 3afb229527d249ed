// On the campaigns screen: the next scheduled launch and when staff are told, with a way to the
// schedules; a failed quarter is named, so it is not missed.
import { read, server } from '../api.ts';
import { useApi } from '../use-api.ts';

export function ScheduleSummary({ partnershipId }: { partnershipId: string }) {
  const state = useApi(partnershipId, (id) =>
    read(server.api.partnerships[':id'].schedules.$get({ param: { id } })),
  );
  const schedules = state.data?.schedules ?? [];
  const next = schedules
    .flatMap((s) => s.upcoming.slice(0, 1))
    .sort((a, b) => a.opensOn.localeCompare(b.opensOn))[0];
  const failed = schedules.flatMap((s) => s.runs.filter((r) => r.state === 'failed').slice(0, 1));
  return (
    <section class="schedule-summary" aria-label="Repeat every quarter">
      <p>
        {next ? (
          <>
            Next scheduled launch: <strong>{next.campaignName}</strong> opens on {next.opensOn}
            {next.noticeOn ? `; staff are emailed on ${next.noticeOn}` : ''}.{' '}
          </>
        ) : (
          'No campaign repeats every quarter. '
        )}
        <a href="/admin/campaigns/schedule">Repeat every quarter</a>
      </p>
      {failed.map((r) => (
        <p class="error">
          {r.period} was not launched: {r.failure}
        </p>
      ))}
    </section>
  );
}
