/**
 * The outbox, every email and text to send with its state; no other module names the table. Queueing
 * messages: the outbox rows a launch writes, in the same atomic write as its invitations. Channels are
 * chosen here (who can be reached how); whether a message may still go (opt-outs, completion, the
 * close date, SMS hours) is decided again when it is sent. Then the dispatcher's claims and marks, and
 * the statements opt-outs and status callbacks pass to their atomic writes.
 */
import { CompiledQuery, sql, type RawBuilder } from 'kysely';
import { launchedBy } from '../campaigns/campaigns.ts';
import { invitationCompletion, invitationsOfCampaigns } from '../campaigns/invitations.ts';
import { compileOnce } from '../db/compile-once.ts';
import {
  contactNamesAndAddresses,
  contactPhones,
  textableContacts,
  type contactIdsAt,
} from '../partnerships/contacts.ts';
import type { Contact } from '../partnerships/contract.ts';
import type { Deps, Random } from '../deps.ts';
import { newId } from '../ids.ts';
import type { ReachChannel } from '../reviews/contract.ts';
import type { FailureCount, OutboxStatus } from './contract.ts';
import { zonedInstant } from './send-window.ts';

export type Channel = 'sms' | 'email';

/**
 * The first channel in the campaign's order that can reach the contact: SMS needs a phone, consent
 * and no STOP; email needs an address and no unsubscribe. Null: only a printed link reaches them.
 */
export function chooseChannel(contact: Contact, channels: Channel[]): Channel | null {
  for (const channel of channels) {
    if (channel === 'sms' && contact.phone && contact.smsConsent && !contact.smsOptedOut) return 'sms';
    if (channel === 'email' && contact.email && !contact.emailOptedOut) return 'email';
  }
  return null;
}

/** Statuses of an invitation message that carried (or is carrying) the link to its person. */
export const carryingStatuses = ['queued', 'sending', 'sent', 'delivered'] as const;

// Every submission of a personal link asks this, so it is built and compiled once (see compileOnce).
const invitationMessage = compileOnce((db, invitationId: string) =>
  db
    .selectFrom('outbox')
    .select(['channel', 'status'])
    .where('invitation_id', '=', invitationId)
    .where('purpose', '=', 'invitation')
    .where('sequence', '=', 0),
);

/**
 * How a personal invitation reached its person, as reviews count it (server/reviews/period-rows.ts): the
 * channel of its invitation message while that message carries the link, else a printed link only.
 */
export async function reachedBy(deps: Pick<Deps, 'db'>, invitationId: string): Promise<Channel | 'printed'> {
  const [row] = (await deps.db.executeQuery(invitationMessage(deps.db, invitationId))).rows;
  return row && (carryingStatuses as readonly string[]).includes(row.status) ? row.channel : 'printed';
}

/** The statuses of a reminder that has carried the current link (one still waiting has not). */
const carriedStatuses = ['sending', 'sent', 'delivered'] as const;
const statusList = (xs: readonly string[]) => sql.join(xs.map((x) => sql.lit(x)));

/**
 * The channel of the message that carries an invitation's current link, or NULL when none does, as a
 * SQL expression over `invitationId`, which the printed links ask in their reads and again in their
 * re-keying write (distribution/printed-links.ts): the invitation message queued, being sent, sent or
 * delivered (the dispatcher rebuilds the current link at send time), else a reminder already gone out.
 */
export function carryingChannel(invitationId: RawBuilder<unknown>) {
  return sql<Channel | null>`(SELECT o.channel FROM outbox o
    WHERE o.invitation_id = ${invitationId}
      AND (o.status IN (${statusList(carriedStatuses)})
        OR (o.purpose = 'invitation' AND o.status IN (${statusList(carryingStatuses)})))
    ORDER BY o.purpose = 'invitation' DESC, o.sequence LIMIT 1)`;
}

/**
 * How the invitations of some campaigns reached their people, counted (never who): the channel whose
 * invitation message carried the link (queued, sending, sent or delivered), else a printed link only (no
 * message, or one that failed, was refused by an opt-out or not needed); open-link tickets apart.
 */
