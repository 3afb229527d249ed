// Before launch: what the campaign's texts will cost in each language. A Vietnamese, Chinese or Arabic
// text is UCS-2, 70 characters a segment, so it takes two where an English one takes one; staff see
// that per language, and the most it can come to, before they launch (server/distribution/sms-estimate.ts).
import type { SmsEstimate, SmsEstimateLanguage } from '../../../server/distribution/contract.ts';
import { read, server } from '../api.ts';
import { useFormats } from '../i18n/use-formats.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useApi } from '../use-api.ts';
import { Empty, Loaded } from '../ui/status.tsx';
import { campaignFormats } from './format.ts';

const estimateApi = server.api.campaigns[':id']['sms-estimate'];

const perSegment = { 'GSM-7': 160, 'UCS-2': 70 };

/** The texts a launch of this campaign would send, by language. Remount (or change `key`) to count again after an edit. */
export function SmsEstimatePanel({ campaignId }: { campaignId: string }) {
  const t = useWords('campaigns');
  const state = useApi(`${campaignId}/sms-estimate`, () =>
    read(estimateApi.$get({ param: { id: encodeURIComponent(campaignId) } })),
  );
  return (
    <section class="card" aria-labelledby="sms-estimate-h">
      <h2 id="sms-estimate-h">{t('textsByLanguage')}</h2>
      <Loaded state={state} what={t('theEstimate')}>
        {(estimate) => <EstimateTable estimate={estimate} />}
      </Loaded>
    </section>
  );
}

function EstimateTable({ estimate }: { estimate: SmsEstimate }) {
  const t = useWords('campaigns');
  const f = useFormats();
  const language = campaignFormats(t.locale).language;
  const n = (value: number | null) => (value === null ? t('doesNotFit') : f.number(value));
  if (estimate.languages.length === 0) return <Empty>{t('noTexts')}</Empty>;
  const reminders = t('reminderWords', { n: estimate.reminders });
  const ucs2 = estimate.languages.filter((l) => l.encoding === 'UCS-2').map((l) => language(l.lang));
  return (
    <>
      <p class="muted">
        {ucs2.length > 0
          ? t('segmentsUcs2', { languages: f.list(ucs2), reminders })
          : t('segmentsGsm', { reminders })}
      </p>
      {estimate.languages.some((l) => l.segments === null) && (
        <p class="failed" role="alert">
          {t('publicUrlTooLong')}
        </p>
      )}
      {/* Focusable, so a keyboard can scroll the table when it is wider than the screen. */}
      <div class="table-wrap" tabIndex={0} role="region" aria-label={t('textsByLanguage')}>
        <table>
          <caption class="sr-only">{t('textsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('language')}</th>
              <th scope="col">{t('encoding')}</th>
              <th scope="col" class="num">
                {t('perInvitation')}
              </th>
              <th scope="col" class="num">
                {t('perReminder')}
              </th>
              <th scope="col" class="num">
                {t('people')}
              </th>
              <th scope="col" class="num">
                {t('estimated')}
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
                  {l.encoding}{' '}
                  <span class="muted small">{t('characters', { n: perSegment[l.encoding] })}</span>
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
                {t('allLanguages')}
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

/**
 * The language's own name, marked as that language (a screen reader reads 简体中文 in Chinese), and
 * its name in the staff member's words where that differs.
 */
function LanguageName({ language }: { language: SmsEstimateLanguage }) {
  const t = useWords('campaigns');
  const named = campaignFormats(t.locale).language(language.lang);
  const same = named.localeCompare(language.name, undefined, { sensitivity: 'base' }) === 0;
  return (
    <>
      <span lang={language.lang} dir="auto">
        {language.name}
      </span>
      {!same && <span class="muted small"> ({named})</span>}
    </>
  );
}
