// Before launch: the languages the invitations will go in. For each, how many people get it, how
// many speak it, and who speaks a language the survey lacks and gets the fallback instead (named).
// A language no native speaker has reviewed is flagged, and staff can record that someone has
// (server/campaigns/language-plan.ts, server/partnerships/language-routes.ts).
import type { ComponentChildren } from 'preact';
import type { CampaignLanguages, SendingLanguage } from '../../../server/campaigns/contract.ts';
import type { WordsOf } from '../../shared/i18n/areas.ts';
import { read, server } from '../api.ts';
import { useFormats } from '../i18n/use-formats.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useApi } from '../use-api.ts';
import { Empty, Loaded } from '../ui/status.tsx';
import { campaignFormats } from './format.ts';
import { MarkReviewed } from './mark-reviewed.tsx';

interface Props {
  campaignId: string;
  partnershipId: string;
  templateId: string;
  /** Admins and analysts may record a review; viewers read. */
  writable: boolean;
}

export function LanguagesPanel(props: Props) {
  const t = useWords('campaigns');
  const state = useApi(`${props.campaignId}/languages`, () =>
    read(server.api.campaigns[':id'].languages.$get({ param: { id: props.campaignId } })),
  );
  return (
    <section class="card" aria-labelledby="languages-h">
      <h2 id="languages-h">{t('languages')}</h2>
      <Loaded state={state} what={t('theLanguages')}>
        {(plan) => <Plan plan={plan} {...props} onReviewed={state.reload} />}
      </Loaded>
    </section>
  );
}

function Plan(props: Props & { plan: CampaignLanguages; onReviewed: () => void }) {
  const { plan } = props;
  const t = useWords('campaigns');
  const f = useFormats();
  const c = campaignFormats(t.locale);
  // Within a sentence, and standing alone in a cell: "español" / "Español".
  const name = (tag: string) => c.language(tag, { own: true });
  const label = (tag: string) => c.language(tag, { own: true, alone: true });
  const b = (chunks: ComponentChildren[]) => <strong>{chunks}</strong>;
  if (plan.total === 0) return <Empty>{t('noAudience')}</Empty>;
  const unreviewed = plan.languages.filter((l) => l.toReview.length > 0);
  return (
    <>
      <p>
        {t.rich('writtenIn', {
          b,
          offered: plan.offered.map(name).join(', '),
          fallback: name(plan.fallback),
        })}
        {plan.partnershipFallback !== plan.fallback &&
          t('englishStandsIn', { language: name(plan.partnershipFallback) })}
      </p>
      <div class="table-wrap" tabIndex={0} role="region" aria-label={t('byLanguage')}>
        <table>
          <caption class="sr-only">{t('byLanguageCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('language')}</th>
              <th scope="col" class="num">
                {t('people')}
              </th>
              <th scope="col" class="num">
                {t('speakIt')}
              </th>
              <th scope="col">{t('getFallback')}</th>
              <th scope="col">{t('reviewedByNative')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.languages.map((l) => (
              <tr key={l.lang}>
                <th scope="row">{label(l.lang)}</th>
                <td class="num">{c.number(l.people)}</td>
                <td class="num">{c.number(l.own)}</td>
                <td>
                  {l.fallback
                    .map((x) => t('fallbackPeople', { language: label(x.tag), n: c.number(x.people) }))
                    .join('; ') || '–'}
                </td>
                <td>
                  <ReviewBadge language={l} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {unreviewed.map((l) => (
        <div class="notice" key={l.lang}>
          <p>
            {t.rich('notReviewedYet', {
              b,
              language: label(l.lang),
              n: l.people,
              missing: f.list(missing(t, l)),
            })}
          </p>
          {props.writable && (
            <MarkReviewed
              partnershipId={props.partnershipId}
              lang={l.lang}
              language={c.language(l.lang)}
              subjects={l.toReview.map((subject) => ({
                subject,
                label: subject === 'words' ? t('respondentWords') : t('surveyQuestions'),
              }))}
              onDone={props.onReviewed}
            />
          )}
        </div>
      ))}
    </>
  );
}

function missing(t: WordsOf<'campaigns'>, l: SendingLanguage): string[] {
  return [
    ...(!l.reviewed.words ? [t('respondentWords')] : []),
    // A built-in survey's English and Spanish are written with the words: one review covers both.
    ...(l.toReview.some((s) => s !== 'words') ? [t('surveyQuestions')] : []),
  ];
}

function ReviewBadge({ language: l }: { language: SendingLanguage }) {
  const t = useWords('campaigns');
  const done = l.reviewed.words && l.reviewed.survey !== false;
  return <span class={`badge ${done ? 'ok' : 'bad'}`}>{done ? t('reviewed') : t('notReviewed')}</span>;
}
