// An employer's overview: the latest quarterly review's headline measures for the whole sector beside
// their own organization's. No campaigns: those are the intermediary's, and closed to this account.
import { SectorAndOwn } from '../reviews/figures.tsx';
import { Empty, Loaded } from '../ui/status.tsx';
import { headline, LatestReview } from './latest-review.tsx';
import { useOverview } from './use-overview.ts';

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
            <LatestReview
              review={review}
              figures={(t) => (
                <SectorAndOwn
                  t={t}
                  k={review.suppression.minGroupSize}
                  organizationName={props.organizationName}
                  keys={Object.keys(t.overall.measures).filter((m) => headline.test(m))}
                />
              )}
            >
              <p>
                <a href="/admin/reviews">Every review</a>
              </p>
            </LatestReview>
          )
        }
      </Loaded>
    </>
  );
}
