/** /api/partnerships/:id/campaigns and /api/:id: create, launch, hand out links, release, close. */
import { Hono } from 'hono';
import { authenticate } from '../auth/guard.ts';
import { requirePartnership } from '../partnerships/access.ts';
import { readJson, readQuery, type AppEnv } from '../http.ts';
import { closeCampaign, getCampaign } from './campaigns.ts';
import { campaignFailures, campaignProgress, failuresQuery } from '../distribution/progress.ts';
import { launchCampaign } from '../distribution/launch.ts';
import { currentOpenLink, disableOpenLink, enableOpenLink } from './open-link.ts';
import { issueLinks, issueLinksBody, listPrintable, printableQuery } from '../distribution/printed-links.ts';
import { releaseNowForReview } from '../reviews/release.ts';

/** Loads a campaign and checks the caller may see (or change) its partnership. */
async function campaignFor(c: { var: AppEnv['Variables'] }, id: string, access: 'read' | 'write') {
  const campaign = await getCampaign(c.var.deps, id);
  await requirePartnership(c, campaign.partnershipId, access);
  return campaign;
}

export const campaignRoutes = new Hono<AppEnv>()
  .use(authenticate)
  .get('/:id', async (c) => {
    const campaign = await campaignFor(c, c.req.param('id'), 'read');
    return c.json({ campaign, progress: await campaignProgress(c.var.deps, campaign.id) });
  })
  .get('/:id/progress', async (c) => {
    const campaign = await campaignFor(c, c.req.param('id'), 'read');
    return c.json({ progress: await campaignProgress(c.var.deps, campaign.id) });
  })
  .get('/:id/failures', async (c) => {
    const campaign = await campaignFor(c, c.req.param('id'), 'read');
    const query = readQuery(c, failuresQuery);
    return c.json(await campaignFailures(c.var.deps, campaign.id, query));
  })
  .post('/:id/launch', async (c) => {
    const campaign = await campaignFor(c, c.req.param('id'), 'write');
    return c.json(await launchCampaign(c.var.deps, campaign.id));
  })
  .get('/:id/printable', async (c) => {
    const campaign = await campaignFor(c, c.req.param('id'), 'write');
    return c.json(await listPrintable(c.var.deps, campaign.id, readQuery(c, printableQuery)));
  })
  .post('/:id/links', async (c) => {
    const campaign = await campaignFor(c, c.req.param('id'), 'write');
    const { contactIds } = await readJson(c, issueLinksBody);
    const { issued, skipped } = await issueLinks(c.var.deps, campaign, contactIds);
    c.var.deps.log.info('printed links issued', {
      userId: c.var.user.id,
      campaignId: campaign.id,
      issued: issued.length,
    });
    const base = c.var.deps.config.publicUrl;
    const links = issued.map(({ token, ...contact }) => ({ ...contact, url: `${base}/s/${token}` }));
    return c.json({ links, skipped });
  })
  .get('/:id/open-link', async (c) => {
    const campaign = await campaignFor(c, c.req.param('id'), 'read');
    const link = await currentOpenLink(c.var.deps, campaign.id);
    const url = link.state === 'on' ? `${c.var.deps.config.publicUrl}/o/${link.token}` : null;
    return c.json({ openLink: { state: link.state, url } });
  })
  .post('/:id/open-link', async (c) => {
    const campaign = await campaignFor(c, c.req.param('id'), 'write');
    const { token } = await enableOpenLink(c.var.deps, campaign);
    return c.json({ url: `${c.var.deps.config.publicUrl}/o/${token}` }, 201);
  })
  .delete('/:id/open-link', async (c) => {
    const campaign = await campaignFor(c, c.req.param('id'), 'write');
    await disableOpenLink(c.var.deps, campaign.id);
    return c.json({ ok: true });
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
