/**
 * Open links for posters: anyone with the link may answer, so stuffing must be costly. Each visit mints
 * a one-off ticket (an invitation with no contact) through the same single-use path as a personal
 * link; tickets are capped per hour and in total, and a ticket cannot be submitted within seconds of
 * being minted, so a script must fetch, wait and submit for every answer and still hits the caps.
 */
import type { Deps } from '../deps.ts';
import { localDay } from '../dates.ts';
import { AppError } from '../errors.ts';
import { getPartnership } from '../partnerships/partnerships.ts';
import { newId, newToken, sha256Hex } from '../ids.ts';
import { campaignWindow, getCampaign, type Campaign } from './campaigns.ts';

/** The fastest a person can plausibly answer even the shortest survey. */
export const minSecondsToAnswer = 20;

export async function enableOpenLink(deps: Pick<Deps, 'db' | 'random'>, campaign: Campaign) {
  const token = newToken(deps.random);
  await deps.db
    .updateTable('campaigns')
    .set({ open_link_hash: await sha256Hex(token) })
    .where('id', '=', campaign.id)
    .execute();
  return { token };
}

export async function disableOpenLink(deps: Pick<Deps, 'db'>, campaignId: string) {
  await deps.db.updateTable('campaigns').set({ open_link_hash: null }).where('id', '=', campaignId).execute();
}

/** Mints a ticket for one visitor, or refuses when the link is unknown, closed or over its caps. */
export async function mintTicket(deps: Pick<Deps, 'db' | 'clock' | 'random'>, openToken: string) {
  const row = await deps.db
    .selectFrom('campaigns')
    .select('id')
    .where('open_link_hash', '=', await sha256Hex(openToken))
    .executeTakeFirst();
  if (!row) throw new AppError('LINK_UNKNOWN', 'This survey link is not valid.');
  const campaign = await getCampaign(deps, row.id);
  const { timeZone } = await getPartnership(deps, campaign.partnershipId);
  // Open and close dates are the partnership's local days, as for personal links.
  const window = campaignWindow(campaign, localDay(deps.clock.now(), timeZone));
  if (window === 'closed') throw new AppError('CAMPAIGN_CLOSED', 'This survey has closed.');
  if (window === 'not_open') throw new AppError('CAMPAIGN_NOT_OPEN', 'This survey is not open yet.');

  const now = deps.clock.now();
  const hour = now.toISOString().slice(0, 13);
  const token = newToken(deps.random);
  const tokenHash = await sha256Hex(token);
  const limits = { hourly: campaign.openLink.hourlyLimit, total: campaign.openLink.totalLimit };
  // One conditional insert checks both caps, so concurrent visitors cannot overshoot them.
  const result = await deps.db
    .insertInto('invitations')
    .columns(['id', 'campaign_id', 'contact_id', 'token_hash', 'minted_hour', 'minted_at'])
    .expression(
      deps.db
        .selectNoFrom((eb) => [
          eb.val(newId(deps.random)).as('id'),
          eb.val(campaign.id).as('campaign_id'),
          eb.val(null).as('contact_id'),
          eb.val(tokenHash).as('token_hash'),
          eb.val(hour).as('minted_hour'),
          eb.val(now.toISOString()).as('minted_at'),
        ])
        .where((w) =>
          w.and([
            w(
              w
                .selectFrom('invitations')
                .select(w.fn.countAll().as('n'))
                .where('campaign_id', '=', campaign.id)
                .where('minted_hour', '=', hour),
              '<',
              limits.hourly,
            ),
            w(
              w
                .selectFrom('invitations')
                .select(w.fn.countAll().as('n'))
                .where('campaign_id', '=', campaign.id)
                .where('minted_hour', 'is not', null),
              '<',
              limits.total,
            ),
          ]),
        ),
    )
    .executeTakeFirst();
  if (Number(result.numInsertedOrUpdatedRows ?? 0) !== 1) {
    throw new AppError('RATE_LIMITED', 'Many people are answering right now. Please try again in an hour.');
  }
  return { token, campaignId: campaign.id };
}
