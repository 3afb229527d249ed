// The latest quarterly review as a card on an overview: its period, and for each survey either "too
// few answers" or the figures the overview's reader may see (`figures`).
import type { ComponentChildren } from 'preact';
import type { PublicReview, PublicTemplate } from '../../../server/reviews/contract.ts';
import { useWords } from '../i18n/use-locale.ts';

/** The measures an overview shows: the indexes, the NPS and the shares. */
export const headline = /^(index|nps|share)\./;

export function LatestReview(props: {
  review: PublicReview;
  figures: (t: PublicTemplate) => ComponentChildren;
  children?: ComponentChildren;
}) {
  const { review } = props;
  const t = useWords('overview');
  return (
    <section class="card" aria-labelledby="latest-h">
      <h2 id="latest-h">
        {t.rich('latestTitle', {
          link: (label) => <a href={`/admin/reviews/${review.period.name}`}>{label}</a>,
          label: review.period.label,
          status: review.status === 'final' ? t('final') : t('live'),
        })}
      </h2>
      {review.templates.length === 0 && <p>{t('noAnswersYet')}</p>}
      {review.templates.map((tpl) => (
        <>
          <h3>{tpl.title}</h3>
          {tpl.tooSmall ? (
            <p class="too-small">{t('tooFew', { k: review.suppression.minGroupSize })}</p>
          ) : (
            props.figures(tpl)
          )}
        </>
      ))}
      {props.children}
    </section>
  );
}
