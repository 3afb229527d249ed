/**
 * /api/campaigns/:id's failed deliveries, the estimate of its texts and of answering by text,
 * launching and printed links: the campaign routes that distribution serves (mounted beside
 * campaigns/routes.ts).
 */
import { Hono } from 'hono';
import { signedIn } from '../auth/guard.ts';
import { campaignAccess, campaignFor } from '../campaigns/access.ts';
import { audited, auditNow } from '../audit/audited.ts';
import { jsonBody, queryOf, type AppEnv } from '../http.ts';
import { failuresQuery, issueLinksBody, printableQuery, type IssuedLinks } from './contract.ts';
import { launchCampaign } from './launch.ts';
import { issueLinks, listPrintable } from './printed-links.ts';
import { campaignFailures } from './progress.ts';
import { campaignSmsEstimate } from './sms-estimate.ts';
import { campaignTextAnswers } from './text-answers.ts';

export const campaignDistributionRoutes = new Hono<AppEnv>()
  .use(signedIn)
  .get('/:id/failures', campaignAccess('read'), queryOf(failuresQuery), async (c) => {
    return c.json(await campaignFailures(c.var.deps, c.var.campaign.id, c.req.valid('query')));
  })
  .get('/:id/sms-estimate', campaignAccess('read'), async (c) => {
    return c.json(await campaignSmsEstimate(c.var.deps, c.var.campaign));
  })
  .get('/:id/text-answers', campaignAccess('read'), async (c) => {
    return c.json(await campaignTextAnswers(c.var.deps, c.var.campaign));
  })
  .post('/:id/launch', async (c) => {
    const campaign = await campaignFor(c, c.req.param('id'), 'write');
    const what = {
      action: 'campaign.launch',
      object: { kind: 'campaign', id: campaign.id },
      partnershipId: campaign.partnershipId,
    };
    return c.json(await audited(c, what, (deps) => launchCampaign(deps, campaign.id)));
  })
  .get('/:id/printable', campaignAccess('write'), queryOf(printableQuery), async (c) => {
    return c.json(await listPrintable(c.var.deps, c.var.campaign.id, c.req.valid('query')));
  })
  .post('/:id/links', campaignAccess('write'), jsonBody(issueLinksBody), async (c) => {
    const { campaign, deps, user } = c.var;
    const { contactIds } = c.req.valid('json');
    const { issued, skipped } = await issueLinks(deps, campaign, contactIds);
    // How many, never which links: a link is a worker's way in.
    await auditNow(c, {
      action: 'links.issue',
      object: { kind: 'campaign', id: campaign.id },
      partnershipId: campaign.partnershipId,
      detail: { requested: contactIds.length, issued: issued.length, skipped: skipped.length },
    });
    deps.log.info('printed links issued', {
      userId: user.id,
      campaignId: campaign.id,
      issued: issued.length,
    });
    const base = deps.config.publicUrl;
    const links = issued.map(({ token, ...contact }) => ({
      ...contact,
      url: `${base}/s/${token}`,
      shortUrl: `${base}/c`,
    }));
    const answer: IssuedLinks = { links, skipped };
    return c.json(answer);
  });
