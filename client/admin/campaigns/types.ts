// The campaign shapes the API answers (server/campaigns/campaigns.ts, server/distribution/progress.ts).
export type { Campaign } from '../../../server/campaigns/campaigns.ts';
export type { CampaignProgress, ChannelProgress } from '../../../server/distribution/progress.ts';

export interface TemplateSummary {
  id: string;
  version: number;
  kind: 'worker-voice' | 'employer-satisfaction' | 'partner-roi';
  title: { en: string; es: string };
  estimatedMinutes: number;
  questionCount: number;
}

export const pct = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);
