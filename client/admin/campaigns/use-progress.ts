// A campaign and its live progress: polled while the campaign is open and the tab is visible, so
// the numbers move as the dispatcher sends and people answer.
import { read, server } from '../api.ts';
import { useApi } from '../use-api.ts';

const everyMs = 5000;
const campaignApi = server.api.campaigns[':id'];

export function useCampaign(id: string) {
  const param = { id: encodeURIComponent(id) };
  const loaded = useApi(id, () => read(campaignApi.$get({ param })), {
    poll: {
      every: everyMs,
      // A closed campaign's numbers no longer move; the poll stops with it.
      when: (data) => data.state !== 'closed' && data.campaign.status === 'open',
      // Only the numbers are asked for again; the campaign above them stays as loaded.
      refresh: async (data) => ({
        ...data,
        progress: (await read(campaignApi.progress.$get({ param }))).progress,
      }),
    },
  });
  return { ...loaded, progress: loaded.data?.progress ?? null };
}
