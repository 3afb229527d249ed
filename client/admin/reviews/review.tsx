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

const reviewApi = server.api.partnerships[':id'].reviews[':period'];
const templateApi = server.api.templates[':id'];

/** The download formats the API offers, so a new one appears here when the server gains it. */
const formats = reviewQuery.shape.format.unwrap().options.filter((f) => f !== 'json');
const formatNames: Record<string, string> = { csv: 'CSV', xlsx: 'Excel (.xlsx)' };

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
  const period = params.period!;
  const base = current ? `/api/partnerships/${current.id}/reviews/${encodeURIComponent(period)}` : null;
  // The typed client puts parameters in the path as they are, so the period goes encoded, as in `base`.
  const param = { id: current?.id ?? '', period: encodeURIComponent(period) };
  const state = useApi(base, () => read(reviewApi.$get({ param, query: {} })));
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
  if (!current) return <h1 tabIndex={-1}>Start a partnership first</h1>;
  return (
    <Loaded state={state} what="the review">
      {({ review }) => (
        <>
          <h1 tabIndex={-1}>
            Review: {review.period.label} <span class="badge">{review.status}</span>
          </h1>
          <p class="muted">
            {review.partnership.name} · {review.period.first} to {review.period.last} · groups under{' '}
            {review.suppression.minGroupSize} are never shown
            {review.finalizedAt ? ` · final since ${review.finalizedAt.slice(0, 10)}` : ''}
          </p>
          {!review.scope && review.status === 'live' && (
            <p class="small muted">
              Answers join a review in groups of at least {review.suppression.minGroupSize}, never one by one;
              each campaign's page shows how many are still waiting.
            </p>
          )}
          {review.scope && (
            <div class="scope-note">
              <p>
                <strong>Your organization: {review.scope.organizationName}</strong>, shown beside the whole
                sector. Figures for groups under {review.suppression.minGroupSize} people are never shown, for
                your organization as for everyone.
              </p>
              <p>
                Comments and action items are not shown to employer accounts, to protect the workers who
                answered.
              </p>
            </div>
          )}
          {review.late.arrivedAfterFinal > 0 && (
            <p>
              {review.late.arrivedAfterFinal} answers arrived after this review was made final; they count in
              the next live review.
            </p>
          )}
          <FormMessage message={form.message} />
          <div class="actions">
            {formats.map((f) => (
              <a
                class="button-link quiet"
                href={`${base}?format=${f}`}
                download={`review-${review.period.name}.${f}`}
              >
                Download {formatNames[f] ?? f.toUpperCase()}
              </a>
            ))}
            <a
              class="button-link quiet"
              href={`${base}?format=json`}
              download={`review-${review.period.name}.json`}
            >
              Download JSON
            </a>
            <a
              class="button-link quiet"
              href={`/reviews/${current.id}/${encodeURIComponent(period)}`}
              target="_blank"
              rel="noopener"
            >
              Printable page (opens in a new tab)
            </a>
            {canWrite(user) && review.status === 'live' && (
              <button
                type="button"
                disabled={form.busy}
                onClick={async () => {
                  if (await form.submit(() => read(reviewApi.final.$post({ param })))) state.reload();
                }}
              >
                Mark final
              </button>
            )}
          </div>
          {review.provisional && (
            <p class="provisional-note">
              <strong>Provisional</strong> —{' '}
              {review.provisional.openCampaigns > 0
                ? `${review.provisional.openCampaigns} campaign${review.provisional.openCampaigns === 1 ? '' : 's'} still open`
                : 'campaigns still open'}
              {review.provisional.reasons.includes('period-not-ended')
                ? `; the period ends ${review.provisional.periodEnds}`
                : ''}
              . Figures may still move, so no change is called meaningful yet.
            </p>
          )}
          <div class="review-layout">
            <ReviewToc
              entries={[
                ...review.templates.map((t) => templateToc(t, review, definitionOf(t))),
                { id: 'goals-h', label: 'Goals' },
                ...(!review.scope ? [{ id: 'actions-h', label: 'Action items' }] : []),
                { id: 'key-h', label: 'Key to symbols' },
              ]}
            />
            <div class="review-body">
              <ReviewKey k={review.suppression.minGroupSize} provisional={review.provisional !== null} />
              {review.templates.length === 0 && <p>No survey has answers for this period yet.</p>}
              {review.templates.map((t) => (
                <TemplateSection t={t} review={review} definition={definitionOf(t)} />
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
