/**
 * What every route under /api/campaigns starts with, whichever area serves it: campaigns,
 * distribution and reviews each mount their campaign routes there, each with auth/guard.ts's signedIn.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http.ts';
import { requirePartnership } from '../partnerships/access.ts';
import { getCampaign } from './campaigns.ts';
import type { Campaign } from './contract.ts';

/** Loads a campaign and checks the caller may see (or change) its partnership. */
export async function campaignFor(
  c: { var: AppEnv['Variables'] },
  id: string,
  access: 'read' | 'write',
): Promise<Campaign> {
  const campaign = await getCampaign(c.var.deps, id);
  await requirePartnership(c, campaign.partnershipId, access);
  return campaign;
}

type WithCampaign = AppEnv & { Variables: { campaign: Campaign } };

/**
 * campaignFor as route middleware placed before the body's or the query's validator: the handlers
 * loaded the campaign and checked access before reading either, so an unknown campaign answers 404
 * and a viewer 403, not 400. The campaign is kept for the handler.
 */
export function campaignAccess(access: 'read' | 'write'): MiddlewareHandler<WithCampaign> {
  return async (c, next) => {
    // Every route it guards has the campaign's :id.
    c.set('campaign', await campaignFor(c, c.req.param('id')!, access));
    await next();
  };
}
