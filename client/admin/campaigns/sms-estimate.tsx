// Before launch: what the campaign's texts will cost in each language. A Vietnamese, Chinese or Arabic
// text is UCS-2, 70 characters a segment, so it takes two where an English one takes one; staff see
// that per language, and the most it can come to, before they launch (server/distribution/sms-estimate.ts).
import type { SmsEstimate, SmsEstimateLanguage } from '../../../server/distribution/contract.ts';
import { read, server } from '../api.ts';
import { useFormats } from '../i18n/use-formats.ts';
import { useApi } from '../use-api.ts';
import { Empty, Loaded } from '../ui/status.tsx';

const estimateApi = server.api.campaigns[':id']['sms-estimate'];

const perSegment = { 'GSM-7': 160, 'UCS-2': 70 };

/** The texts a launch of this campaign would send, by language. Remount (or change `key`) to count again after an edit. */
export function SmsEstimatePanel({ campaignId }: { campaignId: string }) {
  const state = useApi(`${campaignId}/sms-estimate`, () =>
    read(estimateApi.$get({ param: { id: encodeURIComponent(campaignId) } })),
  );
  return (
    <section class="card" aria-labelledby="sms-estimate-h">
      <h2 id="sms-estimate-h">Texts by language</h2>
      <Loaded state={state} what="the estimate of texts">
        {(estimate) => <EstimateTable estimate={estimate} />}
      </Loaded>
    </section>
  );
}

function EstimateTable({ estimate }: { estimate: SmsEstimate }) {
  const f = useFormats();
  const n = (value: number | null) => (value === null ? 'does not fit' : f.number(value));
  if (estimate.languages.length === 0) return <Empty>No one in this audience would get a text.</Empty>;
  const reminders =
    estimate.reminders === 0
      ? 'no reminder'
      : estimate.reminders === 1
        ? 'one reminder'
        : `${f.number(estimate.reminders)} reminders`;
  const ucs2 = estimate.languages.filter((l) => l.encoding === 'UCS-2').map((l) => l.english);
  return (
    <>
      <p class="muted">
        Carriers bill each segment. A text in GSM-7 fits 160 characters in one
        {ucs2.length > 0 &&
          `; ${f.list(ucs2)} need UCS-2, 70 characters a segment, so their texts take up to two`}
        . Each person texted gets the invitation and {reminders}: the estimate counts them all, as if nobody
        answered first.
      </p>
      {estimate.languages.some((l) => l.segments === null) && (
        <p class="failed" role="alert">
          A text does not fit even without names: the server’s PUBLIC_URL is too long for SMS.
        </p>
      )}
      {/* Focusable, so a keyboard can scroll the table when it is wider than the screen. */}
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Texts by language">
        <table>
          <caption class="sr-only">Texts by language, were the campaign launched now</caption>
          <thead>
            <tr>
              <th scope="col">Language</th>
              <th scope="col">Encoding</th>
              <th scope="col" class="num">
                Segments per invitation
              </th>
              <th scope="col" class="num">
                Segments per reminder
              </th>
              <th scope="col" class="num">
                People
              </th>
              <th scope="col" class="num">
                Estimated segments
              </th>
            </tr>
          </thead>
          <tbody>
            {estimate.languages.map((l) => (
              <tr key={l.lang}>
                <th scope="row">
                  <LanguageName language={l} />
                </th>
                <td>
                  {l.encoding} <span class="muted small">({perSegment[l.encoding]} characters)</span>
                </td>
                <td class="num">{n(l.invitationSegments)}</td>
                <td class="num">{estimate.reminders === 0 ? '–' : n(l.reminderSegments)}</td>
                <td class="num">{f.number(l.people)}</td>
                <td class="num">{n(l.segments)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                All languages
              </th>
              <td class="num">{f.number(estimate.people)}</td>
              <td class="num">{n(estimate.segments)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

/** The language's own name, marked as that language (a screen reader reads 简体中文 in Chinese), and its English name. */
function LanguageName({ language }: { language: SmsEstimateLanguage }) {
  return (
    <>
      <span lang={language.lang} dir="auto">
        {language.name}
      </span>
      {language.english !== language.name && <span class="muted small"> ({language.english})</span>}
    </>
  );
}