export async function invitationReach(deps: Pick<Deps, 'db'>, campaignIds: string[]) {
  const invitations = invitationsOfCampaigns(deps, campaignIds);
  const { rows } = await sql<{ campaign_id: string; channel: ReachChannel; completed: number; n: number }>`
    SELECT i.campaign_id,
      CASE WHEN i.contact_id IS NULL THEN 'open_link'
           WHEN o.status IN ('queued', 'sending', 'sent', 'delivered') THEN o.channel
           ELSE 'printed' END AS channel,
      i.completed, count(*) AS n
    FROM ${invitations} AS i LEFT JOIN outbox o ON o.invitation_id = i.id AND o.purpose = 'invitation'
    GROUP BY 1, 2, 3`.execute(deps.db);
  return rows;
}

/** A campaign's messages counted by channel, purpose and status, with how many of their people answered. */
export async function messageCounts(deps: Pick<Deps, 'db'>, campaignId: string) {
  const { rows } = await sql<{
    channel: Channel;
    purpose: OutboxRow['purpose'];
    status: OutboxStatus;
    n: number;
    completed: number;
  }>`
    SELECT o.channel, o.purpose, o.status, count(*) AS n, sum(i.completed) AS completed
    FROM outbox o JOIN ${invitationCompletion(deps)} i ON i.id = o.invitation_id
    WHERE o.campaign_id = ${campaignId}
    GROUP BY o.channel, o.purpose, o.status`.execute(deps.db);
  return rows;
}

/** A campaign's messages that failed for good or were not delivered, counted by reason: the 50 most. */
export async function failureCounts(deps: Pick<Deps, 'db'>, campaignId: string): Promise<FailureCount[]> {
  const { rows } = await sql<FailureCount>`
    SELECT channel, status, error_code AS code, error_message AS message, count(*) AS count
    FROM outbox WHERE campaign_id = ${campaignId} AND status IN ('failed', 'undelivered')
    GROUP BY channel, status, error_code, error_message ORDER BY count(*) DESC, channel, error_code LIMIT 50`.execute(
    deps.db,
  );
  return rows;
}

/**
 * A campaign's invitation messages that failed for good or were not delivered, with their person's
 * name and address as they are now, by name then message id: at most `limit`, from after `after`.
 */
export async function failedInvitations(
  deps: Pick<Deps, 'db'>,
  campaignId: string,
  page: { after?: readonly [lastName: string, firstName: string, outboxId: string]; limit: number },
) {
  const after = page.after
    ? sql`AND (c.last_name, c.first_name, o.id) > (${page.after[0]}, ${page.after[1]}, ${page.after[2]})`
    : sql``;
  const { rows } = await sql<{
    id: string;
    contact_id: string;
    first_name: string;
    last_name: string;
    channel: Channel;
    address: string | null;
    status: 'failed' | 'undelivered';
    error_code: string | null;
    error_message: string | null;
    attempts: number;
  }>`
    SELECT o.id, o.contact_id, c.first_name, c.last_name, o.channel,
      CASE o.channel WHEN 'sms' THEN c.phone ELSE c.email END AS address,
      o.status, o.error_code, o.error_message, o.attempts
    FROM outbox o JOIN ${contactNamesAndAddresses(deps)} c ON c.id = o.contact_id
    WHERE o.campaign_id = ${campaignId} AND o.purpose = 'invitation' AND o.status IN ('failed', 'undelivered')
      ${after}
    ORDER BY c.last_name, c.first_name, o.id
    LIMIT ${page.limit}`.execute(deps.db);
  return rows;
}

export interface OutboxRow {
  id: string;
  campaign_id: string;
  invitation_id: string;
  contact_id: string;
  channel: Channel;
  purpose: 'invitation' | 'reminder';
  sequence: number;
  due_at: string;
}

export interface Schedule {
  campaignId: string;
  launchedAt: Date;
  opensOn: string;
  closesOn: string;
  timeZone: string;
  reminderDays: number[];
}

