// A survey's measures in one table: the figure, its 95% interval, n, the changes, and a link that
// opens the answers behind it.
import type { PublicReview, PublicTemplate } from '../../../server/reviews/contract.ts';
import type { QuestionGroup } from '../../shared/question-groups.ts';
import { answersId } from './answers.tsx';
import { Change, Interval, isPercent, Value } from './figures.tsx';
import { goTo } from './toc.tsx';
import { useReviewWords } from './use-review-words.ts';

export function MeasureTable(props: {
  t: PublicTemplate;
  review: PublicReview;
  keys: string[];
  groups: QuestionGroup[];
}) {
  const { t: tpl, review } = props;
  const { t, f } = useReviewWords();
  const k = review.suppression.minGroupSize;
  const counts = new Map(props.groups.map((g) => [g.measure, g.questions.length]));
  const tableId = `${answersId(tpl.templateId, 'table')}`;
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-labelledby={tableId}>
      <table>
        <caption id={tableId} class="sr-only">
          {t('measuresFor', { title: tpl.title })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('measure')}</th>
            <th scope="col" class="num">
              {t('value')}
            </th>
            <th scope="col" class="num">
              {t('interval')}
            </th>
            <th scope="col" class="num">
              n
            </th>
            <th scope="col" class="num">
              {review.previousPeriod ? t('versus', { period: review.previousPeriod }) : t('versusPrevious')}
            </th>
            {review.yearBeforePeriod && (
              <th scope="col" class="num">
                {t('versus', { period: review.yearBeforePeriod })}
              </th>
            )}
            <th scope="col">{t('answers')}</th>
          </tr>
        </thead>
        <tbody>
          {props.keys.map((m) => {
            const s = tpl.overall.measures[m];
            const n = counts.get(m);
            const label = tpl.measureLabels[m] ?? m;
            return (
              <tr>
                <th scope="row">{label}</th>
                <td class="num">
                  <Value stat={s} k={k} percent={isPercent(m)} />
                </td>
                <td class="num">
                  <Interval stat={s} percent={isPercent(m)} />
                </td>
                <td class="num">{s?.n == null ? '' : f.number(s.n)}</td>
                <td class="num">
                  <Change change={s?.previous} />
                </td>
                {review.yearBeforePeriod && (
                  <td class="num">
                    <Change change={s?.yearBefore} />
                  </td>
                )}
                <td>
                  {n ? (
                    <a
                      href={`#${answersId(tpl.templateId, m)}`}
                      onClick={(e) => {
                        e.preventDefault();
                        goTo(answersId(tpl.templateId, m));
                      }}
                    >
                      {t('questions', { n })}
                      <span class="sr-only">{t('behind', { label })}</span>
                    </a>
                  ) : (
                    ''
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
