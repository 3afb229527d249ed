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

/** Who a template is for by default (server/campaigns/campaigns.ts's defaultKinds). */
export const defaultKinds: Record<TemplateSummary['kind'], ('worker' | 'employer' | 'partner')[]> = {
  'worker-voice': ['worker'],
  'employer-satisfaction': ['employer'],
  'partner-roi': ['partner', 'employer'],
};

export const pct = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);