const day = 86_400_000;

/**
 * The invitation goes at launch (or when the campaign opens, if later); reminder k goes
 * reminderDays[k] days after that. Reminders due after the close date are not written at all.
 */
export function outboxRowsFor(
  random: Random,
  schedule: Schedule,
  invitation: { id: string; contactId: string; channel: Channel },
): OutboxRow[] {
  const opens = zonedInstant(schedule.opensOn, '00:00', schedule.timeZone);
  const closes = zonedInstant(schedule.closesOn, '23:59', schedule.timeZone);
  const first = Math.max(schedule.launchedAt.getTime(), opens.getTime());
  const base = {
    campaign_id: schedule.campaignId,
    invitation_id: invitation.id,
    contact_id: invitation.contactId,
    channel: invitation.channel,
  };
  const rows: OutboxRow[] = [
    { ...base, id: newId(random), purpose: 'invitation', sequence: 0, due_at: new Date(first).toISOString() },
  ];
  schedule.reminderDays.forEach((days, i) => {
    const due = first + days * day;
    if (due <= closes.getTime())
      rows.push({
        ...base,
        id: newId(random),
        purpose: 'reminder',
        sequence: i + 1,
        due_at: new Date(due).toISOString(),
      });
  });
  return rows;
}

const columns = [
  'id',
  'campaign_id',
  'invitation_id',
  'contact_id',
  'channel',
  'purpose',
  'sequence',
  'due_at',
] as const;
// D1 binds at most 100 parameters per statement: 12 rows x 8 + 2 guard parameters = 98.
export const outboxRowsPerInsert = 12;

/**
 * Inserts only if the launch identified by (campaign, launched_at) took effect, like the invitations
 * it travels with, so a launch that lost a race queues nothing.
 */
export function insertOutboxIfLaunchedBy(
  campaignId: string,
  launchedAt: string,
  rows: OutboxRow[],
): CompiledQuery {
  const values = rows.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ');
  const launched = launchedBy(campaignId, launchedAt);
  return CompiledQuery.raw(
    `INSERT INTO outbox (${columns.join(', ')})
     SELECT * FROM (VALUES ${values})
     WHERE ${launched.sql}`,
    [...rows.flatMap((r) => columns.map((c) => r[c])), ...launched.parameters],
  );
}

/**
 * The messages the development senders "sent" (their provider ids start with `dev-`), newest first,
 * for the admin outbox view.
 */
export function devSentMessages(deps: Pick<Deps, 'db'>, query: { campaignId?: string; limit: number }) {
  let q = deps.db
    .selectFrom('outbox')
    .select([
      'id',
      'campaign_id',
      'invitation_id',
      'contact_id',
      'channel',
      'purpose',
      'sequence',
      'attempts',
      'status',
    ])
    .where('provider_id', 'like', 'dev-%')
    .orderBy(({ ref }) => ref('rowid' as never), 'desc')
    .limit(query.limit);
  if (query.campaignId) q = q.where('campaign_id', '=', query.campaignId);
  return q.execute();
}

