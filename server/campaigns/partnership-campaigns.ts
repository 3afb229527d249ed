/**
 * /api/partnerships/:id/campaigns: a partnership's campaigns, listed and created. Mounted beside the
 * partnership routes.
 */
import { Hono } from 'hono';
import { signedIn } from '../auth/guard.ts';
import { readJson, type AppEnv } from '../http.ts';
import { requirePartnership } from '../partnerships/access.ts';
import { getPartnership } from '../partnerships/partnerships.ts';
import { createCampaign, createCampaignBody, listCampaigns } from './campaigns.ts';

export const partnershipCampaignRoutes = new Hono<AppEnv>()
  .use(signedIn)
  .get('/:id/campaigns', async (c) => {
    await requirePartnership(c, c.req.param('id'), 'read');
    return c.json({ campaigns: await listCampaigns(c.var.deps, c.req.param('id')) });
  })
  .post('/:id/campaigns', async (c) => {
    await requirePartnership(c, c.req.param('id'), 'write');
    const body = await readJson(c, createCampaignBody);
    await getPartnership(c.var.deps, c.req.param('id'));
    return c.json({ campaign: await createCampaign(c.var.deps, c.req.param('id'), body) }, 201);
  });
