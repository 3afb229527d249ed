/**
 * /api/campaigns/:id/release and /close: the campaign routes that release answers to the reviews
 * (mounted beside campaigns/routes.ts).
 */
import { Hono } from 'hono';
import { campaignFor, signedIn } from '../campaigns/access.ts';
import { closeCampaign } from '../campaigns/campaigns.ts';
import type { AppEnv } from '../http.ts';
import { releaseNowForReview } from './release.ts';

export const releaseRoutes = new Hono<AppEnv>()
  .use(signedIn)
  // Everything that can go now, small groups recorded as "not recorded" (see releaseNowForReview).
  .post('/:id/release', async (c) => {
    const campaign = await campaignFor(c, c.req.param('id'), 'write');
    const { released, held } = await releaseNowForReview(c.var.deps, campaign);
    return c.json({ release: { released, waiting: held } });
  })
  // The close releases what is left at once, under the same rule (the loop would, a few seconds later).
  .post('/:id/close', async (c) => {
    const campaign = await campaignFor(c, c.req.param('id'), 'write');
    const closed = await closeCampaign(c.var.deps, campaign.id);
    const { released, held } = await releaseNowForReview(c.var.deps, closed);
    return c.json({ campaign: closed, release: { released, heldBack: held } });
  });
