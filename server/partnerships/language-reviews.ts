/**
 * The language_reviews table: a native speaker's review of a language's texts, as a partnership
 * records it. The words files and template translations say whether the project had them reviewed
 * (their `origin.reviewed`); a partnership that has its own speaker read them records it here.
 */
import type { Lang } from '../../surveys/languages.ts';
import type { Deps } from '../deps.ts';
import type { LanguageReview } from './language-contract.ts';

/** Every review a partnership recorded, newest first. */
export async function languageReviewsOf(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
): Promise<LanguageReview[]> {
  const rows = await deps.db
    .selectFrom('language_reviews')
    .select(['subject', 'lang', 'reviewer_name', 'reviewed_on'])
    .where('partnership_id', '=', partnershipId)
    .orderBy('reviewed_on', 'desc')
    .orderBy('reviewer_name')
    .execute();
  return rows.map((r) => ({
    subject: r.subject,
    lang: r.lang as Lang,
    reviewerName: r.reviewer_name,
    reviewedOn: r.reviewed_on,
  }));
}

/** Records a review; the same reviewer marking the same texts again moves its day. */
export async function recordLanguageReview(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
  review: LanguageReview,
  recordedBy: string,
): Promise<void> {
  await deps.db
    .insertInto('language_reviews')
    .values({
      partnership_id: partnershipId,
      subject: review.subject,
      lang: review.lang,
      reviewer_name: review.reviewerName,
      reviewed_by: recordedBy,
      reviewed_on: review.reviewedOn,
    })
    .onConflict((oc) =>
      oc
        .columns(['partnership_id', 'lang', 'subject', 'reviewer_name'])
        .doUpdateSet({ reviewed_by: recordedBy, reviewed_on: review.reviewedOn }),
    )
    .execute();
}
