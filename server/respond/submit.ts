/**
 * Submission: one anonymous answer per link, written in one atomic write with the invitation's
 * "completed" mark and the draft's deletion. The answer goes to the sealed pool, not to `responses`:
 * a release moves it there later together with at least k others (server/reviews/release.ts), so no
 * review and no copy of the database changes by one person's answers. Every statement is guarded by
 * "the invitation is still pending", so concurrent double submits and retries store exactly one.
 */
import type { Deps } from '../deps.ts';
import type { Segment } from '../campaigns/segments.ts';
import { markCompleted } from '../campaigns/invitations/store.ts';
import { minSecondsToAnswer } from '../campaigns/open-link.ts';
import { reachedBy } from '../distribution/outbox/reads.ts';
import { AppError } from '../errors.ts';
import { validateAnswers } from '../../surveys/index.ts';
import { pooledInsert, type PooledAnswer } from '../reviews/pool.ts';
import { deleteDraft } from './drafts.ts';
import type { OpenedLink } from './link.ts';

export type SubmitResult = { stored: true } | { stored: false; reason: 'already_completed' };

export async function submitResponse(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock' | 'random' | 'config'>,
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
  const segment = JSON.parse(link.invitation.segment) as Segment;
  // Open-link tickets are the invitations minted on the spot; the others were reached by a message or a card.
  const channel: PooledAnswer['channel'] = link.invitation.mintedAt
    ? 'open_link'
    : await reachedBy(deps, link.invitation.id);
  const pooled = { segment, channel, answers: values };
  const results = await deps.atomic([
    await pooledInsert(deps, link.tokenHash, link.campaign.id, link.template, pooled),
    markCompleted(db, link.tokenHash),
    deleteDraft(db, link.draftId),
  ]);
  const completed = results[1]?.numChangedRows === 1;
  return completed ? { stored: true } : { stored: false, reason: 'already_completed' };
}
