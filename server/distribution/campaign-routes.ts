/**
 * /api/campaigns/:id with its progress, failed deliveries, launching and printed links: the campaign
 * routes that distribution serves (mounted beside campaigns/routes.ts).
 */
import { Hono } from 'hono';
import { campaignFor, signedIn } from '../campaigns/access.ts';
import { readJson, readQuery, type AppEnv } from '../http.ts';
import { launchCampaign } from './launch.ts';
import { issueLinks, issueLinksBody, listPrintable, printableQuery } from './printed-links.ts';
import { campaignFailures, campaignProgress, failuresQuery } from './progress.ts';

export const campaignDistributionRoutes = new Hono<AppEnv>()
  .use(signedIn)
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
  });
