/**
 * A campaign's progress as the dashboard and the CLI show it: its deliveries (distribution) with how
 * far its answers have been released into the reviews (this area). Reviews sits above distribution, so
 * the two meet here rather than in distribution/progress.ts.
 */
import type { Deps } from '../deps.ts';
import type { CampaignProgress } from '../distribution/contract.ts';
import { deliveryProgress } from '../distribution/progress.ts';
import { releaseStatus } from './release.ts';

export async function campaignProgress(
  deps: Pick<Deps, 'db' | 'clock'>,
  campaignId: string,
): Promise<CampaignProgress> {
  return deliveryProgress(deps, campaignId, await releaseStatus(deps, campaignId));
}
