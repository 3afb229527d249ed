/**
 * Submission: one anonymous response per link, stored in one atomic write with the invitation's
 * "completed" mark, the segment counters and the draft's deletion. Every statement is guarded by
 * "the invitation is still pending", so concurrent double submits and retries store exactly one row.
 */
import { sql, type Kysely } from 'kysely';
import { compileOnce } from '../db/compile-once.ts';
import type { Database, ResponsesTable } from '../db/schema.ts';
import type { Deps } from '../deps.ts';
import { chooseTag, prefixKeys, type Segment } from '../campaigns/segments.ts';
import { minSecondsToAnswer } from '../campaigns/open-link.ts';
import { localDay } from '../dates.ts';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import { validateAnswers } from '../../surveys/index.ts';
import { countResponse } from '../reviews/rollups.ts';
import type { OpenedLink } from './link.ts';

type Db = Kysely<Database>;

export type SubmitResult = { stored: true } | { stored: false; reason: 'already_completed' };

// A submission's queries differ only in their values, so each is compiled once (see compileOnce).
const completionCounts = compileOnce((db, campaignId: string, ...keys: string[]) =>
  db
    .selectFrom('segment_completions')
    .select(['segment_key', 'completed'])
    .where('campaign_id', '=', campaignId)
    .where('segment_key', 'in', keys),
);

/** Every write of a submission carries this guard, so only the first submission of a link stores anything. */
const stillPending = (db: Db, tokenHash: string) =>
  db.selectFrom('invitations').select('id').where('token_hash', '=', tokenHash).where('completed', '=', 0);

type ResponseRow = Omit<ResponsesTable, 'segment'> & { segment: string };
const responseColumns = [
  'id',
  'campaign_id',
  'template_id',
  'template_version',
  'submitted_on',
  'segment',
  'answers',
] as const;

const insertResponse = compileOnce((db, tokenHash: string, ...values: ResponseRow[keyof ResponseRow][]) =>
  db
    .insertInto('responses')
    .columns([...responseColumns])
    .expression(
      db
        .selectNoFrom((eb) => responseColumns.map((column, i) => eb.val(values[i]).as(column)))
        .where(({ exists }) => exists(stillPending(db, tokenHash))),
    ),
);

const countCompletion = compileOnce((db, tokenHash: string, campaignId: string, key: string) =>
  db
    .insertInto('segment_completions')
    .columns(['campaign_id', 'segment_key', 'completed'])
    .expression(
      db
        .selectNoFrom((eb) => [
          eb.val(campaignId).as('campaign_id'),
          eb.val(key).as('segment_key'),
          eb.val(1).as('completed'),
        ])
        .where(({ exists }) => exists(stillPending(db, tokenHash))),
    )
    .onConflict((oc) =>
      oc.columns(['campaign_id', 'segment_key']).doUpdateSet({ completed: sql`completed + 1` }),
    ),
);

const markCompleted = compileOnce((db, tokenHash: string) =>
  db
    .updateTable('invitations')
    .set({ completed: 1 })
    .where('token_hash', '=', tokenHash)
    .where('completed', '=', 0),
);

const deleteDraft = compileOnce((db, tokenHash: string) =>
  db.deleteFrom('drafts').where('token_hash', '=', tokenHash),
);

export async function submitResponse(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock' | 'random'>,
  link: OpenedLink,
  given: Record<string, unknown>,
): Promise<SubmitResult> {
  const now = deps.clock.now();
  const { ok, values, errors } = validateAnswers(link.template, given);
  if (!ok) throw new AppError('VALIDATION_FAILED', 'Some answers are missing or invalid.', errors);
  if (
    link.invitation.mintedAt &&
    now.getTime() - Date.parse(link.invitation.mintedAt) < minSecondsToAnswer * 1000
  ) {
    throw new AppError('RATE_LIMITED', 'That was very fast. Please take a moment to read the questions.');
  }

  const { db } = deps;
  const { tokenHash } = link;
  const campaignId = link.campaign.id;
  const segment = JSON.parse(link.invitation.segment) as Segment;
  const keys = prefixKeys(segment);
  const counts = (await db.executeQuery(completionCounts(db, campaignId, ...keys))).rows;
  const tag = chooseTag(segment, new Map(counts.map((r) => [r.segment_key, r.completed])), link.minGroupSize);

  const response: ResponseRow = {
    id: newId(deps.random),
    campaign_id: campaignId,
    template_id: link.template.id,
    template_version: link.template.version,
    submitted_on: localDay(now, link.timeZone),
    segment: JSON.stringify(tag),
    answers: JSON.stringify(values),
  };
  const results = await deps.atomic([
    insertResponse(db, tokenHash, ...responseColumns.map((column) => response[column])),
    // Reviews: this response's aggregate cells, one statement under the same pending guard.
    countResponse(tokenHash, link.campaign, link.template, tag, values),
    ...keys.map((key) => countCompletion(db, tokenHash, campaignId, key)),
    markCompleted(db, tokenHash),
    deleteDraft(db, tokenHash),
  ]);
  const completed = results[results.length - 2]?.numChangedRows === 1;
  return completed ? { stored: true } : { stored: false, reason: 'already_completed' };
}
