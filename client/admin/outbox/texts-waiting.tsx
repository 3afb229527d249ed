// Texts held for the partnership's texting hours, said plainly with when they go, on the campaign's
// progress panel and the outbox screen: a queue that does not move at 21:00 is waiting, not stuck.
import type { TextsWaiting } from '../../../server/distribution/contract.ts';
import type { WordsOf } from '../../shared/i18n/areas.ts';
import { useWords } from '../i18n/use-locale.ts';

/** '08:00' as people read it: 8:00. */
const readable = (hhmm: string) => hhmm.replace(/^0(\d)/, '$1');

/** "42 texts wait for texting hours (8:00–20:00 America/Chicago); they go at 8:00 tomorrow." */
export function textsWaitingSentence(words: WordsOf<'outbox'>, t: TextsWaiting): string {
  const { start, end, timeZone } = t.hours;
  return words('textsWaiting', {
    count: t.count,
    start: readable(start),
    end: readable(end),
    timeZone,
    time: t.localTime,
    day: t.day,
  });
}

/** One line per campaign whose texts wait; with `named`, each line starts with the campaign's name. */
export function TextsWaitingNotice({ waiting, named = false }: { waiting: TextsWaiting[]; named?: boolean }) {
  const words = useWords('outbox');
  if (waiting.length === 0) return null;
  return (
    <div class="scope-note texts-waiting" role="note">
      {waiting.map((t) => (
        <p data-campaign={t.campaignId}>
          {named && <strong>{t.campaignName}: </strong>}
          {textsWaitingSentence(words, t)}
        </p>
      ))}
    </div>
  );
}
