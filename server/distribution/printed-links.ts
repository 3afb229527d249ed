/**
 * Printed links: who may get one, and issuing them. A link that a message carries is the worker's
 * own; printing would re-key it, so the SMS or email they received would stop working and the staff
 * member would hold the only working link. Such invitations, and completed ones, are never re-keyed.
 *
 * "Carried", as the reviews count channels (server/reviews/period-rows.ts): the invitation message is
 * queued, being sent, sent or delivered (the dispatcher rebuilds the current link at send time), or a
 * reminder already went out (carryingChannel in outbox/reads.ts). A reminder still waiting does not count:
 * when the invitation bounced, the person needs a card, and the reminder will carry the card's link,
 * the invitation's current one.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Campaign } from '../campaigns/contract.ts';
import {
  heldTokenHashes,
  invitationsOfContacts,
  rekeyInvitations,
  unansweredInviteesWhere,
} from '../campaigns/invitations/store.ts';
import { codeMac, groupCode, linkToken, shortCode } from '../campaigns/links.ts';
import { storeCodes } from '../campaigns/printed-codes.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { sha256Hex } from '../ids.ts';
import { contactIdsAmong, contactListings, contactListingsAmong } from '../partnerships/contacts/people.ts';
import type { PrintableContact, PrintableQuery, SkippedContact, SkipReason } from './contract.ts';
import { carryingChannel } from './outbox/reads.ts';

/** A picked contact as the campaign sees it: its invitation, and why no link may be printed, if so. */
export interface Picked {
  contact: PrintableContact | null;
  contactId: string;
  invitationId: string | null;
  linkVersion: number;
  /** The invitation's page language: what its card is printed in, not the contact's own. */
  language: string | null;
  skip: SkipReason | null;
}

/** Each picked contact with its invitation in the campaign and the reason it gets no link, if any. */
export async function classifyPicks(
  deps: Pick<Deps, 'db'>,
  campaignId: string,
  contactIds: string[],
): Promise<Picked[]> {
  const picks = await invitationsOfContacts(deps, campaignId, [...new Set(contactIds)], carryingChannel);
  // Only an invitee's name: an id from another partnership must not answer with a name.
  const invitees = await contactListings(
    deps,
    picks.flatMap((p) => (p.invitationId ? [p.contactId] : [])),
  );
  return picks.map((p) => ({
    contactId: p.contactId,
    invitationId: p.invitationId,
    linkVersion: p.linkVersion,
    language: p.language,
    contact: (p.invitationId && invitees.get(p.contactId)) || null,
    skip: !p.invitationId
      ? 'not_invited'
      : p.completed
        ? 'completed'
        : p.carried === 'sms'
          ? 'delivered_by_sms'
          : p.carried === 'email'
            ? 'delivered_by_email'
            : null,
  }));
}

/** The SQL condition an invitation must meet to be re-keyed for print, checked again in the write. */
export function printable(invitationId: RawBuilder<unknown>) {
  return sql<boolean>`${carryingChannel(invitationId)} IS NULL`;
}

/**
 * The campaign's invitees no message has reached and who have not answered, by name: the people a
 * printed link is for. `total` counts every match, of which `contacts` is one page.
 */
export function listPrintable(
  deps: Pick<Deps, 'db'>,
  campaignId: string,
  query: PrintableQuery,
): Promise<{ contacts: PrintableContact[]; total: number }> {
  return contactListingsAmong(deps, unansweredInviteesWhere(campaignId, printable), query);
}

/** Every contact `listPrintable` would list, for the CLI's --all-unreached. */
export function unreachedContactIds(deps: Pick<Deps, 'db'>, campaignId: string): Promise<string[]> {
  return contactIdsAmong(deps, unansweredInviteesWhere(campaignId, printable));
}

export interface IssuedLink extends PrintableContact {
  token: string;
  /** The card's short code, grouped as printed (K7QX-9MHP-2T). */
  code: string;
  /** The language of the page the card opens, which the card is printed in. */
  cardLanguage: string;
}

const skippedOf = (p: Picked, reason: SkipReason): SkippedContact => ({
  contactId: p.contactId,
  firstName: p.contact?.firstName ?? '',
  lastName: p.contact?.lastName ?? '',
  reason,
});

/**
 * Fresh printed links for the contacts a staff member picked, returned once. Only a picked invitation
 * that no message has carried and that is not completed moves to a new link (its earlier printed
 * card stops working); the others are skipped with the reason, so a link delivered by SMS or email
 * keeps working. A draft saved under the earlier link stays sealed under it: the new link cannot open
 * it (server/respond/drafts.ts), so whoever prints a link never sees what the worker had answered.
 */
export async function issueLinks(
  deps: Pick<Deps, 'db' | 'atomic' | 'config'>,
  campaign: Campaign,
  contactIds: string[],
): Promise<{ issued: IssuedLink[]; skipped: SkippedContact[] }> {
  if (campaign.status === 'draft')
    throw new AppError('CAMPAIGN_NOT_OPEN', 'Launch the campaign before handing out links.');
  const picks = await classifyPicks(deps, campaign.id, contactIds);
  const skipped = picks.flatMap((p) => (p.skip ? [skippedOf(p, p.skip)] : []));
  const secret = deps.config.distribution.linkSecret;
  const minted = await Promise.all(
    picks
      .filter((p) => !p.skip)
      .map(async (p) => {
        const version = p.linkVersion + 1;
        const token = await linkToken(secret, p.invitationId!, version);
        const code = await shortCode(secret, p.invitationId!, version);
        return { pick: p, token, hash: await sha256Hex(token), code, codeMac: await codeMac(secret, code) };
      }),
  );
  if (minted.length === 0) return { issued: [], skipped };
  // One statement for any number of picks, which checks again what was read: a message queued or an
  // answer given meanwhile leaves that invitation as it is.
  const moves = minted.map((m) => ({
    invitationId: m.pick.invitationId!,
    tokenHash: m.hash,
    linkVersion: m.pick.linkVersion,
  }));
  await deps.atomic([rekeyInvitations(deps, campaign.id, moves, printable)]);
  // Links are derived, so a print racing this one for the same person writes the same hash.
  const held = await heldTokenHashes(
    deps,
    campaign.id,
    minted.map((m) => m.hash),
  );
  const lost = minted.filter((m) => !held.has(m.hash));
  if (lost.length > 0) {
    const again = await classifyPicks(
      deps,
      campaign.id,
      lost.map((m) => m.pick.contactId),
    );
    if (again.some((p) => !p.skip))
      throw new AppError('CONFLICT', 'These links changed while they were being printed; try again.');
    skipped.push(...again.map((p) => skippedOf(p, p.skip!)));
  }
  const kept = minted.filter((m) => held.has(m.hash));
  // After the re-key, and only for links it moved: a card's code opens the link it was printed with.
  if (kept.length > 0)
    await deps.atomic([
      storeCodes(
        deps,
        kept.map((m) => ({
          codeMac: m.codeMac,
          invitationId: m.pick.invitationId!,
          linkVersion: m.pick.linkVersion + 1,
        })),
      ),
    ]);
  const issued = kept.map(({ pick, token, code }) => ({
    ...pick.contact!,
    token,
    code: groupCode(code),
    cardLanguage: pick.language!,
  }));
  return { issued, skipped };
}
