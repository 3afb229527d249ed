/**
 * /api/campaigns/:id changed, deleted and duplicated. Here rather than with the campaigns because a
 * launched campaign's edit reschedules its queued reminders (reminders.ts), which are the outbox's.
 */
import { Hono } from 'hono';
import { signedIn } from '../auth/guard.ts';
import { campaignAccess } from '../campaigns/access.ts';
import { duplicateCampaignBody, updateCampaignBody } from '../campaigns/contract.ts';
import { keywordAsStored } from '../campaigns/text-settings.ts';
import { deleteNeverLaunched, duplicateCampaign, editDraft } from '../campaigns/edit.ts';
import { audited, changes } from '../audit/audited.ts';
import { jsonBody, type AppEnv } from '../http.ts';
import { editLaunchedCampaign } from './reminders.ts';

export const campaignEditRoutes = new Hono<AppEnv>()
  .use(signedIn)
  .patch('/:id', campaignAccess('write'), jsonBody(updateCampaignBody), async (c) => {
    const campaign = c.var.campaign;
    const body = c.req.valid('json');
    const what = {
      action: 'campaign.edit',
      object: { kind: 'campaign', id: campaign.id },
      partnershipId: campaign.partnershipId,
      // The keyword as it would be stored (upper case, no accents), so before and after compare.
      detail: changes(campaign, {
        ...body,
        textKeyword: body.textKeyword === undefined ? undefined : keywordAsStored(body.textKeyword),
      }),
    };
    if (campaign.status === 'draft') {
      const edited = await audited(c, what, (deps) => editDraft(deps, campaign, body));
      return c.json({ campaign: edited, reminders: null });
    }
    return c.json(await audited(c, what, (deps) => editLaunchedCampaign(deps, campaign, body)));
  })
  .delete('/:id', campaignAccess('write'), async (c) => {
    const { campaign } = c.var;
    const what = {
      action: 'campaign.delete',
      object: { kind: 'campaign', id: campaign.id },
      partnershipId: campaign.partnershipId,
      detail: { name: campaign.name },
    };
    await audited(c, what, (deps) => deleteNeverLaunched(deps, campaign));
    return c.json({ ok: true });
  })
  .post('/:id/duplicate', campaignAccess('write'), jsonBody(duplicateCampaignBody), async (c) => {
    const { campaign } = c.var;
    const what = {
      action: 'campaign.duplicate',
      object: { kind: 'campaign', id: campaign.id },
      partnershipId: campaign.partnershipId,
    };
    return c.json(
      await audited(c, what, (deps) => duplicateCampaign(deps, campaign, c.req.valid('json'))),
      201,
    );
  });
