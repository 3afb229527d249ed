/**
 * /api/campaigns/:id/open-link: the campaign's poster link, shown, turned on or off; and
 * /api/campaigns/:id/languages: the languages its invitations would go in, before launch. The campaign's
 * other routes at /api/campaigns belong to the areas that serve them: launching, failures and printed
 * links to distribution (distribution/campaign-routes.ts); the campaign with its progress, release and
 * close to reviews (reviews/campaign-routes.ts).
 */
import { Hono } from 'hono';
import { audited } from '../audit/audited.ts';
import type { AppEnv } from '../http.ts';
import { signedIn } from '../auth/guard.ts';
import { campaignFor } from './access.ts';
import type { OpenLinkView } from './contract.ts';
import { campaignLanguages } from './language-plan.ts';
import { currentOpenLink, disableOpenLink, enableOpenLink } from './open-link.ts';

export const campaignRoutes = new Hono<AppEnv>()
  .use(signedIn)
  .get('/:id/open-link', async (c) => {
    const campaign = await campaignFor(c, c.req.param('id'), 'read');
    const link = await currentOpenLink(c.var.deps, campaign.id);
    const url = link.state === 'on' ? `${c.var.deps.config.publicUrl}/o/${link.token}` : null;
    const openLink: OpenLinkView = { state: link.state, url };
    return c.json({ openLink });
  })
  .post('/:id/open-link', async (c) => {
    const campaign = await campaignFor(c, c.req.param('id'), 'write');
    // On or off, never the link itself: anyone holding it may answer.
    const what = {
      action: 'campaign.open_link',
      object: { kind: 'campaign', id: campaign.id },
      partnershipId: campaign.partnershipId,
      detail: { state: 'on' },
    };
    const { token } = await audited(c, what, (deps) => enableOpenLink(deps, campaign));
    return c.json({ url: `${c.var.deps.config.publicUrl}/o/${token}` }, 201);
  })
  .delete('/:id/open-link', async (c) => {
    const campaign = await campaignFor(c, c.req.param('id'), 'write');
    const what = {
      action: 'campaign.open_link',
      object: { kind: 'campaign', id: campaign.id },
      partnershipId: campaign.partnershipId,
      detail: { state: 'off' },
    };
    await audited(c, what, (deps) => disableOpenLink(deps, campaign.id));
    return c.json({ ok: true });
  })
  .get('/:id/languages', async (c) => {
    const campaign = await campaignFor(c, c.req.param('id'), 'read');
    return c.json(await campaignLanguages(c.var.deps, campaign));
  });
