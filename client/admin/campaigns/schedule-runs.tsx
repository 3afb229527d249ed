// The quarters a schedule will launch, and how past quarters went (launched, or why not).
import type { QuarterlySchedule, ScheduleRun } from '../../../server/campaigns/contract.ts';

export function UpcomingQuarters({ schedule }: { schedule: QuarterlySchedule }) {
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label={`Next launches of ${schedule.name}`}>
      <table>
        <caption>Next launches</caption>
        <thead>
          <tr>
            <th scope="col">Quarter</th>
            <th scope="col">Campaign</th>
            <th scope="col">Staff told on</th>
            <th scope="col">Opens</th>
            <th scope="col">Closes</th>
          </tr>
        </thead>
        <tbody>
          {schedule.upcoming.map((q) => (
            <tr>
              <td>{q.period}</td>
              <td>{q.campaignName}</td>
              <td>{q.noticeOn ?? 'no notice'}</td>
              <td>{q.opensOn}</td>
              <td>{q.closesOn}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const stateText: Record<ScheduleRun['state'], string> = {
  noticed: 'staff told; not launched yet',
  launching: 'launching',
  launched: 'launched',
  failed: 'not launched',
};

export function ScheduleRuns({ runs }: { runs: ScheduleRun[] }) {
  if (runs.length === 0) return <p>No quarter has run yet.</p>;
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label="Past quarters">
      <table>
        <caption>Past quarters</caption>
        <thead>
          <tr>
            <th scope="col">Quarter</th>
            <th scope="col">State</th>
            <th scope="col">Notice</th>
            <th scope="col">Invited</th>
            <th scope="col">Campaign</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => (
            <tr>
              <td>{r.period}</td>
              <td>
                {stateText[r.state]}
                {r.failure && <p class={r.state === 'failed' ? 'error' : 'hint'}>{r.failure}</p>}
              </td>
              <td>
                {r.noticeSentAt
                  ? `sent ${r.noticeSentAt.slice(0, 10)} to ${r.noticeRecipients} ${r.noticeRecipients === 1 ? 'person' : 'people'}`
                  : 'none'}
              </td>
              <td>{r.invited ?? '—'}</td>
              <td>{r.campaignId ? <a href={`/admin/campaigns/${r.campaignId}`}>Open campaign</a> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
