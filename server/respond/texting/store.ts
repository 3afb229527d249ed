/**
 * sms_conversations (migrations/0023): one sealed state per phone and campaign, found by its keyed
 * hash (sealing.ts). Every change is written only while the row still holds the state it was read
 * with, so two replies racing (or a webhook and its retry) step a conversation once each, in turn.
 */
import { sql } from 'kysely';
import { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { localDay, shiftDay } from '../../dates.ts';
import { seal, unseal } from '../../seal.ts';
import { campaignIdsClosedBy, campaignIdsInTimeZone } from '../../campaigns/campaigns.ts';
import { partnershipTimeZones } from '../../partnerships/partnerships.ts';
import { conversationState, type ConversationState } from '../../../surveys/sms/index.ts';
import type { SurveyDefinition } from '../../../surveys/index.ts';
import { stateKey, stateSize } from './sealing.ts';
import type { Guard } from '../../distribution/conversations/reply-queue.ts';

/** A conversation is dropped this long after its last reply, whatever its campaign (as drafts are). */
export const conversationMaxDays = 30;

export interface StoredConversation {
  key: string;
  campaignId: string;
  sealed: string;
}

/** The stored conversations among these keys. */
export async function conversationsAt(deps: Pick<Deps, 'db'>, keys: string[]): Promise<StoredConversation[]> {
  if (keys.length === 0) return [];
  const rows = await deps.db
    .selectFrom('sms_conversations')
    .select(['key', 'campaign_id', 'sealed'])
    .where('key', 'in', keys)
    .execute();
  return rows.map((r) => ({ key: r.key, campaignId: r.campaign_id, sealed: r.sealed }));
}

/**
 * What a row seals: the conversation's state and, for one started from a poster keyword, the hash of
 * the ticket minted for it (the invitation its answers complete, as an open link's visitor's do).
 */
export interface Sealed {
  state: ConversationState;
  ticket?: string;
}

const sealedValue = z.strictObject({ state: conversationState, ticket: z.string().optional() });

/** What a row seals; null when it cannot be read (another ANSWER_SECRET) or is not a conversation. */
export async function openState(deps: Pick<Deps, 'config'>, sealed: string): Promise<Sealed | null> {
  const text = await unseal(await stateKey(deps), sealed);
  if (text === null) return null;
  const parsed = sealedValue.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}

export async function sealState(
  deps: Pick<Deps, 'config' | 'random'>,
  def: SurveyDefinition,
  value: Sealed,
): Promise<string> {
  return seal(await stateKey(deps), JSON.stringify(value), stateSize(def), deps.random);
}

const today = (deps: Pick<Deps, 'clock'>) => deps.clock.now().toISOString().slice(0, 10);

/** A new conversation: a plain insert, so a second start racing it fails on the key, with its whole write. */
export function conversationInsert(deps: Pick<Deps, 'db' | 'clock'>, row: StoredConversation) {
  return deps.db
    .insertInto('sms_conversations')
    .values({ key: row.key, campaign_id: row.campaignId, sealed: row.sealed, day: today(deps) });
}

/** The next state, written only over the one it was stepped from. */
export function conversationUpdate(deps: Pick<Deps, 'db' | 'clock'>, key: string, from: string, to: string) {
  return deps.db
    .updateTable('sms_conversations')
    .set({ sealed: to, day: today(deps) })
    .where('key', '=', key)
    .where('sealed', '=', from);
}

/** The end of a conversation (its answers go to the pool in the same write), only from the state read. */
export function conversationDelete(deps: Pick<Deps, 'db'>, key: string, from: string) {
  return deps.db.deleteFrom('sms_conversations').where('key', '=', key).where('sealed', '=', from);
}

/** "The row holds this state now": the guard of the statements that follow an insert or an update. */
export const holds = (key: string, sealed: string): Guard => ({
  sql: 'EXISTS (SELECT 1 FROM sms_conversations WHERE key = ? AND sealed = ?)',
  params: [key, sealed],
});

/** "The row is gone": the guard of the statements that follow the delete of a finished conversation. */
export const gone = (key: string): Guard => ({
  sql: 'NOT EXISTS (SELECT 1 FROM sms_conversations WHERE key = ?)',
  params: [key],
});

/** STOP: every conversation of these keys goes, whatever its state, for the opt-out's own write. */
export function conversationsDelete(deps: Pick<Deps, 'db'>, keys: string[]) {
  return deps.db
    .deleteFrom('sms_conversations')
    .where(sql<boolean>`key IN (SELECT value FROM json_each(${JSON.stringify(keys)}))`);
}

/**
 * Deletes the conversations nobody will finish: those of a closed campaign (closed by staff or past
 * its close date, in its partnership's time zone) and any silent for `conversationMaxDays`.
 */
export async function sweepConversations(deps: Pick<Deps, 'db' | 'clock'>): Promise<{ deleted: number }> {
  let deleted = 0;
  for (const zone of await partnershipTimeZones(deps)) {
    const day = localDay(deps.clock.now(), zone);
    const result = await deps.db
      .deleteFrom('sms_conversations')
      .where('campaign_id', 'in', campaignIdsInTimeZone(deps, zone))
      .where((eb) =>
        eb.or([
          eb('day', '<', shiftDay(day, -conversationMaxDays)),
          eb('campaign_id', 'in', campaignIdsClosedBy(deps, day)),
        ]),
      )
      .executeTakeFirst();
    deleted += Number(result.numDeletedRows);
  }
  return { deleted };
}
