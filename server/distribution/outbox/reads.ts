/**
 * What the outbox tells others: how an invitation reached its person (the reviews' channels, the
 * respondent's submission, printed links), a campaign's messages and failures for its progress, and
 * what the development senders sent.
 */
import { sql, type RawBuilder } from 'kysely';
import { invitationCompletion, invitationsOfCampaigns } from '../../campaigns/invitations/store.ts';
import { textAnswerInvitations } from '../../campaigns/invitations/text-answers.ts';
import { textableContacts } from '../../partnerships/contacts/reach.ts';
import { compileOnce } from '../../db/compile-once.ts';
import { contactNamesAndAddresses } from '../../partnerships/contacts/people.ts';
import type { Deps } from '../../deps.ts';
import type { ReachChannel } from '../../reviews/contract.ts';
import type { FailureCount, OutboxStatus } from '../contract.ts';
import type { Channel, OutboxRow } from './queue.ts';

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

/**
 * Queued texts due by `dueBy`, counted per campaign and due time, of one campaign or all: a campaign's
 * rows share a few due times (its launch, each reminder, the texting hours' next start), so the
 * caller can count those due before each partnership's own next window in one query.
 */
export async function queuedTextsDueBy(deps: Pick<Deps, 'db'>, dueBy: string, campaignId?: string) {
  const { rows } = await sql<{ campaign_id: string; due_at: string; n: number }>`
    SELECT campaign_id, due_at, count(*) AS n FROM outbox
    WHERE channel = 'sms' AND status = 'queued' AND due_at <= ${dueBy}
      ${campaignId === undefined ? sql`` : sql`AND campaign_id = ${campaignId}`}
    GROUP BY campaign_id, due_at`.execute(deps.db);
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

/**
 * This phone's pending invitations that may be answered by text, whose text has left us, the latest
 * texted first: what a reply from the phone may be answering (conversations/answer.ts).
 */
export async function textedInvitations(deps: Pick<Deps, 'db'>, phone: string) {
  const rows = await deps.db
    .selectFrom('outbox')
    .innerJoin(textableContacts(deps, phone).as('contact'), 'contact.id', 'outbox.contact_id')
    .innerJoin(textAnswerInvitations(deps).as('invitation'), 'invitation.id', 'outbox.invitation_id')
    .select([
      'invitation.id',
      'invitation.campaign_id',
      'invitation.token_hash',
      'invitation.language',
      'invitation.segment',
    ])
    .select((eb) => eb.fn.max('outbox.due_at').as('last'))
    .where('outbox.channel', '=', 'sms')
    .where('outbox.status', 'in', carriedStatuses)
    .groupBy('invitation.id')
    .orderBy('last', 'desc')
    .execute();
  return rows.map((r) => ({
    invitationId: r.id,
    campaignId: r.campaign_id,
    tokenHash: r.token_hash,
    language: r.language,
    segment: r.segment,
  }));
}
