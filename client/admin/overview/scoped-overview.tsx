// An employer's overview: the latest quarterly review's headline measures for the whole sector beside
// their own organization's. No campaigns: those are the intermediary's, and closed to this account.
import { SectorAndOwn } from '../reviews/figures.tsx';
import { Empty, Loaded } from '../ui/status.tsx';
import { headline, LatestReview } from './latest-review.tsx';
import { useOverview } from './use-overview.ts';
import { useWords } from '../i18n/use-locale.ts';
import type { ComponentChildren } from 'preact';

export function ScopedOverview(props: { partnershipId: string; name: string; organizationName: string }) {
  const state = useOverview(props.partnershipId, true);
  const t = useWords('overview');
  const strong = (chunks: ComponentChildren[]) => <strong>{chunks}</strong>;
  return (
    <>
      <h1 tabIndex={-1}>{props.name}</h1>
      <p>{t.rich('yourOrganization', { strong, organization: props.organizationName })}</p>
      <Loaded state={state} what={t('theLatestReview')}>
        {({ review }) =>
          !review ? (
            <Empty>{t('noReviewScoped')}</Empty>
          ) : (
            <LatestReview
              review={review}
              figures={(tpl) => (
                <SectorAndOwn
                  t={tpl}
                  k={review.suppression.minGroupSize}
                  organizationName={props.organizationName}
                  keys={Object.keys(tpl.overall.measures).filter((m) => headline.test(m))}
                />
              )}
            >
              <p>
                <a href="/admin/reviews">{t('everyReview')}</a>
              </p>
            </LatestReview>
          )
        }
      </Loaded>
    </>
  );
}
