// Texts held for the partnership's texting hours, said plainly with when they go, on the campaign's
// progress panel and the outbox screen: a queue that does not move at 21:00 is waiting, not stuck.
import type { TextsWaiting } from '../../../server/distribution/contract.ts';

/** '08:00' as people read it: 8:00. */
const readable = (hhmm: string) => hhmm.replace(/^0(\d)/, '$1');

/** "42 texts wait for texting hours (8:00–20:00 America/Chicago); they go at 8:00 tomorrow." */
export function textsWaitingSentence(t: TextsWaiting): string {
  const { start, end, timeZone } = t.hours;
  const one = t.count === 1;
  return (
    `${t.count} ${one ? 'text waits' : 'texts wait'} for texting hours ` +
    `(${readable(start)}–${readable(end)} ${timeZone}); ${one ? 'it goes' : 'they go'} at ${t.localTime} ${t.day}.`
  );
}

/** One line per campaign whose texts wait; with `named`, each line starts with the campaign's name. */
export function TextsWaitingNotice({ waiting, named = false }: { waiting: TextsWaiting[]; named?: boolean }) {
  if (waiting.length === 0) return null;
  return (
    <div class="scope-note texts-waiting" role="note">
      {waiting.map((t) => (
        <p data-campaign={t.campaignId}>
          {named && <strong>{t.campaignName}: </strong>}
          {textsWaitingSentence(t)}
        </p>
      ))}
    </div>
  );
}
