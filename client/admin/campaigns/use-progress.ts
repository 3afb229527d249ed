// A campaign and its live progress: polled while the campaign is open and the tab is visible, so
// the numbers move as the dispatcher sends and people answer.
import { api } from '../api.ts';
import { useApi } from '../use-api.ts';
import type { Campaign, CampaignProgress } from './types.ts';

const everyMs = 5000;

export function useCampaign(id: string) {
  const path = `/api/campaigns/${encodeURIComponent(id)}`;
  const loaded = useApi<{ campaign: Campaign; progress: CampaignProgress }>(path, {
    poll: {
      every: everyMs,
      // A closed campaign's numbers no longer move; the poll stops with it.
      when: (data) => data.campaign.status === 'open',
      // Only the numbers are asked for again; the campaign above them stays as loaded.
      refresh: async (data) => ({
        ...data,
        progress: (await api.get<{ progress: CampaignProgress }>(`${path}/progress`)).progress,
      }),
    },
  });
  return { ...loaded, progress: loaded.data?.progress ?? null };
}
