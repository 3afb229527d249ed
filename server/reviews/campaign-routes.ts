/**
 * /api/campaigns/:id with its progress, /release and /close: the campaign routes that need the
 * reviews' side of a campaign, its released answers (mounted beside campaigns/routes.ts).
 */
import { Hono } from 'hono';
import { signedIn } from '../auth/guard.ts';
import { campaignFor } from '../campaigns/access.ts';
import { campaignState, closeStatement, forgetCampaign, getCampaign } from '../campaigns/campaigns.ts';
import type { Campaign } from '../campaigns/contract.ts';
import { localDay } from '../dates.ts';
import type { Deps } from '../deps.ts';
import { endLaunch } from '../distribution/launch.ts';
import { cancelQueued } from '../distribution/outbox/queue.ts';
import { AppError } from '../errors.ts';
import { audited } from '../audit/audited.ts';
import { auditInsert, userActor } from '../audit/record.ts';
import type { AppEnv } from '../http.ts';
import { getPartnership } from '../partnerships/partnerships.ts';
import { campaignProgress } from './campaign-progress.ts';
import { releaseNowForReview } from './release.ts';

/**
 * Where the campaign stands on the partnership's today, by the server's clock: most campaigns end on
 * their close date and keep status 'open' in their row, and the browser's own date is not the server's.
 */
async function stateToday(deps: Deps, campaign: Campaign) {
  const { timeZone } = await getPartnership(deps, campaign.partnershipId);
  return campaignState(campaign, localDay(deps.clock.now(), timeZone));
}

export const campaignReviewRoutes = new Hono<AppEnv>()
  .use(signedIn)
  .get('/:id', async (c) => {
    const campaign = await campaignFor(c, c.req.param('id'), 'read');
    return c.json({
      campaign,
      state: await stateToday(c.var.deps, campaign),
      progress: await campaignProgress(c.var.deps, campaign.id),
    });
  })
  .get('/:id/progress', async (c) => {
    const campaign = await campaignFor(c, c.req.param('id'), 'read');
    return c.json({ progress: await campaignProgress(c.var.deps, campaign.id) });
  })
  // Everything that can go now, small groups recorded as "not recorded" (see releaseNowForReview).
  .post('/:id/release', async (c) => {
    const campaign = await campaignFor(c, c.req.param('id'), 'write');
    const what = {
      action: 'campaign.release',
      object: { kind: 'campaign', id: campaign.id },
      partnershipId: campaign.partnershipId,
    };
    const { released, held } = await audited(c, what, (deps) => releaseNowForReview(deps, campaign));
    return c.json({ release: { released, waiting: held } });
  })
  // Close now: answers stop at once, the messages still queued are cancelled in the same write (not
  // left to look pending until their due time) and a launch written in chunks invites nobody more,
  // and what is left is released at once, under the same
  // rule (the loop would, a few seconds later; it also sweeps the campaign's unsent drafts). A draft
  // has nothing to close: it is deleted instead.
  .post('/:id/close', async (c) => {
    const campaign = await campaignFor(c, c.req.param('id'), 'write');
    if (campaign.status === 'draft') {
      throw new AppError(
        'CAMPAIGN_NOT_DRAFT',
        'This campaign was never launched: delete it instead of closing it.',
      );
    }
    const { deps } = c.var;
    await deps.atomic([
      closeStatement(deps, campaign.id),
      cancelQueued(deps, campaign.id),
      endLaunch(campaign.id),
      auditInsert(deps, {
        actor: userActor(c.var.user),
        action: 'campaign.close',
        object: { kind: 'campaign', id: campaign.id },
        partnershipId: campaign.partnershipId,
      }),
    ]);
    forgetCampaign(deps, campaign.id);
    const closed = await getCampaign(deps, campaign.id);
    const { released, held } = await releaseNowForReview(c.var.deps, closed);
    return c.json({ campaign: closed, release: { released, heldBack: held } });
  });
