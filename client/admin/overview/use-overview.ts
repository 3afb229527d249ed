// What the overview needs, from the same endpoints the screens use: open campaigns with their
// progress, and the latest quarterly review (its measures, goals and open action items). An
// employer's account (`scoped`) may not see campaigns, so it asks for the review alone.
import { useEffect, useState } from 'preact/hooks';
import type { PublicReview } from '../../../server/reviews/types.ts';
import { api, ApiError } from '../api.ts';
import type { Campaign, CampaignProgress } from '../campaigns/types.ts';
import type { ReviewListing } from '../reviews/reviews.tsx';

export interface Overview {
  open: { campaign: Campaign; progress: CampaignProgress }[];
  review: PublicReview | null;
}

export function useOverview(partnershipId: string, scoped = false) {
  const [state, setState] = useState<{ data: Overview | null; error: ApiError | null; loading: boolean }>({
    data: null,
    error: null,
    loading: true,
  });
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    (async () => {
      const base = `/api/partnerships/${partnershipId}`;
      const [{ campaigns }, { reviews }] = await Promise.all([
        scoped ? { campaigns: [] } : api.get<{ campaigns: Campaign[] }>(`${base}/campaigns`),
        api.get<{ reviews: ReviewListing[] }>(`${base}/reviews`),
      ]);
      const open = await Promise.all(
        campaigns
          .filter((c) => c.status === 'open')
          .map(async (campaign) => ({
            campaign,
            progress: (
              await api.get<{ progress: CampaignProgress }>(`/api/campaigns/${campaign.id}/progress`)
            ).progress,
          })),
      );
      // The listing is newest first; the overview is about the current quarter, not the year.
      const latest = reviews.find((r) => r.kind === 'quarter');
      const review = latest
        ? (await api.get<{ review: PublicReview }>(`${base}/reviews/${latest.period}`)).review
        : null;
      return { open, review };
    })()
      .then((data) => live && setState({ data, error: null, loading: false }))
      .catch((error: ApiError) => live && setState({ data: null, error, loading: false }));
    return () => void (live = false);
  }, [partnershipId, scoped, version]);
  return { ...state, reload: () => setVersion((v) => v + 1) };
}
