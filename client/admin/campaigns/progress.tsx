// Progress by channel and status, as a table a screen reader can walk.
import { outboxStatuses, type CampaignProgress } from '../../../server/distribution/contract.ts';
import { TextsWaitingNotice } from '../outbox/texts-waiting.tsx';
import { pct } from './format.ts';

const label = (s: string) => s.replace('_', ' ');

export function Progress({ progress }: { progress: CampaignProgress }) {
  const rows = [
    { name: 'Text (SMS)', c: progress.channels.sms },
    { name: 'Email', c: progress.channels.email },
  ];
  return (
    <section class="card" aria-labelledby="progress-h">
      <h2 id="progress-h">Progress</h2>
      <div class="grid">
        <div>
          <p class="stat">{progress.invited}</p>
          <p>invited</p>
        </div>
        <div>
          <p class="stat">{progress.completed}</p>
          <p>answered</p>
        </div>
        <div>
          <p class="stat">{pct(progress.responseRate)}</p>
          <p>response rate</p>
        </div>
      </div>
      {progress.textsWaiting && <TextsWaitingNotice waiting={[progress.textsWaiting]} />}
      {/* Focusable, so a keyboard can scroll the table when it is wider than the screen. */}
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Invitations by channel and status">
        <table>
          <caption class="sr-only">Invitations by channel and status</caption>
          <thead>
            <tr>
              <th scope="col">Channel</th>
              <th scope="col" class="num">
                Invited
              </th>
              {outboxStatuses.map((s) => (
                <th scope="col" class="num">
                  {label(s)}
                </th>
              ))}
              <th scope="col" class="num">
                Answered
              </th>
              <th scope="col" class="num">
                Rate
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ name, c }) => (
              <tr>
                <th scope="row">{name}</th>
                <td class="num">{c.invited}</td>
                {outboxStatuses.map((s) => (
                  <td class="num">{c[s]}</td>
                ))}
                <td class="num">{c.completed}</td>
                <td class="num">{pct(c.responseRate)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">Printed link only</th>
              <td class="num">{progress.channels.none.invited}</td>
              {outboxStatuses.map(() => (
                <td class="num">–</td>
              ))}
              <td class="num">{progress.channels.none.completed}</td>
              <td class="num">–</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p class="small muted">
        Reminders:{' '}
        {outboxStatuses
          .filter((s) => progress.reminders[s] > 0)
          .map((s) => `${progress.reminders[s]} ${label(s)}`)
          .join(', ') || 'none yet'}
        .
      </p>
    </section>
  );
}
