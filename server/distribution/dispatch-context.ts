/** What the dispatcher needs to know about a claimed row, read in a few batched queries. */
import { getCampaign } from '../campaigns/campaigns.ts';
import type { Campaign } from '../campaigns/contract.ts';
import { invitationLinkStates } from '../campaigns/invitations/store.ts';
import type { Deps } from '../deps.ts';
import { getContactsForSending } from '../partnerships/contacts/people.ts';
import type { Contact, Partnership } from '../partnerships/contract.ts';
import { getPartnership } from '../partnerships/partnerships.ts';
import type { OutboxRow } from './outbox/queue.ts';

/** An outbox row as the dispatcher claimed it. */
export interface Claimed extends Omit<OutboxRow, 'due_at'> {
  /** Including this one. */
  attempts: number;
}

export interface DispatchRow extends Claimed {
  contact: Contact | null;
  /** The contact's phone, when the carrier's answer should opt it out. */
  phone: string | null;
  invitation: { completed: boolean; linkVersion: number; language: string } | null;
  campaign: Campaign;
  partnership: Partnership;
}

export async function loadContext(
  deps: Pick<Deps, 'db' | 'config'>,
  claimed: Claimed[],
): Promise<DispatchRow[]> {
  // Opt-out marks are checked here, at send time, not only when contacts arrive.
  const contacts = await getContactsForSending(deps, [...new Set(claimed.map((r) => r.contact_id))]);
  const invitations = await invitationLinkStates(deps, [...new Set(claimed.map((r) => r.invitation_id))]);
  const campaigns = new Map<string, Campaign>();
  const partnerships = new Map<string, Partnership>();
  for (const id of new Set(claimed.map((r) => r.campaign_id))) {
    const campaign = await getCampaign(deps, id);
    campaigns.set(id, campaign);
    if (!partnerships.has(campaign.partnershipId))
      partnerships.set(campaign.partnershipId, await getPartnership(deps, campaign.partnershipId));
  }
  return claimed.map((row) => {
    const campaign = campaigns.get(row.campaign_id)!;
    const contact = contacts.get(row.contact_id) ?? null;
    return {
      ...row,
      contact,
      phone: contact?.phone ?? null,
      invitation: invitations.get(row.invitation_id) ?? null,
      campaign,
      partnership: partnerships.get(campaign.partnershipId)!,
    };
  });
}