/** How many invitation messages a campaign's launch has queued (whatever became of them since). */
export async function invitationMessageCount(deps: Pick<Deps, 'db'>, campaignId: string): Promise<number> {
  const row = await deps.db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('campaign_id', '=', campaignId)
    .where('purpose', '=', 'invitation')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

// The dispatcher's statements (dispatcher.ts). A row is claimed with a lease before it is sent and
// marked after; a mark applies only while the row is still `sending` (once its lease runs out another
// run may claim it), except a success, which a status callback may already have moved on.

/**
 * Claims up to `limit` rows due on a channel, earliest due first: queued rows now due, and rows whose
 * lease ran out while sending (a crashed run). Each claim counts as an attempt.
 */
export async function claimDue(
  deps: Pick<Deps, 'db'>,
  claim: { channel: Channel; now: string; leaseUntil: string; limit: number },
): Promise<(Omit<OutboxRow, 'due_at'> & { attempts: number })[]> {
  const { channel, now, leaseUntil, limit } = claim;
  const { rows } = await sql<Omit<OutboxRow, 'due_at'> & { attempts: number }>`
    UPDATE outbox SET status = 'sending', lease_until = ${leaseUntil}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM outbox
      WHERE channel = ${channel}
        AND ((status = 'queued' AND due_at <= ${now}) OR (status = 'sending' AND lease_until <= ${now}))
      ORDER BY due_at LIMIT ${limit})
    RETURNING id, campaign_id, invitation_id, contact_id, channel, purpose, sequence, attempts`.execute(
    deps.db,
  );
  return rows;
}

/** Rows due now on a channel: the progress bar's total. */
export async function countDue(deps: Pick<Deps, 'db' | 'clock'>, channel?: Channel): Promise<number> {
  const iso = deps.clock.now().toISOString();
  let q = deps.db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'queued'), eb('due_at', '<=', iso)]),
        eb.and([eb('status', '=', 'sending'), eb('lease_until', '<=', iso)]),
      ]),
    );
  if (channel) q = q.where('channel', '=', channel);
  return Number((await q.executeTakeFirst())?.n ?? 0);
}

/** The provider took the message. */
export async function markSent(deps: Pick<Deps, 'db'>, id: string, providerId: string): Promise<void> {
  // A status callback may already have moved the row on (the sid reaches Twilio's callback first).
  await sql`UPDATE outbox SET
      status = CASE WHEN status = 'sending' THEN 'sent' ELSE status END,
      provider_id = coalesce(provider_id, ${providerId}),
      lease_until = NULL,
      error_code = CASE WHEN status = 'sending' THEN NULL ELSE error_code END,
      error_message = CASE WHEN status = 'sending' THEN NULL ELSE error_message END
    WHERE id = ${id}`.execute(deps.db);
}

/** The message will not go: refused for good, or out of attempts. */
export async function markFailed(
  deps: Pick<Deps, 'db'>,
  id: string,
  error: { code: string; message: string },
): Promise<void> {
  await deps.db
    .updateTable('outbox')
    .set({ status: 'failed', lease_until: null, error_code: error.code, error_message: error.message })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute();
}

/** A passing failure: queued again for `dueAt`, with what went wrong this time. */
export async function retryLater(
  deps: Pick<Deps, 'db'>,
  id: string,
  dueAt: string,
  error: { code: string; message: string },
): Promise<void> {
  await deps.db
    .updateTable('outbox')
    .set({
      status: 'queued',
      due_at: dueAt,
      lease_until: null,
      error_code: error.code,
      error_message: error.message,
    })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute();
}

/** Not to be sent before `until` (SMS hours); `attempts` gives back the claim's attempt. */
export async function holdUntil(
  deps: Pick<Deps, 'db'>,
  id: string,
  until: string,
  attempts: number,
): Promise<void> {
  await deps.db
    .updateTable('outbox')
    .set({ status: 'queued', due_at: until, lease_until: null, attempts })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute();
}

/** Never to be sent: the person opted out, answered, or the campaign closed (`code` says which). */
export async function dropClaimed(
  deps: Pick<Deps, 'db'>,
  id: string,
  status: Extract<OutboxStatus, 'skipped' | 'opted_out'>,
  code: string,
): Promise<void> {
  await deps.db
    .updateTable('outbox')
    .set({ status, lease_until: null, error_code: code, error_message: null })
    .where('id', '=', id)
    .where('status', '=', 'sending')
    .execute();
}

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
 * phone answers, with the contact and their language.
 */
export async function lastTextTo(deps: Pick<Deps, 'db'>, e164: string) {
  return deps.db
    .selectFrom('outbox')
    .innerJoin(textableContacts(deps, e164).as('contact'), 'contact.id', 'outbox.contact_id')
    .select(['outbox.campaign_id', 'outbox.contact_id', 'contact.language'])
    .where('outbox.channel', '=', 'sms')
    .where('outbox.status', 'in', texted)
    .orderBy('outbox.due_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}
