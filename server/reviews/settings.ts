/** Review settings of a partnership: the comment minimum (default 10, never below 3 nor the group minimum). */
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import type { Partnership } from '../partnerships/contract.ts';
import type { ReviewSettingsBody } from './contract.ts';

export const defaultCommentMinSize = 10;

/**
 * Comments are shown for groups of at least this many respondents: the setting, but never fewer than
 * the partnership's minimum group size, since a comment says more about a person than a count does.
 */
export async function commentMinSize(
  deps: Pick<Deps, 'db'>,
  partnership: Pick<Partnership, 'id' | 'minGroupSize'>,
): Promise<number> {
  const row = await deps.db
    .selectFrom('review_settings')
    .select('comment_min_size')
    .where('partnership_id', '=', partnership.id)
    .executeTakeFirst();
  return Math.max(row?.comment_min_size ?? defaultCommentMinSize, partnership.minGroupSize);
}

/** Refuses a comment minimum below the group minimum rather than store a number that would not apply. */
export async function setReviewSettings(
  deps: Pick<Deps, 'db'>,
  partnership: Pick<Partnership, 'id' | 'minGroupSize'>,
  body: ReviewSettingsBody,
) {
  if (body.commentMinSize < partnership.minGroupSize) {
    const message = `The comment minimum cannot be below the partnership's minimum group size (${partnership.minGroupSize}).`;
    throw new AppError('VALIDATION_FAILED', message, [{ path: 'commentMinSize', message }]);
  }
  const partnershipId = partnership.id;
  await deps.db
    .insertInto('review_settings')
    .values({ partnership_id: partnershipId, comment_min_size: body.commentMinSize })
    .onConflict((oc) => oc.column('partnership_id').doUpdateSet({ comment_min_size: body.commentMinSize }))
    .execute();
  return { commentMinSize: body.commentMinSize };
}
