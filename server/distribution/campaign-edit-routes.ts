/**
 * /api/campaigns/:id changed, deleted and duplicated. Here rather than with the campaigns because a
 * launched campaign's edit reschedules its queued reminders (reminders.ts), which are the outbox's.
 */
import { Hono } from 'hono';
import { signedIn } from '../auth/guard.ts';
import { campaignAccess } from '../campaigns/access.ts';
import { duplicateCampaignBody, updateCampaignBody } from '../campaigns/contract.ts';
import { deleteNeverLaunched, duplicateCampaign, editDraft } from '../campaigns/edit.ts';
import { jsonBody, type AppEnv } from '../http.ts';
import { editLaunchedCampaign } from './reminders.ts';

export const campaignEditRoutes = new Hono<AppEnv>()
  .use(signedIn)
  .patch('/:id', campaignAccess('write'), jsonBody(updateCampaignBody), async (c) => {
    const campaign = c.var.campaign;
    const body = c.req.valid('json');
    if (campaign.status === 'draft')
      return c.json({ campaign: await editDraft(c.var.deps, campaign, body), reminders: null });
    return c.json(await editLaunchedCampaign(c.var.deps, campaign, body));
  })
  .delete('/:id', campaignAccess('write'), async (c) => {
    await deleteNeverLaunched(c.var.deps, c.var.campaign);
    return c.json({ ok: true });
  })
  .post('/:id/duplicate', campaignAccess('write'), jsonBody(duplicateCampaignBody), async (c) =>
    c.json(await duplicateCampaign(c.var.deps, c.var.campaign, c.req.valid('json')), 201),
  );
