// A campaign and its live progress: polled while the campaign is open and the tab is visible, so
// the numbers move as the dispatcher sends and people answer.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.ts';
import { useApi } from '../use-api.ts';
import type { Campaign, CampaignProgress } from './types.ts';

const everyMs = 5000;

export function useCampaign(id: string) {
  const loaded = useApi<{ campaign: Campaign; progress: CampaignProgress }>(
    `/api/campaigns/${encodeURIComponent(id)}`,
  );
  // A poll's numbers count only until the campaign is loaded again (after a launch, say), so the
  // screen never shows figures older than the campaign above them.
  const [polled, setPolled] = useState<{ of: object; progress: CampaignProgress } | null>(null);
  const data = loaded.data;
  const progress = polled && polled.of === data ? polled.progress : (data?.progress ?? null);
  const open = data?.campaign.status === 'open';
  useEffect(() => {
    if (!open || !data) return;
    const t = setInterval(() => {
      if (document.visibilityState !== 'visible') return;
      api
        .get<{ progress: CampaignProgress }>(`/api/campaigns/${encodeURIComponent(id)}/progress`)
        .then((r) => setPolled({ of: data, progress: r.progress }))
        // A missed poll is retried on the next tick; the last numbers stay on screen.
        .catch(() => {});
    }, everyMs);
    return () => clearInterval(t);
  }, [data, open, id]);
  return { ...loaded, progress };
}
