// What the overview needs, from the same endpoints the screens use: open campaigns with their
// progress, and the latest quarterly review (its measures, goals and open action items). An
// employer's account (`scoped`) may not see campaigns, so it asks for the review alone.
import type { PublicReview } from '../../../server/reviews/types.ts';
import { api } from '../api.ts';
import type { Campaign, CampaignProgress } from '../campaigns/types.ts';
import type { ReviewListing } from '../reviews/reviews.tsx';
import { useApi } from '../use-api.ts';

export interface Overview {
  open: { campaign: Campaign; progress: CampaignProgress }[];
  review: PublicReview | null;
}

export function useOverview(partnershipId: string, scoped = false) {
  const base = `/api/partnerships/${partnershipId}`;
  // One thing made of several requests: loaded again when the partnership or the account changes.
  return useApi<Overview>(`${base}${scoped ? '?scoped' : ''}`, {
    load: async () => {
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
    },
  });
}
