/**
 * The statements opt-outs and status callbacks pass to their atomic writes, and what a reply needs to
 * know of the texts sent: the phone a message was for, the last text sent to a number.
 */
import { invitationLanguages } from '../../campaigns/invitations/store.ts';
import { contactPhones, textableContacts, type contactIdsAt } from '../../partnerships/contacts/reach.ts';
import type { Deps } from '../../deps.ts';
import type { OutboxStatus } from '../contract.ts';
import type { Channel } from './queue.ts';

/**
 * An opt-out's change to the queue, for `deps.atomic` with the contacts' own (opt-out.ts): queued
 * messages on that channel to those contacts become `opted_out`, so none slips out in between.
 */
export function optOutQueued(
  deps: Pick<Deps, 'db'>,
  channel: Channel,
  code: 'STOP' | 'UNSUBSCRIBED',
  contactIds: ReturnType<typeof contactIdsAt>,
) {
  return deps.db
    .updateTable('outbox')
    .set({ status: 'opted_out', error_code: code })
    .where('status', '=', 'queued')
    .where('channel', '=', channel)
    .where('contact_id', 'in', contactIds);
}

/**
 * A status callback's move of an SMS row, for `deps.atomic` (delivery.ts): to `status` only from one
 * of `from`, so callbacks arriving out of order never move a row back. `error` (a code and its
 * reason, or nulls) replaces the row's; undefined leaves it.
 */
export function moveSmsStatus(
  deps: Pick<Deps, 'db'>,
  move: {
    id: string;
    sid: string;
    status: OutboxStatus;
    from: OutboxStatus[];
    error?: { code: string | null; message: string | null };
  },
) {
  return (
    deps.db
      .updateTable('outbox')
      .set((eb) => ({
        status: move.status,
        // The first sid we learn wins, whether from the dispatcher or from this callback.
        provider_id: eb.fn.coalesce('provider_id', eb.val(move.sid)),
        ...(move.error ? { error_code: move.error.code, error_message: move.error.message } : {}),
      }))
      .where('id', '=', move.id)
      .where('channel', '=', 'sms')
      .where('status', 'in', move.from)
      // A callback for another message (a resend after a crash has its own sid) says nothing of this one.
      .where((eb) => eb.or([eb('provider_id', 'is', null), eb('provider_id', '=', move.sid)]))
  );
}

/** The phone a message was for, as its contact has it now. */
export async function phoneOfMessage(deps: Pick<Deps, 'db'>, outboxId: string): Promise<string | null> {
  const row = await deps.db
    .selectFrom('outbox')
    .innerJoin(contactPhones(deps).as('contact'), 'contact.id', 'outbox.contact_id')
    .select('contact.phone')
    .where('outbox.id', '=', outboxId)
    .executeTakeFirst();
  return row?.phone ?? null;
}

/** The outbox states in which a text has left us (or is leaving): what a reply can be answering. */
const texted = ['sending', 'sent', 'delivered'] as const;

/**
 * The latest text to a contact with this phone who still takes texts: the campaign a reply from that
 * phone answers, with the contact and the language that text was in (the invitation's page language,
 * which is the partnership's fallback for a contact whose own language the survey lacks).
 */
export async function lastTextTo(deps: Pick<Deps, 'db'>, e164: string) {
  return deps.db
    .selectFrom('outbox')
    .innerJoin(textableContacts(deps, e164).as('contact'), 'contact.id', 'outbox.contact_id')
    .innerJoin(invitationLanguages(deps).as('invitation'), 'invitation.id', 'outbox.invitation_id')
    .select(['outbox.campaign_id', 'outbox.contact_id', 'invitation.language'])
    .where('outbox.channel', '=', 'sms')
    .where('outbox.status', 'in', texted)
    .orderBy('outbox.due_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}
