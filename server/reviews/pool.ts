/**
 * The pool of answers waiting for release (pending_answers). A submission seals its answers with a key
 * derived from ANSWER_SECRET, which is never in the database, padded to one size per template version:
 * a copy of the database shows a new row of that one size when an invitation completes, and nothing
 * that a later response could be matched with. Only a release (release.ts) opens them.
 */
import { CompiledQuery } from 'kysely';
import type { Deps } from '../deps.ts';
import { pendingInvitationSql } from '../campaigns/invitations/store.ts';
import { newId } from '../ids.ts';
import { deriveKey, seal, unseal } from '../seal.ts';
import { allQuestions, typeOf, type Answers, type SurveyDefinition } from '../../surveys/index.ts';
import type { Segment } from '../campaigns/segments.ts';
import type { ReachChannel } from './contract.ts';

/**
 * What a sealed answer holds: the invitation's segment and how it reached the person (for the tag a
 * release chooses), and the answers.
 */
export interface PooledAnswer {
  segment: Segment;
  channel: ReachChannel;
  answers: Answers;
  /** Given in a conversation by text (respond/texting/): released only with k others like it. */
  byText?: boolean;
}

const keys = new Map<string, Promise<CryptoKey>>();
/** The pool's key, derived once per secret. */
export function poolKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) keys.set(secret, (key = deriveKey(secret, 'pending-answers')));
  return key;
}

const sizes = new WeakMap<SurveyDefinition, number>();
/**
 * One sealed size per template version: the longest answers it accepts (each question type's
 * `longest`), written out as JSON the way a submission is, so text counts at six bytes a character
 * (lone surrogates, which JSON escapes as `\uXXXX`: the most any character can take). 2 KiB more
 * covers the segment and the channel, then rounded up to a whole KiB.
 */
export function sealedSize(def: SurveyDefinition): number {
  let size = sizes.get(def);
  if (size) return size;
  const worst: Answers = {};
  for (const q of allQuestions(def)) worst[q.id] = typeOf(q).longest(q);
  const bound = 2048 + new TextEncoder().encode(JSON.stringify(worst)).length;
  size = Math.ceil(bound / 1024) * 1024;
  sizes.set(def, size);
  return size;
}

/** The pool row of one submission, written only while the invitation is still pending. */
export async function pooledInsert(
  deps: Pick<Deps, 'config' | 'random'>,
  tokenHash: string,
  campaignId: string,
  def: SurveyDefinition,
  value: PooledAnswer,
): Promise<CompiledQuery> {
  const key = await poolKey(deps.config.answerSecret);
  const sealed = await seal(key, JSON.stringify(value), sealedSize(def), deps.random);
  const pending = pendingInvitationSql(tokenHash);
  return CompiledQuery.raw(
    `INSERT INTO pending_answers (id, campaign_id, sealed) SELECT ?, ?, ?
     WHERE ${pending.sql}`,
    [newId(deps.random), campaignId, sealed, ...pending.params],
  );
}

/**
 * Fresh rows for answers a release leaves waiting: new ids and new seals of the same size, so a copy
 * of the database taken after the release cannot tell which invitations' answers were held back.
 */
export async function resealed(
  deps: Pick<Deps, 'config' | 'random'>,
  def: SurveyDefinition,
  values: PooledAnswer[],
): Promise<[id: string, sealed: string][]> {
  const key = await poolKey(deps.config.answerSecret);
  return Promise.all(
    values.map(async (v): Promise<[string, string]> => [
      newId(deps.random),
      await seal(key, JSON.stringify(v), sealedSize(def), deps.random),
    ]),
  );
}

export interface WaitingRow {
  id: string;
  /** Null when the row cannot be opened (another ANSWER_SECRET, or altered): it stays and is counted. */
  value: PooledAnswer | null;
}

/** A campaign's waiting answers, opened; at most `limit` (a release on D1 must fit one request). */
export async function readPool(
  deps: Pick<Deps, 'db' | 'config'>,
  campaignId: string,
  limit: number,
): Promise<WaitingRow[]> {
  const rows = await deps.db
    .selectFrom('pending_answers')
    .select(['id', 'sealed'])
    .where('campaign_id', '=', campaignId)
    .orderBy('id')
    .limit(limit)
    .execute();
  const key = await poolKey(deps.config.answerSecret);
  return Promise.all(
    rows.map(async (r) => {
      const text = await unseal(key, r.sealed);
      return { id: r.id, value: text === null ? null : (JSON.parse(text) as PooledAnswer) };
    }),
  );
}

/** How many answers wait per campaign. */
export async function waitingCounts(
  deps: Pick<Deps, 'db'>,
  campaignIds: string[],
): Promise<Map<string, number>> {
  if (campaignIds.length === 0) return new Map();
  const rows = await deps.db
    .selectFrom('pending_answers')
    .select(['campaign_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('campaign_id', 'in', campaignIds)
    .groupBy('campaign_id')
    .execute();
  return new Map(rows.map((r) => [r.campaign_id, Number(r.n)]));
}

/** How many answers wait in one campaign. */
export async function waitingCount(deps: Pick<Deps, 'db'>, campaignId: string): Promise<number> {
  const row = await deps.db
    .selectFrom('pending_answers')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('campaign_id', '=', campaignId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** How many answers wait in every campaign that has some. */
export async function waitingPerCampaign(
  deps: Pick<Deps, 'db'>,
): Promise<{ campaignId: string; n: number }[]> {
  const rows = await deps.db
    .selectFrom('pending_answers')
    .select(['campaign_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('campaign_id')
    .execute();
  return rows.map((r) => ({ campaignId: r.campaign_id, n: Number(r.n) }));
}

/** A release's guard on the pool: every row it opened (`ids`, a JSON list of `n`) is still waiting. */
export function stillWaiting(ids: string, n: number): { sql: string; params: unknown[] } {
  return {
    sql: '(SELECT count(*) FROM pending_answers WHERE id IN (SELECT value FROM json_each(?))) = ?',
    params: [ids, n],
  };
}

/** Writes the answers a release held back (`resealed` rows) again, if `guard` holds. */
export function heldInsert(
  campaignId: string,
  held: [id: string, sealed: string][],
  guard: { sql: string; params: unknown[] },
): CompiledQuery {
  return CompiledQuery.raw(
    `INSERT INTO pending_answers (id, campaign_id, sealed)
       SELECT h.value ->> 0, ?, h.value ->> 1 FROM json_each(?) AS h WHERE ${guard.sql}`,
    [campaignId, JSON.stringify(held), ...guard.params],
  );
}

/** Deletes the rows a release opened (`ids`, a JSON list), if `guard` holds. */
export function openedDelete(ids: string, guard: { sql: string; params: unknown[] }): CompiledQuery {
  return CompiledQuery.raw(
    `DELETE FROM pending_answers WHERE id IN (SELECT value FROM json_each(?)) AND ${guard.sql}`,
    [ids, ...guard.params],
  );
}
