/**
 * Submission: one anonymous response per link, stored in one atomic write with the invitation's
 * "completed" mark, the segment counters and the draft's deletion. Every statement is guarded by
 * "the invitation is still pending", so concurrent double submits and retries store exactly one row.
 */
import { sql } from 'kysely';
import type { Deps } from '../deps.ts';
import { chooseTag, prefixKeys, type Segment } from '../campaigns/segments.ts';
import { minSecondsToAnswer } from '../campaigns/open-link.ts';
import { localDay } from '../dates.ts';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import { validateAnswers } from '../../surveys/index.ts';
import type { OpenedLink } from './link.ts';

export type SubmitResult = { stored: true } | { stored: false; reason: 'already_completed' };

export async function submitResponse(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock' | 'random'>,
  link: OpenedLink,
  given: Record<string, unknown>,
): Promise<SubmitResult> {
  const now = deps.clock.now();
  const { ok, values, errors } = validateAnswers(link.template, given);
  if (!ok) throw new AppError('VALIDATION_FAILED', 'Some answers are missing or invalid.', errors);
  if (link.invitation.mintedAt && now.getTime() - Date.parse(link.invitation.mintedAt) < minSecondsToAnswer * 1000) {
    throw new AppError('RATE_LIMITED', 'That was very fast. Please take a moment to read the questions.');
  }

  const { db } = deps;
  const campaignId = link.campaign.id;
  const segment = JSON.parse(link.invitation.segment) as Segment;
  const keys = prefixKeys(segment);
  const counts = await db
    .selectFrom('segment_completions')
    .select(['segment_key', 'completed'])
    .where('campaign_id', '=', campaignId)
    .where('segment_key', 'in', keys)
    .execute();
  const tag = chooseTag(segment, new Map(counts.map((r) => [r.segment_key, r.completed])), link.minGroupSize);

  const pending = db
    .selectFrom('invitations')
    .select('id')
    .where('token_hash', '=', link.tokenHash)
    .where('completed', '=', 0);
  const response = {
    id: newId(deps.random),
    campaign_id: campaignId,
    template_id: link.template.id,
    template_version: link.template.version,
    submitted_on: localDay(now, link.timeZone),
    segment: JSON.stringify(tag),
    answers: JSON.stringify(values),
  };
  const results = await deps.atomic([
    db
      .insertInto('responses')
      .columns(Object.keys(response) as (keyof typeof response)[])
      .expression(
        db
          .selectNoFrom((eb) => Object.entries(response).map(([k, v]) => eb.val(v).as(k)))
          .where(({ exists }) => exists(pending)),
      ),
    ...keys.map((key) =>
      db
        .insertInto('segment_completions')
        .columns(['campaign_id', 'segment_key', 'completed'])
        .expression(
          db
            .selectNoFrom((eb) => [eb.val(campaignId).as('campaign_id'), eb.val(key).as('segment_key'), eb.val(1).as('completed')])
            .where(({ exists }) => exists(pending)),
        )
        .onConflict((oc) => oc.columns(['campaign_id', 'segment_key']).doUpdateSet({ completed: sql`completed + 1` })),
    ),
    db.updateTable('invitations').set({ completed: 1 }).where('token_hash', '=', link.tokenHash).where('completed', '=', 0),
    db.deleteFrom('drafts').where('token_hash', '=', link.tokenHash),
  ]);
  const completed = results[results.length - 2]?.numChangedRows === 1;
  return completed ? { stored: true } : { stored: false, reason: 'already_completed' };
}
