/**
 * Releases in tests: answers wait in the sealed pool until a release (the server's background loop)
 * moves them into responses and reviews, at least k at a time (server/reviews/release.ts).
 */
import { releaseDue } from '../../server/reviews/release.ts';
import { closeCampaign } from '../../server/campaigns/campaigns.ts';
import type { TestContext } from './app.ts';

/** One tick of the server's loop: releases whatever may go now. */
export const releaseNow = (ctx: Pick<TestContext, 'deps'>) => releaseDue(ctx.deps);

/** Closes the campaign (as staff would) and runs the final release, as the loop does right after. */
export async function closeAndRelease(ctx: Pick<TestContext, 'deps'>, campaignId: string) {
  await closeCampaign(ctx.deps, campaignId);
  return releaseDue(ctx.deps);
}

export const count = (ctx: Pick<TestContext, 'raw'>, table: string): number =>
  (ctx.raw.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
