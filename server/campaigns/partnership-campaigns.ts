/**
 * /api/partnerships/:id/campaigns: a partnership's campaigns, listed and created. Mounted beside the
 * partnership routes.
 */
import { Hono } from 'hono';
import { signedIn } from '../auth/guard.ts';
import { localDay } from '../dates.ts';
import { auditNow } from '../audit/audited.ts';
import { jsonBody, type AppEnv } from '../http.ts';
import { partnershipAccess, requirePartnership } from '../partnerships/access.ts';
import { getPartnership } from '../partnerships/partnerships.ts';
import { createCampaign, listCampaignsWithTotals } from './campaigns.ts';
import { invitationTotals } from './invitations/store.ts';
import { createCampaignBody } from './contract.ts';

export const partnershipCampaignRoutes = new Hono<AppEnv>()
  .use(signedIn)
  .get('/:id/campaigns', async (c) => {
    await requirePartnership(c, c.req.param('id'), 'read');
    const partnership = await getPartnership(c.var.deps, c.req.param('id'));
    const today = localDay(c.var.deps.clock.now(), partnership.timeZone);
    const campaigns = await listCampaignsWithTotals(
      c.var.deps,
      partnership.id,
      today,
      partnership.minGroupSize,
      invitationTotals,
    );
    return c.json({ campaigns });
  })
  .post('/:id/campaigns', partnershipAccess('write'), jsonBody(createCampaignBody), async (c) => {
    const body = c.req.valid('json');
    await getPartnership(c.var.deps, c.req.param('id'));
    const campaign = await createCampaign(c.var.deps, c.req.param('id'), body);
    const { name, templateId, period, smsAnswers } = campaign;
    const detail = { name, templateId, period, ...(smsAnswers !== 'link' && { smsAnswers }) };
    const object = { kind: 'campaign', id: campaign.id };
    await auditNow(c, { action: 'campaign.create', object, partnershipId: campaign.partnershipId, detail });
    return c.json({ campaign }, 201);
  });
