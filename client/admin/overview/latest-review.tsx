// The latest quarterly review as a card on an overview: its period, and for each survey either "too
// few answers" or the figures the overview's reader may see (`figures`).
import type { ComponentChildren } from 'preact';
import type { PublicReview, PublicTemplate } from '../../../server/reviews/contract.ts';

/** The measures an overview shows: the indexes, the NPS and the shares. */
export const headline = /^(index|nps|share)\./;

export function LatestReview(props: {
  review: PublicReview;
  figures: (t: PublicTemplate) => ComponentChildren;
  children?: ComponentChildren;
}) {
  const { review } = props;
  return (
    <section class="card" aria-labelledby="latest-h">
      <h2 id="latest-h">
        Latest review: <a href={`/admin/reviews/${review.period.name}`}>{review.period.label}</a> (
        {review.status})
      </h2>
      {review.templates.length === 0 && <p>No answers yet.</p>}
      {review.templates.map((t) => (
        <>
          <h3>{t.title}</h3>
          {t.tooSmall ? (
            <p class="too-small">
              Too few answers to report yet (fewer than {review.suppression.minGroupSize}).
            </p>
          ) : (
            props.figures(t)
          )}
        </>
      ))}
      {props.children}
    </section>
  );
}
