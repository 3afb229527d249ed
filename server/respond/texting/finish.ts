/**
 * What a finished conversation by text writes: its answers into the review's waiting pool, marked as
 * given by text (releases carry those only k at a time: reviews/release.ts), and the invitation's
 * "completed" mark, as a web submission writes them (respond/submit.ts). The conversation adds its
 * own guards (answer.ts); the demo's synthetic workers who answered by text use it as it stands.
 */
import type { CompiledQuery } from 'kysely';
import type { Deps } from '../../deps.ts';
import { markCompleted } from '../../campaigns/invitations/store.ts';
import type { Segment } from '../../campaigns/segments.ts';
import { reachedBy } from '../../distribution/outbox/reads.ts';
import { AppError } from '../../errors.ts';
import { pooledInsert } from '../../reviews/pool.ts';
import { validateAnswers, type Answers, type SurveyDefinition } from '../../../surveys/index.ts';
import { smsSurvey } from '../../../surveys/sms/index.ts';
import type { OpenedLink } from '../link.ts';

export interface Finished {
  invitationId: string;
  campaignId: string;
  tokenHash: string;
  segment: string;
  /** A poster's ticket, not an invitation a message carried. */
  ticket: boolean;
}

/** The pool's insert and the completed mark, guarded only by "the invitation is still pending". */
export async function finishStatements(
  deps: Pick<Deps, 'db' | 'config' | 'random'>,
  done: Finished,
  def: SurveyDefinition,
  answers: Answers,
): Promise<[CompiledQuery, CompiledQuery]> {
  const pooled = await pooledInsert(deps, done.tokenHash, done.campaignId, def, {
    segment: JSON.parse(done.segment) as Segment,
    channel: done.ticket ? 'open_link' : await reachedBy(deps, done.invitationId),
    answers,
    byText: true,
  });
  return [pooled, markCompleted(deps.db, done.tokenHash)];
}

/**
 * A whole response by text at once, for the demo's synthetic workers: the answers to the questions
 * asked by text, checked as a conversation checks them, written as its last step writes them.
 */
export async function submitTexted(
  deps: Pick<Deps, 'db' | 'atomic' | 'config' | 'random'>,
  link: OpenedLink,
  given: Answers,
): Promise<boolean> {
  const { ok, values, errors } = validateAnswers(smsSurvey(link.template), given);
  if (!ok) throw new AppError('VALIDATION_FAILED', 'Some answers are missing or invalid.', errors);
  const finished = { ...link.invitation, invitationId: link.invitation.id, ticket: false };
  const results = await deps.atomic(await finishStatements(deps, finished, link.template, values));
  return results[1]?.numChangedRows === 1;
}
