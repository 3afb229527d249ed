// One quarterly or annual review: its surveys, goals and action items; mark it final, download the
// CSV, or open the printable page the server draws. An employer's account sees its own organization
// beside the whole sector, and neither comments nor action items.
import type { ScreenProps } from '../shell/routes.ts';
import { read, server } from '../api.ts';
import { useApi } from '../use-api.ts';
import { useForm } from '../use-form.ts';
import { canWrite, useSession } from '../use-session.ts';
import { FormMessage } from '../ui/field.tsx';
import { Loaded } from '../ui/status.tsx';
import { Actions } from './actions.tsx';
import { Goals } from './goals.tsx';
import { TemplateSection } from './template-section.tsx';

const reviewApi = server.api.partnerships[':id'].reviews[':period'];

export default function ReviewScreen({ params }: ScreenProps) {
  const { current, user } = useSession();
  const period = params.period!;
  const base = current ? `/api/partnerships/${current.id}/reviews/${encodeURIComponent(period)}` : null;
  // The typed client puts parameters in the path as they are, so the period goes encoded, as in `base`.
  const param = { id: current?.id ?? '', period: encodeURIComponent(period) };
  const state = useApi(base, () => read(reviewApi.$get({ param, query: {} })));
  const form = useForm();
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
            <a
              class="button-link quiet"
              href={`${base}?format=csv`}
              download={`review-${review.period.name}.csv`}
            >
              Download CSV
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
          {review.templates.length === 0 && <p>No survey has answers for this period yet.</p>}
          {review.templates.map((t) => (
            <TemplateSection t={t} review={review} />
          ))}
          <Goals partnershipId={current.id} review={review} onChange={state.reload} />
          {!review.scope && <Actions partnershipId={current.id} review={review} onChange={state.reload} />}
        </>
      )}
    </Loaded>
  );
}
