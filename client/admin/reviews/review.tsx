// One quarterly or annual review: a table of contents, the key to its symbols, its surveys, goals
// and action items; mark it final, download it (CSV, JSON, Excel), or open the printable page the
// server draws. An employer's account sees its own organization beside the whole sector, and neither
// comments nor action items.
import './review.css';
import { useEffect } from 'preact/hooks';
import { reviewQuery, type PublicTemplate } from '../../../server/reviews/contract.ts';
import type { DefinitionShape } from '../../shared/question-groups.ts';
import type { ScreenProps } from '../shell/routes.ts';
import { read, server } from '../api.ts';
import { useApi } from '../use-api.ts';
import { useForm } from '../use-form.ts';
import { canWrite, useSession } from '../use-session.ts';
import { FormMessage } from '../ui/field.tsx';
import { Loaded } from '../ui/status.tsx';
import { Actions } from './actions.tsx';
import { Goals } from './goals.tsx';
import { ReviewKey } from './key.tsx';
import { TemplateSection, templateToc } from './template-section.tsx';
import { goTo, ReviewToc } from './toc.tsx';
import { useLocale } from '../i18n/use-locale.ts';
import { useReviewWords } from './use-review-words.ts';
import type { ComponentChildren } from 'preact';

const reviewApi = server.api.partnerships[':id'].reviews[':period'];
const templateApi = server.api.templates[':id'];

/** The download formats the API offers, so a new one appears here when the server gains it. */
const formats = reviewQuery.shape.format.unwrap().options.filter((f) => f !== 'json');

/** Each survey's definition, which says what measure each question feeds; null if one fails to load. */
async function loadDefinitions(ids: string) {
  const list = ids.split(',').filter(Boolean);
  const defs = await Promise.all(
    list.map((id) => read(templateApi.$get({ param: { id }, query: {} })).then((r) => r.template)),
  );
  return new Map(list.map((id, i) => [id, defs[i]!]));
}

export default function ReviewScreen({ params }: ScreenProps) {
  const { current, user } = useSession();
  const { locale } = useLocale();
  const { t, f } = useReviewWords();
  const strong = (chunks: ComponentChildren[]) => <strong>{chunks}</strong>;
  const formatNames: Record<string, string> = { csv: 'CSV', xlsx: t('excel') };
  const period = params.period!;
  const base = current ? `/api/partnerships/${current.id}/reviews/${encodeURIComponent(period)}` : null;
  // The typed client puts parameters in the path as they are, so the period goes encoded, as in `base`.
  const param = { id: current?.id ?? '', period: encodeURIComponent(period) };
  // The server gives the survey's texts in the reader's language where the survey has it.
  const state = useApi(base && `${base}?lang=${locale}`, () =>
    read(reviewApi.$get({ param, query: { lang: locale } })),
  );
  const form = useForm();
  // A review says each question's role itself; reviews made final before it did need the definitions.
  const templateIds = state.data
    ? state.data.review.templates
        .filter((t) => !t.roles)
        .map((t) => t.templateId)
        .join(',')
    : null;
  const definitions = useApi(templateIds || null, loadDefinitions);
  const definitionOf = (t: PublicTemplate): DefinitionShape | null =>
    t.roles ? { sections: [{ questions: t.roles }] } : (definitions.data?.get(t.templateId) ?? null);
  // A link to a part of the review (copied from the address bar) opens it once the parts exist.
  const ready =
    state.data !== null && (!templateIds || definitions.data !== null || definitions.error !== null);
  useEffect(() => {
    if (ready && location.hash.length > 1) goTo(decodeURIComponent(location.hash.slice(1)));
  }, [ready]);
  if (!current) return <h1 tabIndex={-1}>{t('startFirst')}</h1>;
  return (
    <Loaded state={state} what={t('theReview')}>
      {({ review }) => (
        <>
          <h1 tabIndex={-1}>
            {t('reviewTitle', { label: review.period.label })}{' '}
            <span class="badge">{review.status === 'final' ? t('final') : t('live')}</span>
          </h1>
          <p class="muted">
            {t('meta', {
              partnership: review.partnership.name,
              first: f.day(review.period.first),
              last: f.day(review.period.last),
              k: review.suppression.minGroupSize,
            })}
            {review.finalizedAt ? t('finalSince', { day: f.day(review.finalizedAt) }) : ''}
          </p>
          {!review.scope && review.status === 'live' && (
            <p class="small muted">{t('joinInGroups', { k: review.suppression.minGroupSize })}</p>
          )}
          {review.scope && (
            <div class="scope-note">
              <p>
                {t.rich('scopeOrganization', {
                  strong,
                  organization: review.scope.organizationName,
                  k: review.suppression.minGroupSize,
                })}
              </p>
              <p>{t('scopeNoComments')}</p>
            </div>
          )}
          {review.late.arrivedAfterFinal > 0 && (
            <p>{t('arrivedAfterFinal', { n: f.number(review.late.arrivedAfterFinal) })}</p>
          )}
          <FormMessage message={form.message} />
          <div class="actions">
            {formats.map((format) => (
              <a
                class="button-link quiet"
                href={`${base}?format=${format}`}
                download={`review-${review.period.name}.${format}`}
              >
                {t('download', { format: formatNames[format] ?? format.toUpperCase() })}
              </a>
            ))}
            <a
              class="button-link quiet"
              href={`${base}?format=json`}
              download={`review-${review.period.name}.json`}
            >
              {t('download', { format: 'JSON' })}
            </a>
            <a
              class="button-link quiet"
              href={`/reviews/${current.id}/${encodeURIComponent(period)}?lang=${locale}`}
              target="_blank"
              rel="noopener"
            >
              {t('printable')}
            </a>
            {canWrite(user) && review.status === 'live' && (
              <button
                type="button"
                disabled={form.busy}
                onClick={async () => {
                  if (await form.submit(() => read(reviewApi.final.$post({ param })))) state.reload();
                }}
              >
                {t('markFinal')}
              </button>
            )}
          </div>
          {review.provisional && (
            <p class="provisional-note">
              {t.rich('provisional', {
                strong,
                open: review.provisional.openCampaigns,
                ends: review.provisional.reasons.includes('period-not-ended')
                  ? f.day(review.provisional.periodEnds)
                  : 'none',
              })}
            </p>
          )}
          <div class="review-layout">
            <ReviewToc
              entries={[
                ...review.templates.map((tpl) => templateToc(t, tpl, review, definitionOf(tpl))),
                { id: 'goals-h', label: t('goals') },
                ...(!review.scope ? [{ id: 'actions-h', label: t('actionItems') }] : []),
                { id: 'key-h', label: t('keyTitle') },
              ]}
            />
            <div class="review-body">
              <ReviewKey k={review.suppression.minGroupSize} provisional={review.provisional !== null} />
              {review.templates.length === 0 && <p>{t('noSurveyYet')}</p>}
              {review.templates.map((tpl) => (
                <TemplateSection t={tpl} review={review} definition={definitionOf(tpl)} />
              ))}
              <Goals partnershipId={current.id} review={review} onChange={state.reload} />
              {!review.scope && (
                <Actions partnershipId={current.id} review={review} onChange={state.reload} />
              )}
            </div>
          </div>
        </>
      )}
    </Loaded>
  );
}
