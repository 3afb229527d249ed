// Progress by channel and status, as a table a screen reader can walk.
import { outboxStatuses, type CampaignProgress } from '../../../server/distribution/contract.ts';
import { useWords } from '../i18n/use-locale.ts';
import { TextsWaitingNotice } from '../outbox/texts-waiting.tsx';
import { campaignFormats } from './format.ts';

export function Progress({ progress }: { progress: CampaignProgress }) {
  const t = useWords('campaigns');
  const f = campaignFormats(t.locale);
  const label = (status: string) => t('status', { status });
  const rows = [
    { name: t('textSms'), c: progress.channels.sms },
    { name: t('email'), c: progress.channels.email },
  ];
  return (
    <section class="card" aria-labelledby="progress-h">
      <h2 id="progress-h">{t('progress')}</h2>
      <div class="grid">
        <div>
          <p class="stat">{f.number(progress.invited)}</p>
          <p>{t('invited')}</p>
        </div>
        <div>
          <p class="stat">{f.number(progress.completed)}</p>
          <p>{t('answered')}</p>
        </div>
        <div>
          <p class="stat">{f.rate(progress.responseRate)}</p>
          <p>{t('rateWords')}</p>
        </div>
      </div>
      {progress.textsWaiting && <TextsWaitingNotice waiting={[progress.textsWaiting]} />}
      {/* Focusable, so a keyboard can scroll the table when it is wider than the screen. */}
      <div class="table-wrap" tabIndex={0} role="region" aria-label={t('byChannel')}>
        <table>
          <caption class="sr-only">{t('byChannel')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('channel')}</th>
              <th scope="col" class="num">
                {t('invitedColumn')}
              </th>
              {outboxStatuses.map((s) => (
                <th scope="col" class="num">
                  {label(s)}
                </th>
              ))}
              <th scope="col" class="num">
                {t('answeredColumn')}
              </th>
              <th scope="col" class="num">
                {t('rate')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ name, c }) => (
              <tr>
                <th scope="row">{name}</th>
                <td class="num">{f.number(c.invited)}</td>
                {outboxStatuses.map((s) => (
                  <td class="num">{f.number(c[s])}</td>
                ))}
                <td class="num">{f.number(c.completed)}</td>
                <td class="num">{f.rate(c.responseRate)}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('printedOnly')}</th>
              <td class="num">{f.number(progress.channels.none.invited)}</td>
              {outboxStatuses.map(() => (
                <td class="num">–</td>
              ))}
              <td class="num">{f.number(progress.channels.none.completed)}</td>
              <td class="num">–</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p class="small muted">
        {t('reminders', {
          list:
            outboxStatuses
              .filter((s) => progress.reminders[s] > 0)
              .map((s) => t('reminderCount', { n: f.number(progress.reminders[s]), status: label(s) }))
              .join(', ') || t('noRemindersYet'),
        })}
      </p>
    </section>
  );
}
