/**
 * /api/campaigns/:id with its progress, /release and /close: the campaign routes that need the
 * reviews' side of a campaign, its released answers (mounted beside campaigns/routes.ts).
 */
import { Hono } from 'hono';
import { signedIn } from '../auth/guard.ts';
import { campaignFor } from '../campaigns/access.ts';
import { closeCampaign } from '../campaigns/campaigns.ts';
import type { AppEnv } from '../http.ts';
import { campaignProgress } from './campaign-progress.ts';
import { releaseNowForReview } from './release.ts';

export const campaignReviewRoutes = new Hono<AppEnv>()
  .use(signedIn)
  .get('/:id', async (c) => {
    const campaign = await campaignFor(c, c.req.param('id'), 'read');
    return c.json({ campaign, progress: await campaignProgress(c.var.deps, campaign.id) });
  })
  .get('/:id/progress', async (c) => {
    const campaign = await campaignFor(c, c.req.param('id'), 'read');
    return c.json({ progress: await campaignProgress(c.var.deps, campaign.id) });
  })
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
