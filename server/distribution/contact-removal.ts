/**
 * Deleting and erasing contacts: one atomic write across the owners that hold something of them.
 * It sits in distribution because it reaches the messages and clarifications (distribution) and the
 * invitations (campaigns), which the contacts' own area may not import.
 *
 * Deleting a record entered by mistake and erasing on request are one act: no lesser delete could keep
 * an address that was entered. What goes: the contact's name, addresses, organization, attributes and consents; the links of their
 * invitations and any printed card; their clarifications; their messages' provider ids and any address
 * quoted in an error. What stays: every count (invitations, answers, messages by channel and status,
 * read live from those rows, so they are identical before and after), the anonymous responses (which
 * never held a contact), and a STOP or an unsubscribe as a keyed MAC, so re-importing the same phone
 * or address starts opted out.
 */
import { anonymizeInvitationsOf } from '../campaigns/invitations/store.ts';
import type { Deps } from '../deps.ts';
import type { Contact, ContactRemoval } from '../partnerships/contract.ts';
import { optOutMarksInsert } from '../partnerships/contacts/marks.ts';
import { contactsErase, selectedContacts } from '../partnerships/contacts/removal.ts';
import { clarificationsOfContactsDelete } from './clarifications.ts';
import { messagesOfContactsClear } from './outbox/erase.ts';

/** Removes every one of these contacts of the partnership, or none (NOT_FOUND) if any is not one. */
export async function removeContacts(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock' | 'config'>,
  partnershipId: string,
  ids: string[],
): Promise<ContactRemoval> {
  return eraseContacts(deps, partnershipId, await selectedContacts(deps, partnershipId, ids));
}

/**
 * The erasure itself, for contacts already read (the retention job reads its own, those due). A
 * contact erased meanwhile by another hand is left as it is (contactsErase skips a tombstone).
 */
export async function eraseContacts(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock' | 'config'>,
  partnershipId: string,
  contacts: Contact[],
): Promise<ContactRemoval> {
  const chosen = contacts.map((c) => c.id);
  const marks = await optOutMarksInsert(deps, [
    ...contacts.flatMap((c) =>
      c.smsOptedOut && c.phone ? [{ channel: 'sms' as const, value: c.phone }] : [],
    ),
    ...contacts.flatMap((c) =>
      c.emailOptedOut && c.email ? [{ channel: 'email' as const, value: c.email }] : [],
    ),
  ]);
  const day = deps.clock.now().toISOString().slice(0, 10);
  const results = await deps.atomic([
    clarificationsOfContactsDelete(deps, chosen),
    messagesOfContactsClear(deps, contacts),
    anonymizeInvitationsOf(deps, chosen),
    contactsErase(deps, partnershipId, chosen, day),
    ...(marks ? [marks] : []),
  ]);
  const n = (i: number) => Number(results[i]?.numChangedRows ?? 0);
  return {
    erased: n(3),
    messagesCleared: n(1),
    invitationsAnonymized: n(2),
    optOutsKept: marks ? n(4) : 0,
  };
}
