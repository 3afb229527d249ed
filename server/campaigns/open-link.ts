/**
 * Open links for posters: anyone with the link may answer, so stuffing must be costly. Each visit mints
 * a one-off ticket (an invitation with no contact) through the same single-use path as a personal
 * link; tickets are capped per client (open-link-clients.ts), per hour and in total, and a ticket
 * cannot be submitted within seconds of being minted, so a script must fetch, wait and submit for
 * every answer, and soon meets its own limit while other people at the poster still get tickets.
 * The link itself is derived from the link secret and a version, so staff can see it again; turning
 * it on moves to the next version, which retires the one before.
 */
import type { Deps } from '../deps.ts';
import { localDay } from '../dates.ts';
import { AppError } from '../errors.ts';
import { linkToken } from './links.ts';
import { getPartnership } from '../partnerships/partnerships.ts';
import { newId, newToken, sha256Hex } from '../ids.ts';
import {
  campaignByOpenLink,
  campaignWindow,
  clearOpenLink,
  getCampaign,
  openLinkVersion,
  storedOpenLink,
  storeOpenLink,
} from './campaigns.ts';
import type { Campaign } from './contract.ts';
import { ticketInsert } from './invitations/tickets.ts';
import {
  clientBuckets,
  clientLimits,
  clientRefusal,
  countTicket,
  forgetEndedWindows,
  underClientLimits,
} from './open-link-clients.ts';

/** The fastest a person can plausibly answer even the shortest survey. */
export const minSecondsToAnswer = 20;

/**
 * The open link's token for one version: HMAC of the link secret, like a personal link's, so the
 * dashboard can show it again while the database keeps only its hash. The `open:` prefix keeps it
 * apart from every invitation's token (invitation ids have no colon).
 */
export function openLinkToken(secret: string, campaignId: string, version: number): Promise<string> {
  return linkToken(secret, `open:${campaignId}`, version);
}

/**
 * Turns the open link on with a new token (the next version), retiring any earlier one. The version
 * only ever grows, so a link turned off, or replaced, never comes back.
 */
export async function enableOpenLink(deps: Pick<Deps, 'db' | 'config'>, campaign: Campaign) {
  // Guarded on the version read, so two requests at once cannot both think their link is current.
  for (let attempt = 0; attempt < 3; attempt++) {
    const current = await openLinkVersion(deps, campaign.id);
    const version = current + 1;
    const token = await openLinkToken(deps.config.distribution.linkSecret, campaign.id, version);
    if (await storeOpenLink(deps, campaign.id, { hash: await sha256Hex(token), version }, current)) {
      return { token };
    }
  }
  throw new AppError('CONFLICT', 'The open link was changed at the same time; reload and try again.');
}

export async function disableOpenLink(deps: Pick<Deps, 'db'>, campaignId: string) {
  await clearOpenLink(deps, campaignId);
}

/**
 * The open link as it stands: off, on with its token, or on but `hidden`: turned on before links
 * were derived (migrations/0007), so only its hash exists and a new link is the way to show one.
 */
export type OpenLinkState = { state: 'off' } | { state: 'on'; token: string } | { state: 'hidden' };

export async function currentOpenLink(
  deps: Pick<Deps, 'db' | 'config'>,
  campaignId: string,
): Promise<OpenLinkState> {
  const link = await storedOpenLink(deps, campaignId);
  if (!link?.hash) return { state: 'off' };
  const token = await openLinkToken(deps.config.distribution.linkSecret, campaignId, link.version);
  return (await sha256Hex(token)) === link.hash ? { state: 'on', token } : { state: 'hidden' };
}

/**
 * Mints a ticket for one visitor at `address` (clientAddress), or refuses when the link is unknown,
 * closed, over this client's limits (ClientLimitReached) or over the campaign's caps.
 */
export async function mintTicket(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock' | 'random' | 'config'>,
  openToken: string,
  address: string,
) {
  const campaignId = await campaignByOpenLink(deps, await sha256Hex(openToken));
  if (!campaignId) throw new AppError('LINK_UNKNOWN', 'This survey link is not valid.');
  const campaign = await getCampaign(deps, campaignId);
  const { timeZone } = await getPartnership(deps, campaign.partnershipId);
  // Open and close dates are the partnership's local days, as for personal links.
  const window = campaignWindow(campaign, localDay(deps.clock.now(), timeZone));
  if (window === 'closed') throw new AppError('CAMPAIGN_CLOSED', 'This survey has closed.');
  if (window === 'not_open') throw new AppError('CAMPAIGN_NOT_OPEN', 'This survey is not open yet.');

  const { db } = deps;
  const now = deps.clock.now();
  const hour = now.toISOString().slice(0, 13);
  const token = newToken(deps.random);
  const tokenHash = await sha256Hex(token);
  const limits = { hourly: campaign.openLink.hourlyLimit, total: campaign.openLink.totalLimit };
  const perClient = clientLimits(campaign.openLink);
  const buckets = await clientBuckets(deps.config.distribution.linkSecret, campaign.id, address, now);
  // One conditional insert checks the client's limits and the campaign's caps, and the client's counts
  // go up in the same atomic write, so concurrent visits overshoot neither. Windows that are over are
  // deleted first, whichever campaign they belong to.
  const ticket = {
    id: newId(deps.random),
    campaignId: campaign.id,
    tokenHash,
    hour,
    mintedAt: now.toISOString(),
  };
  const insert = ticketInsert(db, ticket, limits, underClientLimits(campaign.id, buckets, perClient));
  const results = await deps.atomic([
    forgetEndedWindows(db, now),
    insert,
    countTicket(db, campaign.id, buckets.hour, tokenHash),
    countTicket(db, campaign.id, buckets.day, tokenHash),
  ]);
  if (results[1]?.numChangedRows !== 1) {
    throw (
      (await clientRefusal(deps, campaign.id, buckets, perClient)) ??
      new AppError('RATE_LIMITED', 'Many people are answering right now. Please try again in an hour.')
    );
  }
  return { token, campaignId: campaign.id };
}
