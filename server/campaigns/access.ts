/** What every route under /api/campaigns starts with, whichever area serves it. */
import type { MiddlewareHandler } from 'hono';
import { authenticate } from '../auth/guard.ts';
import type { AppEnv } from '../http.ts';
import { requirePartnership } from '../partnerships/access.ts';
import { getCampaign, type Campaign } from './campaigns.ts';

/**
 * Campaigns, distribution and reviews each mount their campaign routes at /api/campaigns, and every
 * sub-app's middleware runs for each request there: the first authenticates, the others see its user
 * instead of looking the session up again.
 */
export const signedIn: MiddlewareHandler<AppEnv> = (c, next) => (c.var.user ? next() : authenticate(c, next));

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
