// An employer's overview: the latest quarterly review's headline measures for the whole sector beside
// their own organization's. No campaigns: those are the intermediary's, and closed to this account.
import { SectorAndOwn } from '../reviews/figures.tsx';
import { Empty, Loaded } from '../ui/status.tsx';
import { useOverview } from './use-overview.ts';

const headline = /^(index|nps|share)\./;

export function ScopedOverview(props: { partnershipId: string; name: string; organizationName: string }) {
  const state = useOverview(props.partnershipId, true);
  return (
    <>
      <h1 tabIndex={-1}>{props.name}</h1>
      <p>
        Your organization: <strong>{props.organizationName}</strong>. Your account shows the partnership's
        reviews with your organization's figures beside the whole sector's.
      </p>
      <Loaded state={state} what="the latest review">
        {({ review }) =>
          !review ? (
            <Empty>No review yet: one appears once the partnership runs a survey for a quarter.</Empty>
          ) : (
            <section class="card" aria-labelledby="latest-h">
              <h2 id="latest-h">
                Latest review: <a href={`/admin/reviews/${review.period.name}`}>{review.period.label}</a> (
                {review.status})
              </h2>
              {review.templates.length === 0 && <p>No answers yet.</p>}
              {review.templates.map((t) => (
                <>
                  <h3>{t.title}</h3>
                  {t.tooSmall ? (
                    <p class="too-small">
                      Too few answers to report yet (fewer than {review.suppression.minGroupSize}).
                    </p>
                  ) : (
                    <SectorAndOwn
                      t={t}
                      k={review.suppression.minGroupSize}
                      organizationName={props.organizationName}
                      keys={Object.keys(t.overall.measures).filter((m) => headline.test(m))}
                    />
                  )}
                </>
              ))}
              <p>
                <a href="/admin/reviews">Every review</a>
              </p>
            </section>
          )
        }
      </Loaded>
    </>
  );
}
