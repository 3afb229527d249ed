/**
 * Inbound webhooks already acted on (migrations/0012_webhook_events.sql): a signed request carries no
 * time, so a captured one stays valid for good, and only its sid tells a replay from a new message.
 * The record of a sid goes in the same atomic write as the effect it has, so a message is acted on
 * once: a replay, or a copy racing the original, finds the sid (or fails on it) and changes nothing.
 */
import { CompiledQuery } from 'kysely';
import type { Deps } from '../deps.ts';
import { sha256HexSync } from '../ids.ts';

/** MessageSid (SM... for SMS, MM... for MMS): two letters and 32 hex digits. */
export const messageSidPattern = /^(SM|MM)[0-9a-fA-F]{32}$/;

/** Days a sid that changed no consent is kept: Twilio retries within hours, replays come later. */
export const pruneAfterDays = 30;

/** The hash stored for a sid. Hex SHA-256: no prefix, so nothing in the database reads as a sid. */
export const sidKey = (sid: string) => sha256HexSync(`twilio-sid:${sid}`);

export async function seenBefore(deps: Pick<Deps, 'db'>, key: string): Promise<boolean> {
  const row = await deps.db
    .selectFrom('webhook_events')
    .select('sid_hash')
    .where('sid_hash', '=', key)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The statements that record a sid, to run with the message's effect: a plain insert, so a second
 * copy fails on the primary key and takes its whole write down with it; and the pruning of the old
 * ones, which costs an indexed range delete.
 */
export function recordSeen(deps: Pick<Deps, 'db' | 'clock'>, key: string, lasting: boolean) {
  const now = deps.clock.now();
  const cutoff = new Date(now.getTime() - pruneAfterDays * 86_400_000).toISOString().slice(0, 10);
  return [
    deps.db
      .insertInto('webhook_events')
      .values({ sid_hash: key, seen_on: now.toISOString().slice(0, 10), lasting: lasting ? 1 : 0 }),
    deps.db.deleteFrom('webhook_events').where('lasting', '=', 0).where('seen_on', '<', cutoff),
  ];
}

/**
 * The record of a sid written only while `guard` (raw SQL and its parameters) holds: a step of a
 * conversation by text records its message only with the step's own change (conversations/answer.ts).
 */
export function recordSeenWhere(
  deps: Pick<Deps, 'clock'>,
  key: string,
  guard: { sql: string; params: unknown[] },
): CompiledQuery {
  const day = deps.clock.now().toISOString().slice(0, 10);
  return CompiledQuery.raw(
    `INSERT INTO webhook_events (sid_hash, seen_on, lasting) SELECT ?, ?, 0 WHERE ${guard.sql}`,
    [key, day, ...guard.params],
  );
}
