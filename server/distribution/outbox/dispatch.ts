/**
 * The dispatcher's statements (dispatcher.ts). A row is claimed with a lease before it is sent and
 * marked after; a mark applies only while the row is still `sending` (once its lease runs out another
 * run may claim it), except a success, which a status callback may already have moved on.
 */
import { sql } from 'kysely';
import type { Deps } from '../../deps.ts';
import type { OutboxStatus } from '../contract.ts';
import type { Channel, OutboxRow } from './queue.ts';

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
